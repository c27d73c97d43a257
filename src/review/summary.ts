/**
 * The numbers of a review's batch summary: totals, cuts by category and by rule, the histogram of cut shares
 * and the outliers a reviewer should open first. Pure functions of the reports, so that they can be tested.
 */
import type { Report } from '../types.js'
import { SITE_TEMPLATE } from '../kinds/code-rules.js'
import { readTemplateWhy } from '../templates/template-set.js'

/** A document whose cuts remove at least this share of its input is listed as an outlier. */
export const HIGH_CUT_SHARE = 0.8

/** One document of the batch, as the summary needs it. */
export interface ReviewedReport {
  report: Report
  /** Whether its input looks noisy (see noise-signal.ts); null when the input could not be read. */
  looksNoisy: boolean | null
}

export interface Tally {
  /** A category or a rule id. */
  name: string
  cuts: number
  chars: number
  /** Documents with at least one such cut. */
  documents: number
}

export interface HistogramBin {
  label: string
  documents: number
}

export type OutlierKind = 'high-share' | 'noisy-uncut' | 'warning'

export interface BatchSummary {
  documents: number
  withCuts: number
  withoutCuts: number
  inputChars: number
  keptChars: number
  cutChars: number
  cuts: number
  /** Most cuts first; ties by name. */
  byCategory: Tally[]
  byRule: Tally[]
  /** Each warning id with the documents that carry it; most documents first, ties by id. */
  byWarning: { id: string; documents: number }[]
  /** Eleven bins: no cut at all, then (0–10 %], (10–20 %], … (90–100 %]. */
  shareHistogram: HistogramBin[]
  /** Indexes into the batch, for each kind of outlier; the highest share first for 'high-share'. */
  outliers: Record<OutlierKind, number[]>
  /** The site templates the batch's cuts applied, by site: each line with the pages that hold it. */
  siteTemplates: SiteTemplateLines[]
}

export interface SiteTemplateLines {
  site: string
  /** The site's pages in the batch the template was learned from. */
  pages: number
  /** Most pages first; ties in the order first cut. */
  lines: { text: string; pages: number }[]
}

/** The share of a document's input that its cuts remove (of its visible text, for HTML pages). */
export function cutShare(report: Report): number {
  return report.stats.inputChars === 0 ? 0 : report.stats.cutChars / report.stats.inputChars
}

/** The outlier kinds a document belongs to, in a fixed order. */
export function outlierKinds({ report, looksNoisy }: ReviewedReport): OutlierKind[] {
  const kinds: OutlierKind[] = []
  if (cutShare(report) >= HIGH_CUT_SHARE) kinds.push('high-share')
  if (report.cuts.length === 0 && looksNoisy === true) kinds.push('noisy-uncut')
  if (report.warnings.length > 0) kinds.push('warning')
  return kinds
}

/** The histogram bin of a share: 0 for no cut, else 1–10 by tenths, a share on a boundary in the lower bin. */
export function shareBin(share: number): number {
  if (share <= 0) return 0
  return Math.min(10, Math.max(1, Math.ceil(share * 10 - 1e-9)))
}

const BIN_LABELS = ['0', ...Array.from({ length: 10 }, (_, i) => `${i * 10}–${(i + 1) * 10}%`)]

export function summarizeBatch(batch: ReviewedReport[]): BatchSummary {
  const byCategory = new Map<string, Tally>()
  const byRule = new Map<string, Tally>()
  const byWarning = new Map<string, number>()
  const bins = BIN_LABELS.map((label) => ({ label, documents: 0 }))
  const outliers: Record<OutlierKind, number[]> = { 'high-share': [], 'noisy-uncut': [], warning: [] }
  const summary = { documents: batch.length, withCuts: 0, withoutCuts: 0, inputChars: 0, keptChars: 0, cutChars: 0, cuts: 0 }
  const templates = new Map<string, { pages: number; lines: Map<string, number> }>()

  batch.forEach((entry, index) => {
    const { report } = entry
    summary.inputChars += report.stats.inputChars
    summary.keptChars += report.stats.keptChars
    summary.cutChars += report.stats.cutChars
    summary.cuts += report.cuts.length
    if (report.cuts.length > 0) summary.withCuts++
    else summary.withoutCuts++
    bins[shareBin(cutShare(report))]!.documents++
    for (const kind of outlierKinds(entry)) outliers[kind].push(index)
    for (const id of new Set(report.warnings.map((warning) => warning.id))) byWarning.set(id, (byWarning.get(id) ?? 0) + 1)
    const seenCategories = new Set<string>()
    const seenRules = new Set<string>()
    for (const cut of report.cuts) {
      // A cut's text is what it removed: the span of a capture, the visible text of an HTML element.
      count(byCategory, cut.category, cut.text.length, seenCategories)
      count(byRule, cut.rule, cut.text.length, seenRules)
      if (cut.rule === SITE_TEMPLATE.id) addTemplateLines(templates, cut.text, cut.reason)
    }
  })
  outliers['high-share'].sort((a, b) => cutShare(batch[b]!.report) - cutShare(batch[a]!.report) || a - b)
  const siteTemplates = [...templates]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([site, { pages, lines }]) => ({ site, pages, lines: [...lines].map(([text, on]) => ({ text, pages: on })).sort((a, b) => b.pages - a.pages) }))
  const warnings = [...byWarning].map(([id, documents]) => ({ id, documents })).sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { ...summary, byCategory: ranked(byCategory), byRule: ranked(byRule), byWarning: warnings, shareHistogram: bins, outliers, siteTemplates }
}

/** The lines of a template cut (one cut may span several), under the site its reason names. */
function addTemplateLines(templates: Map<string, { pages: number; lines: Map<string, number> }>, text: string, reason: string): void {
  const why = readTemplateWhy(reason)
  if (!why) return
  let site = templates.get(why.site)
  if (!site) templates.set(why.site, (site = { pages: why.sitePages, lines: new Map() }))
  for (const line of text.split('\n').map((part) => part.trim()).filter(Boolean)) if (!site.lines.has(line)) site.lines.set(line, why.pages)
}

/** Adds a cut to its tally; `seen` holds the names already counted for the current document. */
function count(tallies: Map<string, Tally>, name: string, chars: number, seen: Set<string>): void {
  let tally = tallies.get(name)
  if (!tally) tallies.set(name, (tally = { name, cuts: 0, chars: 0, documents: 0 }))
  tally.cuts++
  tally.chars += chars
  if (!seen.has(name)) {
    seen.add(name)
    tally.documents++
  }
}

function ranked(tallies: Map<string, Tally>): Tally[] {
  return [...tallies.values()].sort((a, b) => b.cuts - a.cuts || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
