/**
 * Pages that React renders on the server in a stream (Next.js and others) send the parts that were not ready
 * in time at the end of the body, each in a hidden <div id="S:…">, and a script moves each one into its
 * place: over the placeholder <template id="B:…"> of a boundary, whose loading fallback it replaces, or the
 * placeholder <template id="P:…"> of a segment. Scripts never run here, so this module does the moves: the
 * page then reads as a browser shows it, and Readability sees the whole article. The nodes keep their
 * source positions; cuts.ts keeps the report's cuts in the source's order. A boundary's loading fallback
 * ("Loading…"), which the script would drop, stays in the page before the content that replaces it, so
 * that the report can say it was cut.
 */

/** A boundary's placeholder (B) or a segment's (P), with the id of the segment that replaces it. */
const PLACEHOLDER_ID = /^([BP]):([0-9a-z]+)$/i

/** Moves the streamed segments into place; returns the loading fallbacks they replace. */
export function revealStreamedSegments(document: Document): Node[] {
  const fallbacks: Node[] = []
  // From the placeholders to their segments: most pages have no placeholder, and need no walk for segments.
  const placeholders = [...document.querySelectorAll('template')].filter((template) => PLACEHOLDER_ID.test(template.id))
  if (placeholders.length === 0) return fallbacks
  const segments = segmentsById(document)
  for (const placeholder of placeholders) {
    const [, kind, id] = PLACEHOLDER_ID.exec(placeholder.id)!
    const sameId = segments.get(`S:${id}`)
    const segment = sameId?.[0]
    if (!segment || !segment.hasAttribute('hidden') || !placeholder.parentNode) continue
    // A segment fills one placeholder: the next that repeats its id finds the next segment of that id.
    sameId!.shift()
    const parent = placeholder.parentNode
    const end = kind === 'B' ? closingComment(placeholder) : null
    if (end) for (let node = placeholder.nextSibling; node && node !== end; node = node.nextSibling) fallbacks.push(node)
    const before = end ?? placeholder.nextSibling
    placeholder.remove()
    while (segment.firstChild) parent.insertBefore(segment.firstChild, before)
    segment.remove()
  }
  return fallbacks
}

/**
 * The elements of each segment id, in document order, as getElementById would find them one after the
 * other, found in one walk: linkedom's getElementById walks the page on every call, which takes time square
 * in the page's size on a page of many placeholders.
 */
function segmentsById(document: Document): Map<string, Element[]> {
  const segments = new Map<string, Element[]>()
  for (const element of document.querySelectorAll('[id^="S:"]')) {
    const sameId = segments.get(element.id)
    if (sameId) sameId.push(element)
    else segments.set(element.id, [element])
  }
  return segments
}

/** The comment that closes a boundary (React marks one with <!--$?--> and <!--/$-->, nested ones included). */
function closingComment(placeholder: Element): ChildNode | null {
  let depth = 0
  for (let node = placeholder.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue
    const data = (node as Comment).data
    if (data === '/$') {
      if (depth === 0) return node
      depth--
    } else if (data === '$' || data === '$?' || data === '$!') depth++
  }
  return null
}
