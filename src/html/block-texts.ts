/**
 * The blocks of an HTML page as the cleaner sees them before judging them, for the tools that read a page
 * outside a cleaning: site templates learn from their texts (templates/learner.ts), so that a page's blocks
 * are matched to its site's lines when it is cleaned; and the review page shows them in reading order, each
 * with the cut that removed it.
 */
import type { Cut } from '../types.js'
import { loadHtml } from './document.js'
import { revealStreamedSegments } from './streamed.js'
import { collectBlocks, type HtmlBlock } from './blocks.js'

function pageBlocks(html: string): HtmlBlock[] {
  const page = loadHtml(html)
  revealStreamedSegments(page.document)
  return collectBlocks(page.document.body ?? page.document.documentElement, page.locate).blocks
}

export function blockTexts(html: string): string[] {
  return pageBlocks(html).map((block) => block.text)
}

/** A block of visible text, and the index in the report's cuts of the cut that removed it (null: kept). */
export interface ReadingBlock {
  text: string
  cut: number | null
}

/**
 * The page's visible text in reading order, block by block, each block with the cut that holds it. A cut's
 * offsets point into the markup and take whole elements, so a block belongs to the cut whose span holds its
 * first character. A cut that holds no block (its text is the page's description, shown in place of an empty
 * body) comes before the first block that starts after it, with its own text.
 */
export function readingBlocks(html: string, cuts: readonly Pick<Cut, 'start' | 'end' | 'text'>[]): ReadingBlock[] {
  const blocks = pageBlocks(html).map(({ text, span }) => ({ text, start: span.start, cut: holderOf(cuts, span.start) }))
  const held = new Set(blocks.map((block) => block.cut))
  const unheld = cuts.flatMap(({ text, start }, cut) => (held.has(cut) ? [] : [{ text, start, cut }]))
  const reading: ReadingBlock[] = []
  const add = ({ text, cut }: ReadingBlock) => reading.push({ text, cut })
  let next = 0
  for (const block of blocks) {
    while (next < unheld.length && unheld[next]!.start < block.start) add(unheld[next++]!)
    add(block)
  }
  unheld.slice(next).forEach(add)
  return reading
}

/** The index of the cut whose span holds `offset`, in cuts ordered by their start without overlap; null for none. */
function holderOf(cuts: readonly Pick<Cut, 'start' | 'end'>[], offset: number): number | null {
  let low = 0
  let high = cuts.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const cut = cuts[middle]!
    if (offset < cut.start) high = middle - 1
    else if (offset >= cut.end) low = middle + 1
    else return middle
  }
  return null
}
