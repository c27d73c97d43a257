/** Tells an HTML page from a plain-text capture, by how the text starts: cheap, and never fooled by prose. */
import type { InputKind } from '../types.js'

/** A doctype, or an <html>/<head>/<body> tag, within the first characters (after a BOM or comments). */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i
/** How much of the start is read: enough for a comment or two before the doctype. */
const SNIFF_CHARS = 1024

export function detectKind(text: string): InputKind {
  return HTML_START.test(text.slice(0, SNIFF_CHARS)) ? 'html' : 'text'
}
