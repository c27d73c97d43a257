/**
 * An attribute's value as the page wrote it, or null, for the walks that read every element of a page. Not
 * getAttribute: linkedom answers getAttribute('class') by building the element's classList, a Set of its
 * classes kept for the element's life, and joining it back into a string, at each read.
 */
export function attributeOf(element: Element, name: string): string | null {
  return element.getAttributeNode(name)?.value ?? null
}

/** The first of the element's classes, or '': how reasons, block paths and thread items name an element. */
export function firstClassOf(element: Element): string {
  return (attributeOf(element, 'class') ?? '').trim().split(/\s+/)[0] ?? ''
}
