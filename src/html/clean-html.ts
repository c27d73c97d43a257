/**
 * The pipeline for one HTML page:
 * 1. parse with node locations, and take the page's blocks and metadata;
 * 2. selector rules cut whole elements (comment threads, share bars, consent dialogs...), which then leave
 *    the page, so that Readability never mistakes a comment thread for the article;
 * 3. Readability's main-content pass: blocks outside the article it finds are cut, each with the evidence of
 *    the region it sits in (link density, short lines) or, when a text rule knows the block, that rule;
 * 4. the text engine judges the article's blocks as the main text: phrase and section rules, repeats and
 *    context clean inside it (Readability keeps "Related" lists and "Read more" lines in the article);
 * 5. if Readability finds no article, or too little of the page's prose, the text engine judges the whole
 *    rule-cleaned page with its own main-text step, and the report says so.
 */
import { VFile } from 'vfile'
import type { Block, CleanResult, Category } from '../types.js'
import type { CompiledRules } from '../compile.js'
import type { Verdict } from '../engine/verdict.js'
import { decide } from '../engine/decide.js'
import { classify } from '../engine/classes.js'
import { parseText } from '../text/parse.js'
import { detectLanguage } from '../text/language.js'
import { buildReport, recordCuts, recordWarning } from '../report/build.js'
import { sentenceTail } from '../report/messages.js'
import { loadHtml } from './document.js'
import { collectBlocks, type HtmlBlock } from './blocks.js'
import { findSelectorHits } from './dom-rules.js'
import { findMainContent } from './main-content.js'
import { readMetadata } from './metadata.js'
import { toElementCuts } from './cuts.js'
import { renderMarkdown, renderText, type MarkdownOptions } from './render.js'
import { OUTSIDE_MAIN_CONTENT, PAGE_TITLE } from './html-code-rules.js'
import type { SelectorRuleDefinition } from './selector-rule.js'

export interface HtmlOutputOptions {
  /** Keep links in the Markdown output. */
  links: boolean
}

/**
 * Readability's article must hold at least this share of the prose words left after the selector rules,
 * or the page is judged by the text engine alone. Chosen on the dev pages (WCXB shingle F1 / with / without,
 * Readability fixtures F1): 0 (trust Readability always) 0.714 / 0.591 / 0.045, 0.979; 0.2 0.792 / 0.703 /
 * 0.064, 0.983; 0.5 0.802 / 0.741 / 0.084, 0.962; above 1 (the text engine always) 0.791 / 0.763 / 0.164, 0.877.
 */
const MIN_MAIN_PROSE_SHARE = 0.5
/**
 * And at least this share of all their words: on a shop or listing page with little prose, Readability may
 * pick a stray paragraph and leave the item grid out. Chosen on the dev pages (WCXB shingle F1, Readability
 * fixtures F1): none 0.822, 0.956; 0.2 0.825, 0.956; 0.35 0.825, 0.954.
 */
const MIN_MAIN_WORD_SHARE = 0.2
/** A selector hit holding more than this share of the page's prose words is held back (see holdingMostProse). */
const MAX_HIT_PROSE_SHARE = 0.5
/** A hit of a rule that spares prose is held back from this many words of prose lines (a short paragraph). */
const SPARED_PROSE_MIN_WORDS = 30
/** A region is menu-like when at least this share of its text is link text. */
const LINK_DENSE = 0.5
/** A region whose lines average fewer words than this is a list of labels, not prose. */
const SHORT_LINE_WORDS = 6

