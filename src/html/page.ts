/**
 * The state of one HTML page while its stages (stages/) clean it: the parsed page and its blocks, loaded once,
 * and what each stage finds, for the stages after it and for the output. A block's verdict stays null while
 * the block is kept.
 */
import type { Block, Warning } from '../types.js'
import type { CompiledRules } from '../compile.js'
import type { Verdict } from '../engine/verdict.js'
import type { SiteTemplate } from '../templates/template-set.js'
import type { ThreadHeaders } from '../rules/thread-rule.js'
import { loadHtml, type HtmlDocument } from './document.js'
import { revealStreamedSegments } from './streamed.js'
import { collectBlocks, type HtmlBlock, type PageBlocks } from './blocks.js'
import { readMetadata, type PageMetadata } from './metadata.js'
import { toEngineBlocks } from './engine-blocks.js'
import type { SelectorRuleDefinition } from './selector-rule.js'
import type { SettledHits } from './selector-verdicts.js'
import type { MainContent } from './main-content.js'
import type { GateDecision } from './article-gate.js'
import type { Thread } from './threads.js'

export interface HtmlOutputOptions {
  /** Keep links in the Markdown output. */
  links: boolean
}

export interface HtmlCleaning {
  /** The input's name in the report. */
  source: string
  /** Warnings from reading the input (a guessed charset). */
  warnings: Warning[]
  output: HtmlOutputOptions
  /** An always-cut rule whose long hits are left to the main-content pass this time (article-guard.ts). */
  waived?: string
  /** The lines that the page's site prints on most of its pages, when a batch taught them. */
  siteTemplate?: SiteTemplate
}

/**
 * How the page's blocks are judged, once the article gate has ruled: through Readability's article, as a whole
 * page (no article, or one that does not stand for the page), or not at all (the body shows no text).
 */
export type Route = 'article' | 'whole page' | 'no text'

export class Page {
  readonly parsed: HtmlDocument
  readonly blocks: HtmlBlock[]
  /** The engine's line for each block, by block index. */
  readonly lines: Block[]
  /** For the cuts' selectors and extents (cuts.ts). */
  readonly layout: Pick<PageBlocks, 'steps' | 'split'>
  readonly metadata: PageMetadata
  /** The loading placeholders that streamed parts of the page replaced (streamed.ts). */
  readonly streamedFallbacks: Node[]
  /** By block index. */
  readonly verdicts: (Verdict | null)[]
  /** The report's warnings, those of reading the input first. */
  readonly warnings: Warning[]

  /** The selector rules' hits, each with its rule, and which of them cut now or are held back. */
  hits = new Map<Element, SelectorRuleDefinition>()
  settled: SettledHits = { cutBy: [], heldBy: [], cut: new Set() }
  /** Readability's article, once its pass has run and found one. */
  main: MainContent | null = null
  /** The page's elements, when they were too many for Readability's pass to run (main-content.ts). */
  tooLargeForMainContent: number | null = null
  /** The output of a page whose body shows no text: its own description. */
  standIn: string | null = null
  /** The blocks that no rule has cut when Readability's article is weighed, in page order. */
  candidates: HtmlBlock[] = []
  /** The candidates in Readability's article, as the stages widen and trim it. */
  articleBlocks: HtmlBlock[] = []
  /** The comment threads found by their structure, per thread rule. */
  threads: { headers: ThreadHeaders; found: Thread[] }[] = []
  /** The held-back hits that hold the start of Readability's article (article-gate stage). */
  articleHolders = new Set<Element>()
  /** Whether Readability's article stands for the page; null when its pass found none or was switched off. */
  gate: GateDecision | null = null

