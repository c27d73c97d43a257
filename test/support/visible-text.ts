/**
 * The visible text of an HTML page, found independently of decruft's block builder: every text node of the
 * body outside elements that never show text. Used to check that every visible character of a page is either
 * in the output or in a cut.
 */
import { loadHtml } from '../../src/html/document.js'

/**
 * Elements whose text is never shown: code, metadata, form widgets, and media whose fallback a browser that
 * plays them never shows. What an <iframe> holds is raw text that no browser shows.
 */
const HIDDEN_TEXT = new Set(['script', 'style', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'video', 'audio', 'canvas'])
/** An <object> shows its fallback content unless it is an image, a document or a frame, which browsers render themselves. */
function shows(element: Element): boolean {
  if (element.localName !== 'object') return true
  const type = element.getAttribute('type')
  if (type) return !/^(?:image\/|text\/|application\/(?:pdf|xhtml\+xml)$)/i.test(type)
  return !/\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|pdf|html?|xhtml|txt)(?:[?#]|$)/i.test(element.getAttribute('data') ?? '')
}

export function visibleCharacters(html: string): Map<string, number> {
  const page = loadHtml(html)
  const counts = new Map<string, number>()
  // A stack, not recursion: a page nested thousands of elements deep would overflow the call stack.
  const pending: Node[] = [page.document.body]
  for (let node = pending.pop(); node; node = pending.pop()) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) countInto(counts, (child as Text).data)
      else if (child.nodeType === 1 && !HIDDEN_TEXT.has((child as Element).localName) && shows(child as Element)) pending.push(child)
    }
  }
  return counts
}

/** How often each character other than white space occurs. */
export function countInto(counts: Map<string, number>, text: string): Map<string, number> {
  for (const char of text.replace(/\s+/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1)
  return counts
}