export function cleanHtml(
  html: string,
  rules: CompiledRules,
  source: string,
  inputWarnings: string[] = [],
  output: HtmlOutputOptions = { links: true },
): CleanResult {
  const page = loadHtml(html)
  try {
    const document = page.document
    const { blocks, steps, split } = collectBlocks(document.body ?? document.documentElement, page.locate)
    const metadata = readMetadata(document)
    const lines = toEngineBlocks(blocks)
    const verdicts: (Verdict | null)[] = new Array(blocks.length).fill(null)
    const warnings = [...inputWarnings]

    const hits = findSelectorHits(document, rules.selectorRules)
    const hitOf = blocks.map((block) => block.ancestors.find((element) => hits.has(element)))
    const heldBack = holdingMostProse(hits, hitOf, lines)
    blocks.forEach((block, i) => {
      const hit = hitOf[i]
      if (hit && !heldBack.has(hit)) verdicts[block.index] = selectorVerdict(hit, hits.get(hit)!, '')
    })
    for (const element of hits.keys()) if (!heldBack.has(element)) element.remove()

    const candidates = blocks.filter((block) => !verdicts[block.index])
    const main = rules.isEnabled('stage:main-content') ? findMainContent(document, blocks) : null
    const title = main?.article.title ?? metadata.title
    const mainBlocks = main ? candidates.filter((block) => main.blocks.has(block.index)) : []
    const usable =
      main &&
      proseWords(mainBlocks, lines) >= MIN_MAIN_PROSE_SHARE * proseWords(candidates, lines) &&
      allWords(mainBlocks, lines) >= MIN_MAIN_WORD_SHARE * allWords(candidates, lines)
    if (usable) {
      judgeOutside(candidates.filter((block) => !main.blocks.has(block.index)), { mainBlocks, lines, verdicts, rules, title, hits, hitOf })
      judgeWithEngine(mainBlocks, lines, verdicts, rules, true, warnings)
    } else {
      if (rules.isEnabled('stage:main-content'))
        warnings.push(
          main
            ? "Readability's main-content pass kept too little of the page's prose, so the page was cleaned by its rules and the text engine's own main-text step."
            : "Readability's main-content pass found no article, so the page was cleaned by its rules and the text engine's own main-text step.",
        )
      judgeWithEngine(candidates, lines, verdicts, rules, false, warnings)
    }

    const file = new VFile({ value: html, path: source })
    recordCuts(file, toElementCuts(blocks, verdicts, steps, split, page.locate))
    for (const warning of warnings) recordWarning(file, warning)
    const kept = blocks.filter((block) => !verdicts[block.index])
    const text = renderText(kept)
    const language = detectLanguage(text)
    const markdownOptions: MarkdownOptions = { links: output.links, baseUrl: metadata.url }
    const result: CleanResult = {
      text,
      markdown: renderMarkdown(kept, markdownOptions),
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
    return result
  } finally {
    page.close()
  }
}

/**
 * The engine's view of the blocks: one line each, measured by the text front end (sentences, words, code),
 * placed at the block's position in the HTML source so that reasons cite source lines.
 */
function toEngineBlocks(blocks: HtmlBlock[]): Block[] {
  const text = blocks.map((block) => block.text.replace(/[\r\n\u2028\u2029\v\f]+/g, ' ')).join('\n')
  const { blocks: lines } = parseText(text)
  return lines.map((line, i) => ({ ...line, start: blocks[i]!.span.start, end: blocks[i]!.span.end, line: blocks[i]!.span.line, column: blocks[i]!.span.column }))
}

function allWords(blocks: HtmlBlock[], lines: Block[]): number {
  let words = 0
  for (const block of blocks) words += lines[block.index]!.features.words
  return words
}

function proseWords(blocks: HtmlBlock[], lines: Block[]): number {
  let words = 0
  for (const block of blocks) {
    const line = lines[block.index]!
    if (classify(line) === 'content') words += line.features.words
  }
  return words
}

/** Runs the text engine on some of the page's blocks, numbered afresh, and writes its verdicts back. */
function judgeWithEngine(
  blocks: HtmlBlock[],
  lines: Block[],
  verdicts: (Verdict | null)[],
  rules: CompiledRules,
  wholeBody: boolean,
  warnings: string[],
): void {
  const subset = blocks.map((block, i) => ({ ...lines[block.index]!, index: i }))
  const result = decide(subset, { matcher: rules.matcher, isEnabled: rules.isEnabled, wholeBody, sectionLimits: sectionLimits(blocks) })
  blocks.forEach((block, i) => {
    verdicts[block.index] = result.verdicts[i] ?? null
  })
  warnings.push(...result.warnings)
}

/**
 * For each block, where a section that it heads must end: after the last block of the nearest element that
 * holds more than the block itself (a widget's <div>, the article).
 */
function sectionLimits(blocks: HtmlBlock[]): number[] {
  const lastOf = new Map<Element, number>()
  blocks.forEach((block, i) => {
    for (const element of block.ancestors) lastOf.set(element, i)
  })
  return blocks.map((block, i) => {
    for (let a = block.ancestors.length - 1; a >= 0; a--) {
      const last = lastOf.get(block.ancestors[a]!)!
      if (last > i) return last + 1
    }
    return blocks.length
  })
}

interface OutsideInput {
  mainBlocks: HtmlBlock[]
  /** Selector hits held back from cutting (they held most of the page's prose), with each block's own. */
  hits: Map<Element, SelectorRuleDefinition>
  hitOf: (Element | undefined)[]
  lines: Block[]
  verdicts: (Verdict | null)[]
  rules: CompiledRules
  title: string | null
}

/**
 * Blocks outside Readability's article. A text rule that knows the block names it best ("12 Comments");
 * the title heading moves to the result's title field; every other block is cut with the evidence of the
 * outermost element around it that holds no article text.
 */
function judgeOutside(outside: HtmlBlock[], { mainBlocks, lines, verdicts, rules, title, hits, hitOf }: OutsideInput): void {
  if (!rules.isEnabled(OUTSIDE_MAIN_CONTENT.id)) return
  const holdsArticle = new Set(mainBlocks.flatMap((block) => block.ancestors))
  const regions = new Map<Element, HtmlBlock[]>()
  for (const block of outside) {
    // The region: the outermost element around the block that holds no article text.
    const region = block.ancestors.find((element) => !holdsArticle.has(element)) ?? block.ancestors[block.ancestors.length - 1]!
    regions.set(region, [...(regions.get(region) ?? []), block])
  }
  for (const [region, members] of regions) {
    const evidence = regionEvidence(region, members)
    for (const block of members) {
      const element = hitOf[block.index]
      const hit = rules.matcher.match(lines[block.index]!)
      if (element) verdicts[block.index] = selectorVerdict(element, hits.get(element)!, ', outside the main content')
      else if (hit) verdicts[block.index] = { rule: hit.id, category: hit.category, why: `${sentenceTail(hit.description)}, outside the main content` }
      else if (title && block.role.type === 'heading' && sameTitle(block.text, title) && rules.isEnabled(PAGE_TITLE.id))
        verdicts[block.index] = { rule: PAGE_TITLE.id, category: 'meta', why: "it is the page's title, which the result gives in its title field" }
      else verdicts[block.index] = { rule: OUTSIDE_MAIN_CONTENT.id, ...evidence }
    }
  }
}

function regionEvidence(region: Element, members: HtmlBlock[]): { category: Category; why: string } {
  const chars = members.reduce((sum, block) => sum + block.text.replace(/\s+/g, '').length, 0)
  const linkShare = chars ? members.reduce((sum, block) => sum + block.linkChars, 0) / chars : 0
  const words = members.reduce((sum, block) => sum + block.text.split(/\s+/).length, 0) / members.length
  const where = `outside the main content, in ${describe(region)}`
  const tag = region.localName
  const category: Category = tag === 'nav' || tag === 'header' || linkShare >= LINK_DENSE ? 'navigation' : 'boilerplate'
  if (linkShare >= LINK_DENSE) return { category, why: `it lies ${where}, whose text is ${Math.round(linkShare * 100)}% links (high link density)` }
  if (words < SHORT_LINE_WORDS) return { category, why: `it lies ${where}, whose ${members.length} lines average ${words.toFixed(1)} words (low text density)` }
  return { category, why: `it lies ${where}, which Readability's scoring left out of the article` }
}

/**
 * A selector hit that holds most of the page's prose is the article under a misleading name (a forum's
 * posts in "#comments", a hero section called "newsletter-wrapper"): it is held back, and cut only where
 * Readability's pass leaves it outside the main content. So is a hit of a rule that spares prose, when it
 * holds some.
 */
function holdingMostProse(hits: Map<Element, SelectorRuleDefinition>, hitOf: (Element | undefined)[], lines: Block[]): Set<Element> {
  let total = 0
  const prose = new Map<Element, number>()
  lines.forEach((line, i) => {
    if (classify(line) !== 'content') return
    total += line.features.words
    const hit = hitOf[i]
    if (hit) prose.set(hit, (prose.get(hit) ?? 0) + line.features.words)
  })
  return new Set(
    [...hits].filter(([element, rule]) => {
      const words = prose.get(element) ?? 0
      return words > MAX_HIT_PROSE_SHARE * total || (rule.spareProse && words >= SPARED_PROSE_MIN_WORDS)
    }).map(([element]) => element),
  )
}

function selectorVerdict(element: Element, rule: SelectorRuleDefinition, where: string): Verdict {
  return { rule: rule.id, category: rule.category, why: `it is inside ${describe(element)}${where}, matched as ${sentenceTail(rule.description)}` }
}

/** "<nav>", "<div id="sidebar">": how a reason names an element. */
function describe(element: Element): string {
  const id = element.getAttribute('id')
  const className = (element.getAttribute('class') ?? '').trim().split(/\s+/)[0]
  const attribute = id ? ` id="${id}"` : className ? ` class="${className}"` : ''
  return `<${element.localName}${attribute}>`
}

function sameTitle(heading: string, title: string): boolean {
  const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const a = fold(heading)
  const b = fold(title)
  if (!a || !b) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return long.startsWith(short) && short.length >= long.length / 2
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


