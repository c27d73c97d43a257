/**
 * The blocks outside the article that Readability's pass found: each is cut with the best evidence there is
 * for it (a held-back selector hit, a text rule, the page's title, or the region it sits in).
 */
import type { Block, Category } from '../types.js'
import type { CompiledRules } from '../compile.js'
import type { Verdict } from '../engine/verdict.js'
import { sentenceTail } from '../report/messages.js'
import type { HtmlBlock } from './blocks.js'
import type { SelectorRuleDefinition } from './selector-rule.js'
import { selectorVerdict } from './selector-verdicts.js'
import { describe } from './describe.js'
import { OUTSIDE_MAIN_CONTENT, PAGE_TITLE } from './html-code-rules.js'
import { sameTitle } from './lead.js'

/** A region is menu-like when at least this share of its text is link text. */
const LINK_DENSE = 0.5
/** A region whose lines average fewer words than this is a list of labels, not prose. */
const SHORT_LINE_WORDS = 6

export interface OutsideInput {
  mainBlocks: HtmlBlock[]
  /** The selector hits, and per block the held-back hit around it (it held most of the page's prose). */
  hits: Map<Element, SelectorRuleDefinition>
  heldBy: (Element | undefined)[]
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
export function judgeOutside(outside: HtmlBlock[], { mainBlocks, lines, verdicts, rules, title, hits, heldBy }: OutsideInput): void {
  if (!rules.isEnabled(OUTSIDE_MAIN_CONTENT.id)) return
  // Matched together: the matcher matches each distinct text once (a menu printed twice costs one).
  const matches = rules.matcher.matchAll(outside.map((block) => lines[block.index]!))
  const textRule = new Map(outside.map((block, i) => [block, matches[i]]))
  for (const [region, members] of groupByRegion(outside, elementsHolding(mainBlocks))) {
    const evidence = regionEvidence(region, members)
    for (const block of members) {
      const element = heldBy[block.index]
      const hit = textRule.get(block)
      if (element) verdicts[block.index] = selectorVerdict(element, hits.get(element)!, ', outside the main content')
      else if (hit) verdicts[block.index] = { rule: hit.id, category: hit.category, why: `${sentenceTail(hit.description)}, outside the main content` }
      else if (title && block.role.type === 'heading' && sameTitle(block.text, title) && rules.isEnabled(PAGE_TITLE.id))
        verdicts[block.index] = { rule: PAGE_TITLE.id, category: 'meta', why: "it is the page's title, which the result gives in its title field" }
      else verdicts[block.index] = { rule: OUTSIDE_MAIN_CONTENT.id, ...evidence }
    }
  }
}

/** The elements that hold some of the article's text. */
export function elementsHolding(article: HtmlBlock[]): Set<Element> {
  return new Set(article.flatMap((block) => block.ancestors))
}

/**
 * The blocks outside the article by region: the outermost element around a block that holds no article text
 * (a sidebar, a footer, the section after the article's body).
 */
export function groupByRegion(outside: HtmlBlock[], holdsArticle: Set<Element>): Map<Element, HtmlBlock[]> {
  const regions = new Map<Element, HtmlBlock[]>()
  for (const block of outside) {
    const region = block.ancestors.find((element) => !holdsArticle.has(element)) ?? block.ancestors[block.ancestors.length - 1]!
    const members = regions.get(region)
    if (members) members.push(block)
    else regions.set(region, [block])
  }
  return regions
}

/** How a region reads: the share of its text inside links, and the words per block. */
export interface RegionShape {
  linkShare: number
  words: number
}

export function regionShape(members: HtmlBlock[]): RegionShape {
  const chars = members.reduce((sum, block) => sum + block.text.replace(/\s+/g, '').length, 0)
  const linkShare = chars ? members.reduce((sum, block) => sum + block.linkChars, 0) / chars : 0
  const words = members.reduce((sum, block) => sum + block.text.split(/\s+/).length, 0) / members.length
  return { linkShare, words }
}

/** A region that is neither menu-like nor a list of labels reads as text. */
export function readsAsText({ linkShare, words }: RegionShape): boolean {
  return linkShare < LINK_DENSE && words >= SHORT_LINE_WORDS
}

function regionEvidence(region: Element, members: HtmlBlock[]): { category: Category; why: string } {
  const { linkShare, words } = regionShape(members)
  const where = `outside the main content, in ${describe(region)}`
  const tag = region.localName
  const category: Category = tag === 'nav' || tag === 'header' || linkShare >= LINK_DENSE ? 'navigation' : 'boilerplate'
  if (linkShare >= LINK_DENSE) return { category, why: `it lies ${where}, whose text is ${Math.round(linkShare * 100)}% links (high link density)` }
  if (words < SHORT_LINE_WORDS) return { category, why: `it lies ${where}, whose ${members.length} lines average ${words.toFixed(1)} words (low text density)` }
  return { category, why: `it lies ${where}, which Readability's scoring left out of the article` }
}
