/**
 * Tells an HTML page from a plain-text capture. A page is HTML when it starts like one (a doctype, an <html>,
 * <head> or <body> tag, or an element only a head holds), or when it holds markup: old pages and saved
 * fragments start with a <table> or a <p>, or with some text, and what tells them from a capture is that
 * they start with tags or that tags are much of their text. A capture that quotes a tag or two in its
 * sentences, or a tutorial's code lines, stays text.
 */
import type { InputKind } from '../types.js'

/** The start of a page: a doctype or a head's element, after a BOM or comments. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|link|style|script|title|base)[\s>]/i
/** Some servers send a <style> block before the doctype: a doctype or <html> tag starting a line near the start. */
const DOCTYPE_LINE = /^<(?:!doctype\s+html|html)[\s>]/im
/** How much of the start is read for the doctype: enough for a comment or two before it. */
const START_CHARS = 1024
/** How much is read for markup: a page's first screens. */
const MARKUP_CHARS = 4096
/** An opening or closing tag of any element, with its attributes. */
const TAG = /<\/?[a-z][\w:-]*(?=[\s/>])[^<>]{0,1000}>/gi
/** The bodies of scripts, style sheets and icons are markup too, though no tag is in them. */
const CODE_BODY = /(<(script|style|svg)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi
/** A text that starts with a tag holds markup when it has this many tags, one of them closing. */
const MIN_TAGS_FROM_START = 3
/**
 * Otherwise tags must take at least this share of its characters. A capture of a tutorial that quotes its
 * examples stays under it (the dev captures reach 0.14); a page's body, tags and all, goes well over it.
 */
const MIN_MARKUP_SHARE = 0.25

export function detectKind(text: string): InputKind {
  const start = text.slice(0, START_CHARS)
  if (HTML_START.test(start) || DOCTYPE_LINE.test(start)) return 'html'
  return holdsMarkup(text.slice(0, 2 * MARKUP_CHARS).replace(CODE_BODY, '$1$3').slice(0, MARKUP_CHARS)) ? 'html' : 'text'
}

function holdsMarkup(window: string): boolean {
  let tags = 0
  let closing = 0
  let chars = 0
  for (const [tag] of window.matchAll(TAG)) {
    tags++
    if (tag[1] === '/') closing++
    chars += tag.length
  }
  if (closing === 0) return false
  const startsWithTag = /^\s*(?:<!--[\s\S]*?-->\s*)*<[a-z]/i.test(window)
  return (startsWithTag && tags >= MIN_TAGS_FROM_START) || chars >= MIN_MARKUP_SHARE * window.length
}
