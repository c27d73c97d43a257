/** The text front end: a capture becomes one nlcst tree and one Block per non-blank line. */
import { unified } from 'unified'
import retextLatin from 'retext-latin'
import type { Root } from 'nlcst'
import type { Block } from '../types.js'
import lineParagraphs from './line-paragraphs.js'
import { measure } from './features.js'

const parser = unified().use(retextLatin).use(lineParagraphs).freeze()

export function parseText(input: string): { tree: Root; blocks: Block[] } {
  const tree = parser.parse(input) as Root
  const blocks: Block[] = []
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode' || !node.position) continue
    const { start, end } = node.position
    const text = input.slice(start.offset, end.offset)
    if (!text.trim()) continue
    const above = blocks[blocks.length - 1]
    const features = measure(text, node)
    features.continuesLine = above !== undefined && continues(input, above, start.offset!, text)
    blocks.push({
      index: blocks.length,
      start: start.offset!,
      end: end.offset!,
      line: start.line,
      column: start.column,
      text,
      node,
      features,
    })
  }
  return { tree, blocks }
}

/** Line breaks as the parser sees them (line-paragraphs.ts): \r\n counts once. */
const LINE_BREAKS = /\r\n|[\n\r]/g

export function lineBreaksIn(text: string): number {
  return text.match(LINE_BREAKS)?.length ?? 0
}

/** A letter of a cased script in lower case, after any opening quotes or brackets. */
const STARTS_LOWER_CASE = /^[\s"'“‘«(]*\p{Ll}/u

/**
 * Whether a line goes on with the sentence of the line above it: that line has no sentence end, this one
 * starts in lower case, and one line break parts them (a blank line ends a paragraph).
 */
function continues(input: string, above: Block, start: number, text: string): boolean {
  return !above.features.endsSentence && STARTS_LOWER_CASE.test(text) && lineBreaksIn(input.slice(above.end, start)) < 2
}
