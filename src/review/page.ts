/**
 * Builds the review page: one self-contained HTML file (styles, script and data inline, no network) with the
 * batch summary drawn up front and each document's data in its own inert <script type="application/json">
 * element, parsed only when the reviewer opens that document. That keeps a batch of thousands of documents
 * quick to open: the browser parses one small index and renders one document at a time.
 *
 * The page is produced in chunks, so that the command line can stream it to a file and read each input only
 * when its chunk is due, instead of holding the whole batch in memory.
 */
import { CATEGORIES, type Report, type Warning } from '../types.js'
import type { ReadingBlock } from '../html/block-texts.js'
import { categoryChart, histogramChart, ruleChart } from './charts.js'
import { CLIENT_SCRIPT } from './client-script.js'
import { escapeHtml, formatNumber, formatPercent, inlineJson } from './markup.js'
import { CATEGORY_COLOURS } from './palette.js'
import { REVIEW_STYLES } from './styles.js'
import { HIGH_CUT_SHARE, cutShare, outlierKinds, summarizeBatch, type BatchSummary, type OutlierKind, type ReviewedReport } from './summary.js'

export interface ReviewDocument extends ReviewedReport {
  /** Why the input is not shown, as a sentence; undefined when it was found and matches the report. */
  inputProblem?: string
}

/** The input of document `index`, read when its chunk is written; null when it is not available. */
export type InputReader = (index: number) => string | null

/** What the page's script knows of every document without opening it. */
interface DocumentIndexEntry {
  source: string
  kind: Report['kind']
  language: string | null
  inputChars: number
  cutChars: number
  cuts: number
  /** Cuts per category. */
  categories: Record<string, number>
  /** The rule ids that cut something, each once. */
  rules: string[]
  warnings: Warning[]
  outliers: OutlierKind[]
  inputProblem: string | null
}

/** One cut, as the page's script draws it; `text` only when the input is not shown (missing inputs). */
interface PageCut {
  start: number
  end: number
  line: number
  category: string
  rule: string
  reason: string
  text?: string
  selector?: string
}

const OUTLIER_TITLES: Record<OutlierKind, string> = {
  'high-share': `Cut share of ${formatPercent(HIGH_CUT_SHARE)} or more`,
  'noisy-uncut': 'No cut, but the page looks noisy (many short lines that are not sentences)',
  warning: 'Warnings (a page left uncut by the guard, invalid UTF-8 replaced, …)',
}

export async function* renderReviewPage(documents: ReviewDocument[], readInput: InputReader): AsyncGenerator<string> {
  const summary = summarizeBatch(documents)
  yield pageHead(documents.length)
  yield summarySection(summary, documents)
  yield browserSection(summary)
  yield `<script type="application/json" id="batch">${inlineJson({ categories: CATEGORIES, documents: documents.map(indexEntry) })}</script>\n`
  // The HTML code (parse5, linkedom) is loaded for the first HTML page, as the cleaner loads it: every run of
  // the command loads this module, and most never draw a page.
  let readingBlocks: typeof import('../html/block-texts.js').readingBlocks | undefined
  for (const [index, document] of documents.entries()) {
    const input = document.inputProblem === undefined ? readInput(index) : null
    let blocks: ReadingBlock[] | undefined
    if (input !== null && document.report.kind === 'html') {
      readingBlocks ??= (await import('../html/block-texts.js')).readingBlocks
      blocks = readingBlocks(input, document.report.cuts)
    }
    yield `<script type="application/json" id="doc-${index}">${inlineJson(documentData(document.report, input, blocks))}</script>\n`
  }
  yield `<script>${CLIENT_SCRIPT}</script>\n</body>\n</html>\n`
}

