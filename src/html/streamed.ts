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
  // From the placeholders, which are few, to their segments: a query for the segments would walk every page.
  for (const placeholder of document.querySelectorAll('template')) {
    const [, kind, id] = PLACEHOLDER_ID.exec(placeholder.id) ?? []
    const segment = id && document.getElementById(`S:${id}`)
    if (!segment || !segment.hasAttribute('hidden') || !placeholder.parentNode) continue
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
