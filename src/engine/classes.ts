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
  if (words >= CONTENT_MIN_WORDS_UNPUNCTUATED || (words >= CONTENT_MIN_WORDS && endsSentence)) return 'content'
  // A line of code is part of whatever text holds it, like a title or a list item.
  if (words < SHORT_BELOW_WORDS && !block.features.codeLike) return 'short'
  return 'near-content'
}
