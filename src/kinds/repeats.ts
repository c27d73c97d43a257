/**
 * Finds text that repeats text seen earlier in the document: exact repeats of short lines (a title printed
 * twice) and near repeats of long ones (a teaser that reprints the article), by word shingles, so that small
 * differences (a changed quote mark, a dropped sentence) still match.
 */
import type { Block } from '../types.js'

/** Words per shingle: long enough that common phrases ("one of the") rarely collide across paragraphs. */
const SHINGLE_WORDS = 5
/** Share of a block's shingles that must have been seen before for the block to count as a repeat. */
export const NEAR_REPEAT_SHARE = 0.8
/** Below this many words a block only repeats by being equal, since it has too few shingles to compare. */
const EXACT_ONLY_BELOW_WORDS = 8

export class RepeatIndex {
  private readonly lines = new Map<string, number>()
  private readonly shingles = new Map<string, number>()

  /** The earlier block this one repeats, if it does. */
  find(block: Block): number | undefined {
    const { normalised, words } = block.features
    const exact = this.lines.get(normalised)
    if (exact !== undefined || words < EXACT_ONLY_BELOW_WORDS) return exact
    const own = shinglesOf(normalised)
    const sources = new Map<number, number>()
    let seen = 0
    for (const shingle of own) {
      const source = this.shingles.get(shingle)
      if (source === undefined) continue
      seen++
      sources.set(source, (sources.get(source) ?? 0) + 1)
    }
    if (seen < own.length * NEAR_REPEAT_SHARE) return undefined
    return [...sources].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]
  }

  add(block: Block): void {
    const { normalised } = block.features
    if (!normalised) return
    if (!this.lines.has(normalised)) this.lines.set(normalised, block.index)
    for (const shingle of shinglesOf(normalised)) if (!this.shingles.has(shingle)) this.shingles.set(shingle, block.index)
  }
}

function shinglesOf(normalised: string): string[] {
  const words = normalised.split(' ')
  const out: string[] = []
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.push(words.slice(i, i + SHINGLE_WORDS).join(' '))
  return out
}
