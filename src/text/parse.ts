/**
 * The text front end: a capture becomes one Block per non-blank line, each with its nlcst paragraph.
 *
 * Lines end at "\r\n", "\n" or a lone "\r" (LINE_BREAK), and nowhere else: U+2028, U+0085 and form feeds are
 * white space inside a line. Line numbers in reports count the same breaks. Each line is parsed on its own,
 * so that nothing parse-latin does can join two lines, and a very long line is parsed in pieces: parse-latin
 * spreads a sentence's tokens into a call's arguments when it merges sentences ("Mr." + the rest of a
 * 100,000-word line), which overflows the stack.
 */
import { unified } from 'unified'
import retextLatin from 'retext-latin'
import type { Paragraph, Root } from 'nlcst'
import type { Block, BlockFeatures } from '../types.js'
import arabicTerminals from './arabic-terminals.js'
import { measure } from './features.js'

const parser = unified().use(retextLatin).use(arabicTerminals).freeze()

/** A capture's line breaks; "\r\n" counts once. Used only by matchAll and match, which leave it at the start. */
const LINE_BREAK = /\r\n|[\n\r]/g
/** parse-latin's tokens stay few enough per piece for its merges to pass them as arguments. */
const MAX_PIECE_CHARS = 10_000

export function parseText(input: string): { blocks: Block[] } {
  const blocks: Block[] = []
  const parse = lineParser()
  forEachLine(input, (lineStart, lineEnd, line) => {
    const parsed = parse(input.slice(lineStart, lineEnd))
    if (!parsed) return
    const { from, text, node, features } = parsed
    const start = lineStart + from
    const above = blocks[blocks.length - 1]
    features.continuesLine = above !== undefined && continues(input, above, start, text)
    blocks.push({ index: blocks.length, start, end: start + text.length, line, column: from + 1, text, node, features })
  })
  return { blocks }
}

export interface ParsedLine {
  /** The line's text from its first word to its last, and where that starts in the line. */
  text: string
  from: number
  node: Paragraph
  features: BlockFeatures
}

/**
 * A parser for the lines of one document that parses each distinct line once: a fifth of a document's lines
 * repeat an earlier one (a menu printed at the top and the bottom, a label on every item), and what a line
 * parses to depends on its text alone. Lines of the same text share the nlcst node, which nothing changes
 * after parsing; each gets its own features, which the caller completes.
 */
export function lineParser(): (line: string) => ParsedLine | null {
  const parsed = new Map<string, ParsedLine | null>()
  return (line) => {
    let result = parsed.get(line)
    if (result === undefined) {
      result = parseLine(line)
      parsed.set(line, result)
    }
    return result && { ...result, features: { ...result.features } }
  }
}

/**
 * One line, parsed and measured; null for a line of white space. parse-latin reads U+FEFF as a symbol and
 * JavaScript as white space: a line of nothing else is blank too.
 */
function parseLine(line: string): ParsedLine | null {
  const node = paragraphOf(line)
  const words = node.children.filter((child) => child.type !== 'WhiteSpaceNode')
  const from = words[0]?.position?.start.offset
  const to = words[words.length - 1]?.position?.end.offset
  if (from === undefined || to === undefined) return null
  const text = line.slice(from, to)
  if (!text.trim()) return null
  return { text, from, node, features: measure(text, node) }
}

/** Calls `visit` with each line's offsets (its break excluded) and its 1-based number. */
function forEachLine(input: string, visit: (start: number, end: number, line: number) => void): void {
  let start = 0
  let line = 1
  for (const lineBreak of input.matchAll(LINE_BREAK)) {
    visit(start, lineBreak.index, line++)
    start = lineBreak.index + lineBreak[0].length
  }
  visit(start, input.length, line)
}

/**
 * One line as one paragraph, its positions relative to the line. A long line is parsed in pieces cut at white
 * space, whose sentences are joined: a sentence that runs across a cut counts as two, which no judgement of
 * a 10,000-character line depends on.
 */
function paragraphOf(line: string): Paragraph {
  const paragraph: Paragraph = { type: 'ParagraphNode', children: [] }
  for (let start = 0; start < line.length; ) {
    const end = pieceEnd(line, start)
    const root = parser.parse(line.slice(start, end)) as Root
    for (const child of root.children) {
      if (child.type !== 'ParagraphNode') continue
      for (const sentence of child.children) paragraph.children.push(start === 0 ? sentence : shifted(sentence, start))
    }
    start = end
  }
  const first = paragraph.children[0]?.position
  const last = paragraph.children[paragraph.children.length - 1]?.position
  if (first && last) paragraph.position = { start: first.start, end: last.end }
  return paragraph
}

/** Where the piece that starts at `start` ends: at the last white space within the limit, if there is one. */
function pieceEnd(line: string, start: number): number {
  if (line.length - start <= MAX_PIECE_CHARS) return line.length
  const limit = start + MAX_PIECE_CHARS
  const space = line.lastIndexOf(' ', limit)
  return space > start ? space : limit
}

/** A top-level node of a later piece, its position moved to the line's offsets (its children keep theirs). */
function shifted<T extends Paragraph['children'][number]>(node: T, by: number): T {
  if (!node.position) return node
  const { start, end } = node.position
  return {
    ...node,
    position: {
      start: { ...start, column: start.column + by, offset: start.offset! + by },
      end: { ...end, column: end.column + by, offset: end.offset! + by },
    },
  }
}

function lineBreaksIn(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0
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