function pageHead(documents: number): string {
  // The policy makes "no network" a property of the page, not only of how it was built.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>decruft review: ${formatNumber(documents)} documents</title>
<style>${REVIEW_STYLES}${categoryColourRules()}</style>
</head>
<body>
<header class="page-head"><h1>decruft review</h1><p>${formatNumber(documents)} documents. Cuts are struck through and coloured by category; hover or focus one for its rule and reason. Keys: <kbd>j</kbd>/<kbd>n</kbd> next document, <kbd>k</kbd>/<kbd>p</kbd> previous.</p></header>
`
}

function categoryColourRules(): string {
  return Object.entries(CATEGORY_COLOURS)
    .map(([category, colour]) => `[data-category="${category}"]{--c:${colour}}`)
    .join('')
}

function summarySection(summary: BatchSummary, documents: ReviewDocument[]): string {
  const stat = (name: string, label: string, value: string, note = '') =>
    `<div><dt>${label}</dt><dd data-stat="${name}">${value}</dd>${note ? `<dd class="note">${note}</dd>` : ''}</div>`
  const share = summary.inputChars === 0 ? 0 : summary.cutChars / summary.inputChars
  const hiddenRules = summary.byRule.length - RULES_CHARTED
  return `<section id="summary" aria-label="Batch summary">
<dl class="stats">
${stat('documents', 'Documents', formatNumber(summary.documents))}
${stat('with-cuts', 'With cuts', formatNumber(summary.withCuts))}
${stat('without-cuts', 'Without cuts', formatNumber(summary.withoutCuts))}
${stat('cuts', 'Cuts', formatNumber(summary.cuts))}
${stat('input-chars', 'Characters in', formatNumber(summary.inputChars))}
${stat('kept-chars', 'Kept', formatNumber(summary.keptChars))}
${stat('cut-chars', 'Cut', formatNumber(summary.cutChars), `${formatPercent(share)} of the input`)}
</dl>
<div class="charts">
<figure><figcaption>Cuts by category <small>(click to filter)</small></figcaption>${categoryChart(summary.byCategory)}</figure>
<figure><figcaption>Cuts by rule <small>(click to filter)</small></figcaption>${ruleChart(summary.byRule.slice(0, RULES_CHARTED))}${hiddenRules > 0 ? `<p class="note">and ${formatNumber(hiddenRules)} more rules (see the rule filter)</p>` : ''}</figure>
<figure><figcaption>Documents by share cut</figcaption>${histogramChart(summary.shareHistogram)}</figure>
</div>
<div id="outliers"><h2>Outliers</h2>${(Object.keys(OUTLIER_TITLES) as OutlierKind[]).map((kind) => outlierList(kind, summary.outliers[kind], documents)).join('')}</div>
${summary.siteTemplates.length > 0 ? siteTemplateList(summary.siteTemplates) : ''}</section>
`
}

/** Per site, the template lines the batch's cuts applied and on how many of its pages each was learned. */
function siteTemplateList(sites: BatchSummary['siteTemplates']): string {
  const site = ({ site, pages, lines }: BatchSummary['siteTemplates'][number]) => {
    const items = lines.map((line) => `<li>${escapeHtml(line.text)} <span class="note">on ${formatNumber(line.pages)} of ${formatNumber(pages)} pages</span></li>`)
    return `<details data-site="${escapeHtml(site)}"><summary>${escapeHtml(site)}: <span class="count">${formatNumber(lines.length)}</span> template lines, learned from ${formatNumber(pages)} pages</summary><ul>${items.join('')}</ul></details>`
  }
  return `<div id="site-templates"><h2>Site templates</h2>${sites.map(site).join('')}</div>
`
}

const RULES_CHARTED = 15
/** Outlier lists are for reading, not for browsing: past this, the document filter "outliers" has them all. */
const OUTLIERS_LISTED = 50

function outlierList(kind: OutlierKind, indexes: number[], documents: ReviewDocument[]): string {
  const items = indexes.slice(0, OUTLIERS_LISTED).map((index) => {
    const { report } = documents[index]!
    const detail = kind === 'warning' ? report.warnings.map((warning) => warning.id).join(', ') : `${formatPercent(cutShare(report))} cut, ${formatNumber(report.cuts.length)} cuts`
    return `<li><a href="#doc=${index}" data-doc="${index}">${escapeHtml(report.source)}</a> <span class="note">${escapeHtml(detail)}</span></li>`
  })
  const more = indexes.length > OUTLIERS_LISTED ? `<li class="note">and ${formatNumber(indexes.length - OUTLIERS_LISTED)} more: choose "outliers" in the document filter</li>` : ''
  const body = indexes.length === 0 ? '<p class="note">None.</p>' : `<ul>${items.join('')}${more}</ul>`
  return `<details data-outliers="${kind}"${indexes.length > 0 ? ' open' : ''}><summary>${escapeHtml(OUTLIER_TITLES[kind])}: <span class="count">${formatNumber(indexes.length)}</span></summary>${body}</details>`
}

function browserSection(summary: BatchSummary): string {
  const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`
  const tallyOptions = (tallies: BatchSummary['byCategory']) =>
    tallies.map((tally) => option(tally.name, `${tally.name} (${formatNumber(tally.cuts)} cuts in ${formatNumber(tally.documents)} documents)`)).join('')
  return `<section id="browser" aria-label="Documents">
<form id="filters" onsubmit="return false">
<label>Category <select id="filter-category">${option('', 'all categories')}${tallyOptions(summary.byCategory)}</select></label>
<label>Rule <select id="filter-rule">${option('', 'all rules')}${tallyOptions(summary.byRule)}</select></label>
<label>Warning <select id="filter-warning">${option('', 'any or none')}${summary.byWarning.map(({ id, documents }) => option(id, `${id} (${formatNumber(documents)} documents)`)).join('')}</select></label>
<label>Show <select id="filter-documents">${option('', 'all documents')}${option('cut', 'documents with cuts')}${option('uncut', 'documents without cuts')}${option('outlier', 'outliers only')}</select></label>
<label>Source <input id="filter-source" type="search" placeholder="part of the path"></label>
<output id="shown-count" aria-live="polite"></output>
</form>
<div class="panes">
<nav id="doc-list" aria-label="Document list"><ol></ol><button type="button" id="show-more" hidden>Show more</button></nav>
<article id="doc-view" tabindex="-1"><p class="note">Choose a document in the list (or press <kbd>j</kbd>).</p></article>
</div>
</section>
<div id="cut-info" role="status" hidden></div>
`
}

