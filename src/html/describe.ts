/** How reasons name an element: its tag, with its id or its first class. */
import { attributeOf } from './attribute.js'

/** "<nav>", "<div id="sidebar">". */
export function describe(element: Element): string {
  const id = element.getAttribute('id')
  const className = (attributeOf(element, 'class') ?? '').trim().split(/\s+/)[0]
  const attribute = id ? ` id="${id}"` : className ? ` class="${className}"` : ''
  return `<${element.localName}${attribute}>`
}
