/** How reasons name an element: its tag, with its id or its first class. */
import { firstClassOf } from './attribute.js'

/** "<nav>", "<div id="sidebar">". */
export function describe(element: Element): string {
  const id = element.getAttribute('id')
  const className = firstClassOf(element)
  const attribute = id ? ` id="${id}"` : className ? ` class="${className}"` : ''
  return `<${element.localName}${attribute}>`
}