function indexEntry(document: ReviewDocument): DocumentIndexEntry {
  const { report } = document
  const categories: Record<string, number> = {}
  for (const cut of report.cuts) categories[cut.category] = (categories[cut.category] ?? 0) + 1
  return {
    source: report.source,
    kind: report.kind,
    language: report.language,
    inputChars: report.stats.inputChars,
    cutChars: report.stats.cutChars,
    cuts: report.cuts.length,
    categories,
    rules: [...new Set(report.cuts.map((cut) => cut.rule))],
    warnings: report.warnings,
    outliers: outlierKinds(document),
    inputProblem: document.inputProblem ?? null,
  }
}

/** A document as the page's script draws it: the input, or an HTML page's blocks, with its cuts in place; or the cuts alone. */
interface DocumentData {
  input: string | null
  blocks?: ReadingBlock[]
  cuts: PageCut[]
}

/**
 * A text capture's cuts are drawn in place in its input, so their text is left out (it is the input's slice).
 * An HTML page's offsets point into markup, which is no way to read a page: it is drawn as its visible text,
 * block by block in reading order, each block struck through when a cut took it. A document whose input was
 * not found has its cuts listed with their own text.
 */
function documentData(report: Report, input: string | null, blocks: ReadingBlock[] | undefined): DocumentData {
  const inPlace = input !== null
  const cuts = report.cuts.map((cut): PageCut => ({
    start: cut.start,
    end: cut.end,
    line: cut.line,
    category: cut.category,
    rule: cut.rule,
    reason: cut.reason,
    ...(!inPlace && { text: cut.text }),
    ...(cut.selector !== undefined && { selector: cut.selector }),
  }))
  return blocks ? { input: null, blocks, cuts } : { input, cuts }
}
