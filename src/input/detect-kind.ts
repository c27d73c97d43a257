/** Tells an HTML page from a plain-text capture, by how the text starts: cheap, and never fooled by prose. */
import type { InputKind } from '../types.js'

/**
 * A page starts with a doctype, an <html>, <head> or <body> tag, or an element that only a head holds
 * (meta, link, style, script, title, base), after a BOM or comments; or a doctype or <html> tag starts a line
 * within the first characters (some servers send a <style> block before the doctype). A capture that quotes
 * "<html>" in a sentence stays text.
 */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|link|style|script|title|base)[\s>]/i
const DOCTYPE_LINE = /^<(?:!doctype\s+html|html)[\s>]/im
/** How much of the start is read: enough for a comment or two before the doctype. */
const SNIFF_CHARS = 1024

export function detectKind(text: string): InputKind {
  const start = text.slice(0, SNIFF_CHARS)
  return HTML_START.test(start) || DOCTYPE_LINE.test(start) ? 'html' : 'text'
}
