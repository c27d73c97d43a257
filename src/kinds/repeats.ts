/**
 * Finds text that repeats text seen earlier in the document: exact repeats of short lines (a title printed
 * twice) and near repeats of long ones (a teaser that reprints the article), by word shingles, so that small
 * differences (a changed quote mark, a dropped sentence) still match.
 */
import type { Block } from '../types.js'

/** Words per shingle: long enough that common phrases ("one of the") rarely collide across paragraphs. */
const SHINGLE_WORDS = 5
/** Share of a block's shingles that must have been seen before for the block to count as a repeat. */
const NEAR_REPEAT_SHARE = 0.8
/** With fewer shingles than this (a short line, or a clause of an unspaced script) a block only repeats by being equal. */
const EXACT_ONLY_BELOW_SHINGLES = 4

/**
 * Shingles are 32-bit hashes, computed once per line (keyed by its tree node, which the engine's passes
 * share): strings would cost more in garbage than the whole comparison. A collision can only make two
 * blocks look a little more alike than they are.
 */
const shingleCache = new WeakMap<Block['node'], Uint32Array>()

export class RepeatIndex {
  private readonly lines = new Map<string, number>()
  private readonly shingles = new Map<number, number>()

  /** The earlier block this one repeats, if it does. Code repeats itself ("server {", "}") without being a repeat. */
  find(block: Block): number | undefined {
    if (block.features.codeLike) return undefined
    const exact = this.lines.get(block.features.normalised)
    if (exact !== undefined) return exact
    const own = shinglesOf(block)
    if (own.length < EXACT_ONLY_BELOW_SHINGLES) return undefined
    // Most lines are new: count first, and tally the sources only for a repeat.
    let seen = 0
    for (const shingle of own) if (this.shingles.has(shingle)) seen++
    if (seen < own.length * NEAR_REPEAT_SHARE) return undefined
    const sources = new Map<number, number>()
    for (const shingle of own) {
      const source = this.shingles.get(shingle)
      if (source !== undefined) sources.set(source, (sources.get(source) ?? 0) + 1)
    }
    return [...sources].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]
  }

  add(block: Block): void {
    const { normalised } = block.features
    // A line added before brought the same shingles: a page printed over and over adds each line once.
    if (!normalised || this.lines.has(normalised)) return
    this.lines.set(normalised, block.index)
    for (const shingle of shinglesOf(block)) if (!this.shingles.has(shingle)) this.shingles.set(shingle, block.index)
  }
}

function shinglesOf(block: Block): Uint32Array {
  let shingles = shingleCache.get(block.node)
  if (!shingles) {
    const words = block.features.normalised.split(' ').map(hashWord)
    shingles = new Uint32Array(Math.max(0, words.length - SHINGLE_WORDS + 1))
    for (let i = 0; i < shingles.length; i++) {
      let hash = 0
      for (let j = i; j < i + SHINGLE_WORDS; j++) hash = (Math.imul(hash, 0x01000193) ^ words[j]!) >>> 0
      shingles[i] = hash
    }
    shingleCache.set(block.node, shingles)
  }
  return shingles
}

/** FNV-1a. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
  return hash >>> 0
}
