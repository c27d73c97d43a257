/**
 * Finds the main text: the densest run of prose, as the maximum-sum run of block weights (prose counts for
 * its words, labels and noise against). Block-section headings are barriers, and the run is taken before the
 * first of them unless nothing worth the name comes before it (a "Comments" link in a menu, say), or a run
 * after them dwarfs it: a sidebar's widget printed above the article ("Recent Posts" and its teasers under
 * a blurb of the blog) puts its heading before the text.
 */
import type { BlockClass } from './classes.js'
import type { Block } from '../types.js'

export interface Span {
  start: number
  /** Exclusive. */
  end: number
}

/** Below this many words of prose, the run before the first section heading is not the main text. */
const MIN_BODY_WORDS = 40
/**
 * A run after a section heading is the main text, rather than the one before every heading, when it holds
 * this many times the first one's prose, and this share of the prose between its own barriers: one text,
 * not the largest piece of an article that widgets break up, whose start a section above it would take.
 * Tuned on the dev captures (three to five times gave the same outputs; half the share let one article go).
 */
const DWARFING_RATIO = 4
const DWARFING_SHARE_OF_SEGMENT = 2 / 3
/** A short label costs this many words of prose: menus of twenty items outweigh a stray sentence. */
const SHORT_LINE_COST = 4
/** A title or list item weighs a quarter of its words: it may sit inside the main text but cannot make one. */
const NEAR_CONTENT_WEIGHT = 0.25
/**
 * A line matched by a noise rule costs this much more than its words: a widget is strong evidence that the
 * main text does not run through it. Tuned on the dev captures (the sweep is in commit 192b33b's message).
 */
const NOISE_LINE_COST = 20

export interface BodyInput {
  blocks: Block[]
  classes: BlockClass[]
  /** Blocks already known to be noise: phrase hits, inline asides, repeated labels. */
  noise: boolean[]
  /** Block-section headings, in order. */
  barriers: number[]
  /** Blocks that repeat earlier text: they may sit inside the main text but never start or end it. */
  repeats: boolean[]
}

export function findMainBody({ blocks, classes, noise, barriers, repeats }: BodyInput): Span | null {
  const weight = weightOf({ blocks, classes, noise })
  const edges = [0, ...barriers.map((b) => b + 1), blocks.length]
  const prose = (span: Span) => proseWords(span, blocks, classes, noise)
  const candidates: { span: Span; score: number; opened: boolean; words: number; segmentWords: number }[] = []
  for (let s = 0; s + 1 < edges.length; s++) {
    const from = edges[s]!
    const to = s + 1 < edges.length - 1 ? edges[s + 1]! - 1 : edges[s + 1]!
    const best = bestRun(from, to, weight)
    if (best) candidates.push({ ...best, opened: s > 0, words: prose(best.span), segmentWords: prose({ start: from, end: to }) })
  }
  const first = candidates.find((c) => !c.opened)
  const dwarfed =
    first !== undefined &&
    candidates.some((c) => c.opened && c.words >= first.words * DWARFING_RATIO && c.words >= c.segmentWords * DWARFING_SHARE_OF_SEGMENT)
  const chosen =
    first && first.words >= MIN_BODY_WORDS && !dwarfed
      ? first
      : candidates.sort((a, b) => b.score - a.score || a.span.start - b.span.start)[0]
  return chosen ? withoutRepeatsAtEdges(chosen.span, repeats) : null
}

type WeightInput = Pick<BodyInput, 'blocks' | 'classes' | 'noise'>

function weightOf({ blocks, classes, noise }: WeightInput): (i: number) => number {
  return (i) => {
    const { words } = blocks[i]!.features
    if (noise[i]) return -(NOISE_LINE_COST + words)
    if (classes[i] === 'content') return words
    if (classes[i] === 'near-content') return words * NEAR_CONTENT_WEIGHT
    return -SHORT_LINE_COST
  }
}

/**
 * Whether the lines above `end` hold a main text: a run of prose, weighed as the main text is, with at least
 * the words a main text has, and at least `minWords`. Boilerplate sentences scattered between menus make none.
 */
export function hasMainTextBefore(end: number, minWords: number, input: WeightInput): boolean {
  const best = bestRun(0, end, weightOf(input))
  return best !== null && proseWords(best.span, input.blocks, input.classes, input.noise) >= Math.max(MIN_BODY_WORDS, minWords)
}

/**
 * A teaser that reprints the article right after it is not part of the article. Nor are reprints that single
 * lines of their own join one to the next (a capture that holds its page over and over, each copy joined to
 * the next by a line that mixes the two): trimmed one reprint at a time, they would take the engine a pass
 * per copy, each pass costing the whole document.
 */
function withoutRepeatsAtEdges({ start, end }: Span, repeats: boolean[]): Span | null {
  while (start < end && repeats[start]) start++
  const spanEnd = end
  while (end > start && (repeats[end - 1] || (end < spanEnd && end - 2 > start && repeats[end - 2]))) end--
  return start < end ? { start, end } : null
}

function bestRun(from: number, to: number, weight: (i: number) => number): { span: Span; score: number } | null {
  let best: { span: Span; score: number } | null = null
  let runStart = from
  let sum = 0
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0
      runStart = i
    }
    sum += weight(i)
    if (sum > 0 && (!best || sum > best.score)) best = { span: { start: runStart, end: i + 1 }, score: sum }
  }
  return best
}

/**
 * The main text is the page's one text (an article, a how-to) when the other kept lines outside it, those
 * that are not prose, hold at most this share of its words; a listing, a thread or a shop page has more item
 * titles, names and prices around its blurb. Tuned on the dev captures (see commit dcafa37): a higher share
 * cuts more chrome from articles and more items from listings.
 */
const ONE_TEXT_LABEL_RATIO = 0.5

/**
 * Whether the main text is the page's one text, so that every kept line outside it that is not prose is
 * chrome; the answer is the evidence, for the reasons of the cuts, or null.
 */
export function oneTextEvidence(span: Span, blocks: Block[], classes: BlockClass[], removed: boolean[]): string | null {
  const prose = proseWords(span, blocks, classes, removed)
  let labels = 0
  blocks.forEach((block, i) => {
    if ((i < span.start || i >= span.end) && !removed[i] && classes[i] !== 'content') labels += block.features.words
  })
  if (!prose || labels > prose * ONE_TEXT_LABEL_RATIO) return null
  return `outweighs the other lines around it (${prose} words of prose, ${labels} words of other lines)`
}

/** The words of the prose lines in a span that are not noise. */
export function proseWords(span: Span, blocks: Block[], classes: BlockClass[], noise: boolean[]): number {
  let words = 0
  for (let i = span.start; i < span.end; i++) if (classes[i] === 'content' && !noise[i]) words += blocks[i]!.features.words
  return words
}
