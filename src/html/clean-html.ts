/**
 * The pipeline for one HTML page:
 * 1. parse with node locations, and take the page's blocks and metadata;
 * 2. selector rules cut whole elements (comment threads, share bars, consent dialogs...), which then leave
 *    the page, so that Readability never mistakes a comment thread for the article;
 * 3. Readability's main-content pass: the article it finds, widened by what the page marks as part of it
 *    (the lead below its title or printing its description, lead.ts; the rest of its <article> element,
 *    continuation.ts; the answers of a Q&A page, answers.ts); blocks outside it are cut, each with the
 *    evidence of the region it sits in (link density, short lines) or, when a text rule knows the block,
 *    that rule;
 * 4. the text engine judges the article's blocks as the main text: phrase and section rules, repeats and
 *    context clean inside it (Readability keeps "Related" lists and "Read more" lines in the article);
 * 5. if Readability finds no article, or too little of the page's prose, the text engine judges the whole
 *    rule-cleaned page with its own main-text step (or whole, for a listing or a product's page), and the
 *    report says so.
 */
import { VFile } from 'vfile'
import type { Block, CleanResult } from '../types.js'
import { classify } from '../engine/classes.js'
import type { CompiledRules } from '../compile.js'
import type { Verdict } from '../engine/verdict.js'
import { detectLanguage } from '../text/language.js'
import { buildReport, recordCuts, recordWarning } from '../report/build.js'
import { loadHtml } from './document.js'
import { revealStreamedSegments } from './streamed.js'
import { collectBlocks, type HtmlBlock } from './blocks.js'
import { findSelectorHits } from './dom-rules.js'
import { findMainContent } from './main-content.js'
import { readMetadata } from './metadata.js'
import { toElementCuts } from './cuts.js'
import { renderMarkdown, renderText, type MarkdownOptions } from './render.js'
import { judgeWithEngine, toEngineBlocks, type EnginePage } from './engine-blocks.js'
import type { SiteTemplate } from '../templates/template-set.js'
import { selectorVerdict, settleHits } from './selector-verdicts.js'
import { judgeOutside } from './outside.js'
import { judgeArticle } from './article-gate.js'
import { lostArticleWarning, overwhelmingHit } from './article-guard.js'
import { findThreads } from './threads.js'
import { commentThreads, threadReason } from './comments.js'
import { findLead } from './lead.js'
import { findContinuation } from './continuation.js'
import { findPluginCaptions } from './plugin-captions.js'
import { findAnswers } from './answers.js'
import { isLinkMenuLine } from './link-menus.js'
import { LINK_MENU_LINE, STREAMED_FALLBACK } from './html-code-rules.js'

export interface HtmlOutputOptions {
  /** Keep links in the Markdown output. */
  links: boolean
}

export interface HtmlCleaning {
  /** The input's name in the report. */
  source: string
  /** Warnings from reading the input (a guessed charset). */
  warnings: string[]
  output: HtmlOutputOptions
  /** An always-cut rule whose long hits are left to the main-content pass this time (article-guard.ts). */
  waived?: string
  /** The lines that the page's site prints on most of its pages, when a batch taught them. */
  siteTemplate?: SiteTemplate
}

