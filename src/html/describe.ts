/** How reasons name an element: its tag, with its id or its first class. */
/** "<nav>", "<div id="sidebar">". */
export function describe(element: Element): string {
  const id = element.getAttribute('id')
  const className = (element.getAttribute('class') ?? '').trim().split(/\s+/)[0]
  const attribute = id ? ` id="${id}"` : className ? ` class="${className}"` : ''
  return `<${element.localName}${attribute}>`
}
