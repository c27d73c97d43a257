/**
 * The context-free class of a block, from its own features only (the first pass of the jusText idea).
 * The engine later settles unsure blocks by their neighbours and by where the main text is.
 */
import type { Block } from '../types.js'

export type BlockClass = 'content' | 'near-content' | 'short'

/** A line with this many words that ends like a sentence is prose. */
const CONTENT_MIN_WORDS = 10
/** A line this long is prose even without a sentence end (captures drop final punctuation). */
const CONTENT_MIN_WORDS_UNPUNCTUATED = 30
/** Lines with fewer words than this are labels: menu items, bylines, buttons. */
const SHORT_BELOW_WORDS = 5

export function classify(block: Block): BlockClass {
  const { words, endsSentence } = block.features
  if (isProse(words, endsSentence)) return 'content'
  // A line of code is part of whatever text holds it, like a title or a list item.
  if (words < SHORT_BELOW_WORDS && !block.features.codeLike) return 'short'
  return 'near-content'
}

function isProse(words: number, endsSentence: boolean): boolean {
  return words >= CONTENT_MIN_WORDS_UNPUNCTUATED || (words >= CONTENT_MIN_WORDS && endsSentence)
}

/**
 * The class of every block of a document: each on its own, but the lines of a paragraph that the capture
 * broke (each line going on with the one above it, see `continuesLine`) are prose when the paragraph is,
 * so that a hard-wrapped paragraph is judged as one (commit 37225b5 measured it on the dev captures).
 * The blocks are those a pass judges, by their index in the document: a line goes on with the one above it
 * only if that line is still there, as it is when the output is cleaned again.
 */
/**
 * Whether a line sits between two short lines: a heading there is a link of a menu or a share bar ("1 Vote",
 * "4 Comments", "Print"), not the heading of a widget.
 */
export function isBetweenShortLines(classes: BlockClass[], i: number): boolean {
  return classes[i - 1] === 'short' && classes[i + 1] === 'short'
}

export function classifyAll(blocks: Block[]): BlockClass[] {
  const classes = blocks.map(classify)
  for (let start = 0; start < blocks.length; ) {
    let end = start + 1
    let words = blocks[start]!.features.words
    while (end < blocks.length && goesOn(blocks[end - 1]!, blocks[end]!)) words += blocks[end++]!.features.words
    if (end - start > 1 && isProse(words, blocks[end - 1]!.features.endsSentence)) classes.fill('content', start, end)
    start = end
  }
  return classes
}

function goesOn(above: Block, line: Block): boolean {
  return line.features.continuesLine && above.index + 1 === line.index
}
