/**
 * The dev set's metrics, ported from ../shared/eval/score.mjs so that the bench can score any group of
 * pages (one language, one page type) in-process. The definitions are copied exactly, quirks included;
 * the bench compares its overall numbers with score.mjs's on every run, so a drift cannot go unnoticed.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? []
}

function bag(items: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return counts
}

/** Bag of 4-token shingles; a text of under 4 tokens gives one shorter shingle, as in score.mjs. */
function shingles(text: string): Map<string, number> {
  const words = tokens(text)
  const out: string[] = []
  for (let i = 0; i < Math.max(1, words.length - 3); i++) {
    const shingle = words.slice(i, i + 4)
    if (shingle.length) out.push(shingle.join(' '))
  }
  return bag(out)
}

/** A page's shingle true positives, false positives and false negatives, normalised to sum 1. */
type ShingleTriple = [tp: number, fp: number, fn: number]

function shingleTriple(gold: string, output: string): ShingleTriple {
  const goldBag = shingles(gold)
  const outputBag = shingles(output)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...goldBag.keys(), ...outputBag.keys()])) {
    const g = goldBag.get(key) ?? 0
    const p = outputBag.get(key) ?? 0
    tp += Math.min(g, p)
    fp += Math.max(0, p - g)
    fn += Math.max(0, g - p)
  }
  const sum = tp + fp + fn
  return sum ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0]
}

function bagOfWordsF1(gold: string, output: string): number {
  const goldBag = bag(tokens(gold.toLowerCase()))
  const outputBag = bag(tokens(output.toLowerCase()))
  const goldCount = [...goldBag.values()].reduce((a, b) => a + b, 0)
  const outputCount = [...outputBag.values()].reduce((a, b) => a + b, 0)
  if (!goldCount) return outputCount ? 0 : 1
  if (!outputCount) return 0
  let overlap = 0
  for (const [key, count] of outputBag) overlap += Math.min(count, goldBag.get(key) ?? 0)
  const precision = overlap / outputCount
  const recall = overlap / goldCount
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0
}

/** NaN for no values, as in score.mjs (it becomes null in JSON). */
function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN
}

/** Share of the snippets found in the output, case-insensitively; null when the page has none. */
function snippetHitRate(snippets: string[] | undefined, lowerOutput: string): number | null {
  if (!snippets?.length) return null
  return snippets.filter((s) => lowerOutput.includes(s.toLowerCase())).length / snippets.length
}

/** The set of 8-token windows of a text, lowercased. */
function windows(text: string): Set<string> {
  const words = tokens(text.toLowerCase())
  const out = new Set<string>()
  for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(' '))
  return out
}

/**
 * Whether the reader comments of a page leak into the output: any 8-token window of the comment text that is
 * not also in the gold article appears in the output (1), none does (0). Null for a page without comments,
 * or whose comments the gold article holds entirely.
 */
function commentLeak(comments: string | undefined, gold: string, output: string): number | null {
  if (comments === undefined) return null
  const goldWindows = windows(gold)
  const noise = [...windows(comments)].filter((window) => !goldWindows.has(window))
  if (!noise.length) return null
  const outputWindows = windows(output)
  return noise.some((window) => outputWindows.has(window)) ? 1 : 0
}

export interface PageScore {
  id: string
  triple: ShingleTriple
  bowF1: number
  with: number | null
  without: number | null
  comments: number | null
  empty: boolean
}

export interface PageSnippets {
  /** Must-keep snippets (WCXB pages). */
  with?: string[]
  /** Must-cut snippets (WCXB pages). */
  without?: string[]
  /** The reader comments kept apart from the article (Dragnet pages that have them). */
  comments?: string
}

export function scorePage(id: string, gold: string, output: string, snippets: PageSnippets): PageScore {
  const lowerOutput = output.toLowerCase()
  return {
    id,
    triple: shingleTriple(gold, output),
    bowF1: bagOfWordsF1(gold, output),
    with: snippetHitRate(snippets.with, lowerOutput),
    without: snippetHitRate(snippets.without, lowerOutput),
    comments: commentLeak(snippets.comments, gold, output),
    empty: !output.trim(),
  }
}

/** score.mjs's per-subset result, without its `worst` list. NaN where a mean has no pages. */
export interface GroupScores {
  pages: number
  shingleF1: number
  precision: number
  recall: number
  bowF1: number
  with: number | null
  without: number | null
  /** Share of the pages with reader comments whose comments leak into the output (lower is better). */
  comments: number | null
  empty: number
}

export const GROUP_METRICS = ['pages', 'shingleF1', 'precision', 'recall', 'bowF1', 'with', 'without', 'comments', 'empty'] as const

/** Shingle precision and recall are averaged over pages first, then combined into F1. */
export function aggregate(pages: PageScore[]): GroupScores {
  const pagePrecision = ([tp, fp, fn]: ShingleTriple) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp))
  const pageRecall = ([tp, fp, fn]: ShingleTriple) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn))
  const precision = mean(pages.filter((p) => p.triple[0] + p.triple[1] > 0).map((p) => pagePrecision(p.triple)))
  const recall = mean(pages.filter((p) => p.triple[0] + p.triple[2] > 0).map((p) => pageRecall(p.triple)))
  const withRates = pages.flatMap((p) => (p.with === null ? [] : [p.with]))
  const withoutRates = pages.flatMap((p) => (p.without === null ? [] : [p.without]))
  const leaks = pages.flatMap((p) => (p.comments === null ? [] : [p.comments]))
  return {
    pages: pages.length,
    shingleF1: (2 * precision * recall) / (precision + recall),
    precision,
    recall,
    bowF1: mean(pages.map((p) => p.bowF1)),
    with: withRates.length ? mean(withRates) : null,
    without: withoutRates.length ? mean(withoutRates) : null,
    comments: leaks.length ? mean(leaks) : null,
    empty: pages.filter((p) => p.empty).length,
  }
}

/** Groups page scores by a key and aggregates each group, keys sorted. */
export function aggregateBy(pages: PageScore[], keyOf: (page: PageScore) => string): Record<string, GroupScores> {
  const groups = new Map<string, PageScore[]>()
  for (const page of pages) {
    const key = keyOf(page)
    const group = groups.get(key)
    if (group) group.push(page)
    else groups.set(key, [page])
  }
  return Object.fromEntries([...groups.keys()].sort().map((key) => [key, aggregate(groups.get(key) ?? [])]))
}
