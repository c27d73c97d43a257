/**
 * An attribute's value as the page wrote it, or null, for the walks that read every element of a page. Not
 * getAttribute: linkedom answers getAttribute('class') by building the element's classList, a Set of its
 * classes kept for the element's life, and joining it back into a string, at each read.
 */
export function attributeOf(element: Element, name: string): string | null {
  return element.getAttributeNode(name)?.value ?? null
}