export function cleanHtml(
  html: string,
  rules: CompiledRules,
  cleaning: HtmlCleaning,
): CleanResult {
  const { source, output, waived } = cleaning
  const page = loadHtml(html)
  const document = page.document
  const fallbacks = revealStreamedSegments(document)
  const { blocks, steps, split } = collectBlocks(document.body ?? document.documentElement, page.locate)
  const metadata = readMetadata(document)
  const lines = toEngineBlocks(blocks)
  const verdicts: (Verdict | null)[] = new Array(blocks.length).fill(null)
  const warnings = [...cleaning.warnings]
  const engine: EnginePage = { page: blocks, lines, verdicts, rules, warnings, siteTemplate: cleaning.siteTemplate }

  if (fallbacks.length > 0 && rules.isEnabled(STREAMED_FALLBACK.id))
    for (const block of blocks)
      if (block.textNodes.every((node) => fallbacks.some((fallback) => fallback.contains(node))))
        verdicts[block.index] = { rule: STREAMED_FALLBACK.id, category: 'boilerplate', why: 'it is a loading placeholder, which the page\'s script replaces with a part streamed at its end' }
  const hits = findSelectorHits(document, rules.selectorRules)
  const settled = settleHits(hits, blocks, lines, waived)
  blocks.forEach((block, i) => {
    const hit = settled.cutBy[i]
    if (hit) verdicts[block.index] ??= selectorVerdict(hit, hits.get(hit)!, '')
  })
  for (const element of settled.cut) element.remove()
  if (rules.isEnabled(LINK_MENU_LINE.id))
    for (const block of blocks)
      if (!verdicts[block.index] && isLinkMenuLine(block))
        verdicts[block.index] = { rule: LINK_MENU_LINE.id, category: 'navigation', why: 'it is a row of links joined by separators, a menu' }

  let candidates = blocks.filter((block) => !verdicts[block.index])
  // The text of an overlay held back for the main-content pass (a hidden copy of the article, a closed
  // menu) is no prose that the page shows, so Readability's share of the page's prose is weighed without it.
  const shownOnPage = (block: HtmlBlock) => {
    const heldBy = settled.heldBy[block.index]
    return !heldBy || !hits.get(heldBy)!.overlay
  }
  const main = rules.isEnabled('stage:main-content') ? findMainContent(page, blocks) : null
  const title = main?.article.title ?? metadata.title
  const description = main?.article.excerpt ?? metadata.description
  // A page whose text is all drawn by scripts still says what it holds in its meta tags; that beats nothing.
  const standIn = blocks.length === 0 && rules.isEnabled('stage:description') ? description : null
  let mainBlocks = main ? candidates.filter((block) => main.blocks.has(block.index)) : []
  // Comment threads found by their structure go wherever they lie, inside Readability's article too.
  const threads = rules.threadRules.map((headers) => ({ headers, found: findThreads(candidates, lines, headers) }))
  for (const { headers, found } of threads)
    for (const thread of commentThreads({ threads: found, candidates, title, article: mainBlocks, lines, discussion: metadata.discussion })) {
      const why = threadReason(thread)
      for (const block of thread.blocks) verdicts[block.index] ??= { rule: headers.rule.id, category: headers.rule.category, why }
    }
  candidates = candidates.filter((block) => !verdicts[block.index])
  mainBlocks = mainBlocks.filter((block) => !verdicts[block.index])
  // A held-back hit of a rule that names a region other than the article (a long comment thread, a
  // sidebar) is that region, unless Readability's article starts in it (a forum's posts in "#comments");
  // when the article's own prose comes first, the hit is the region after the article's body, and goes.
  // Only the hits of rules that spare prose (closed panels, hidden elements) may turn out to be content.
  // On a page that declares itself a discussion, the replies are the content whatever their markup says.
  const holdsArticle = articleHolders(mainBlocks, settled.heldBy, lines)
  const namedRegion = (block: HtmlBlock) => {
    const heldBy = settled.heldBy[block.index]
    if (heldBy === undefined || holdsArticle.has(heldBy)) return false
    const rule = hits.get(heldBy)!
    return !rule.spareProse && !(metadata.discussion && rule.category === 'comments')
  }
  const gate = main
    ? judgeArticle({
        candidates,
        lines,
        article: main.blocks,
        weighed: (block) => !namedRegion(block),
        shown: shownOnPage,
        title,
        threads: threads.flatMap(({ found }) => found).filter((thread) => thread.blocks.every((block) => !verdicts[block.index])),
      })
    : null
  const usable = main && gate?.trusted
  if (usable) {
    // Readability's article, widened by what the page itself marks as part of it.
    const widen = (stage: string, find: (outside: HtmlBlock[]) => HtmlBlock[]) => {
      if (!rules.isEnabled(stage)) return
      for (const block of find(candidates.filter((block) => !main.blocks.has(block.index) && shownOnPage(block)))) main.blocks.add(block.index)
      mainBlocks = candidates.filter((block) => main.blocks.has(block.index))
    }
    widen('stage:lead', (outside) => findLead(outside, mainBlocks, lines, { title, description: metadata.description }))
    widen('stage:continuation', (outside) => findContinuation(outside, mainBlocks, title))
    widen('stage:plugin-captions', (outside) => findPluginCaptions(outside, mainBlocks, lines, title))
    widen('stage:answers', findAnswers)
    for (const block of mainBlocks)
      if (namedRegion(block)) {
        const hit = settled.heldBy[block.index]!
        verdicts[block.index] = selectorVerdict(hit, hits.get(hit)!, ', after the article\'s own text')
      }
    mainBlocks = mainBlocks.filter((block) => !verdicts[block.index])
    judgeOutside(candidates.filter((block) => !main.blocks.has(block.index)), { mainBlocks, lines, verdicts, rules, title, hits, heldBy: settled.heldBy })
    judgeWithEngine(mainBlocks, 'article', engine)
  } else if (blocks.length === 0) {
    warnings.push(
      `The page's body shows no text: it is probably filled in by scripts, which decruft does not run. ${
        standIn ? "The output is the page's own description, from its meta tags." : 'The output is empty.'
      }`,
    )
  } else {
    if (rules.isEnabled('stage:main-content'))
      warnings.push(
        gate && !gate.trusted
          ? `${gate.why}, so the page was cleaned by its rules and the text engine's own main-text step.`
          : "Readability's main-content pass found no article, so the page was cleaned by its rules and the text engine's own main-text step.",
      )
    // What Readability left out and a rule named (a comment thread, a sidebar) stays cut: the wider judgement
    // is for the prose that no rule explains.
    for (const block of candidates)
      if (namedRegion(block) && !main?.blocks.has(block.index)) {
        const hit = settled.heldBy[block.index]!
        verdicts[block.index] = selectorVerdict(hit, hits.get(hit)!, '')
      }
    const rest = candidates.filter((block) => !verdicts[block.index])
    judgeWithEngine(rest, metadata.product ? 'product page' : 'page', engine)
  }

  if (waived === undefined) {
    const overwhelming = overwhelmingHit(blocks, lines, verdicts, settled.cutBy, hits)
    if (overwhelming) return cleanHtml(html, rules, { ...cleaning, warnings: [...cleaning.warnings, overwhelming.warning], waived: overwhelming.rule.id })
  }
  const lost = main && lostArticleWarning(blocks.filter((block) => main.blocks.has(block.index)), lines, verdicts)
  if (lost) warnings.push(lost)

  const file = new VFile({ value: html, path: source })
  recordCuts(file, toElementCuts(blocks, verdicts, steps, split, page.locate))
  for (const warning of warnings) recordWarning(file, warning)
  const kept = blocks.filter((block) => !verdicts[block.index])
  const text = standIn ?? renderText(kept)
  const language = detectLanguage(text)
  const markdownOptions: MarkdownOptions = { links: output.links, baseUrl: metadata.url }
  const result: CleanResult = {
    text,
    markdown: standIn ?? renderMarkdown(kept, markdownOptions),
    language,
    report: buildReport(file, 'html', language, visibleChars(blocks, verdicts)),
  }
  const byline = main?.article.byline ?? metadata.byline
  const publishedTime = main?.article.publishedTime ?? metadata.publishedTime
  const siteName = main?.article.siteName ?? metadata.siteName
  if (title) result.title = title
  if (byline) result.byline = byline
  if (publishedTime) result.publishedTime = publishedTime
  if (siteName) result.siteName = siteName
  if (description) result.description = description
  return result
}

/** Below this many words of the article's own prose before it, a held-back hit holds the article's start. */
const ARTICLE_START_WORDS = 30

/**
 * The held-back hits that hold the start of Readability's article: those that its article enters before
 * it has this many words of prose of its own.
 */
function articleHolders(article: HtmlBlock[], heldBy: (Element | undefined)[], lines: Block[]): Set<Element> {
  const holders = new Set<Element>()
  const passed = new Set<Element>()
  let prose = 0
  for (const block of article) {
    const hit = heldBy[block.index]
    if (hit && !passed.has(hit)) {
      passed.add(hit)
      if (prose < ARTICLE_START_WORDS) holders.add(hit)
    }
    const line = lines[block.index]!
    if (!hit && classify(line) === 'content') prose += line.features.words
  }
  return holders
}

/** HTML reports count visible text, not markup: the characters of the blocks kept and cut. */
function visibleChars(blocks: HtmlBlock[], verdicts: (Verdict | null)[]): { inputChars: number; cutChars: number } {
  let inputChars = 0
  let cutChars = 0
  for (const block of blocks) {
    inputChars += block.text.length
    if (verdicts[block.index]) cutChars += block.text.length
  }
  return { inputChars, cutChars }
}