  constructor(
    html: string,
    readonly rules: CompiledRules,
    readonly cleaning: HtmlCleaning,
  ) {
    this.parsed = loadHtml(html)
    const { document } = this.parsed
    // Before the blocks are taken: the page then reads as a browser shows it once its script has run.
    this.streamedFallbacks = revealStreamedSegments(document)
    const { blocks, steps, split } = collectBlocks(document.body ?? document.documentElement, this.parsed.locate)
    this.blocks = blocks
    this.layout = { steps, split }
    this.metadata = readMetadata(document)
    this.lines = toEngineBlocks(blocks)
    this.verdicts = new Array(blocks.length).fill(null)
    this.warnings = [...cleaning.warnings]
  }

  get title(): string | null {
    return this.main?.article.title ?? this.metadata.title
  }

  get description(): string | null {
    return this.main?.article.excerpt ?? this.metadata.description
  }

  get route(): Route {
    if (this.main && this.gate?.trusted) return 'article'
    return this.blocks.length === 0 ? 'no text' : 'whole page'
  }

  lineOf(block: HtmlBlock): Block {
    return this.lines[block.index]!
  }

  isCut(block: HtmlBlock): boolean {
    return Boolean(this.verdicts[block.index])
  }

  /** Cuts a block that no earlier stage has cut: the first stage to cut a block names why. */
  cut(block: HtmlBlock, verdict: Verdict): void {
    this.verdicts[block.index] ??= verdict
  }

  /** Sets a block's verdict, whatever an earlier stage said: a later stage knows better, or keeps it (null). */
  judge(block: HtmlBlock, verdict: Verdict | null): void {
    this.verdicts[block.index] = verdict
  }

  kept(blocks: HtmlBlock[]): HtmlBlock[] {
    return blocks.filter((block) => !this.isCut(block))
  }

  /** The selector hit that cuts the block now, if one does. */
  cutBy(block: HtmlBlock): Element | undefined {
    return this.settled.cutBy[block.index]
  }

  /** The held-back selector hit around a block that no hit cuts now, if there is one. */
  heldBy(block: HtmlBlock): Element | undefined {
    return this.settled.heldBy[block.index]
  }

  /** The candidates again, and Readability's article among them, once a stage has cut some. */
  settleCandidates(): void {
    this.candidates = this.kept(this.blocks)
    this.articleBlocks = this.inArticle(this.candidates)
  }

  inArticle(blocks: HtmlBlock[]): HtmlBlock[] {
    const main = this.main
    return main ? blocks.filter((block) => main.blocks.has(block.index)) : []
  }

  /** The candidates outside Readability's article that the page shows, which a widening stage may add to it. */
  outsideArticle(): HtmlBlock[] {
    return this.candidates.filter((block) => !this.main?.blocks.has(block.index) && this.shownOnPage(block))
  }

  /** Adds blocks to Readability's article: the page marks them as part of it. */
  widenArticle(blocks: HtmlBlock[]): void {
    for (const block of blocks) this.main!.blocks.add(block.index)
    this.articleBlocks = this.inArticle(this.candidates)
  }

  /**
   * The text of an overlay held back for the main-content pass (a hidden copy of the article, a closed menu)
   * is no prose that the page shows.
   */
  shownOnPage(block: HtmlBlock): boolean {
    const heldBy = this.heldBy(block)
    return !heldBy || !this.hits.get(heldBy)!.overlay
  }

  /**
   * A held-back hit of a rule that names a region other than the article (a long comment thread, a sidebar)
   * is that region, unless Readability's article starts in it (a forum's posts in "#comments"); when the
   * article's own prose comes first, the hit is the region after the article's body. Only the hits
   * of rules that spare prose (closed panels, hidden elements) may turn out to be content. On a page that
   * declares itself a discussion, the replies are the content whatever their markup says.
   */
  inNamedRegion(block: HtmlBlock): boolean {
    const heldBy = this.heldBy(block)
    if (heldBy === undefined || this.articleHolders.has(heldBy)) return false
    const rule = this.hits.get(heldBy)!
    return !rule.spareProse && !(this.metadata.discussion && rule.category === 'comments')
  }
}
