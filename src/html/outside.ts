/**
 * The regions outside the article that Readability's pass found: the outermost element around a block that
 * holds no article text, and how its text reads (link density, words per line), the evidence that cuts it
 * (stages/outside-main-content.ts) or keeps it out of the article (continuation.ts).
 */
import type { Category } from '../types.js'
import type { HtmlBlock } from './blocks.js'
import { describe } from './describe.js'

/** A region is menu-like when at least this share of its text is link text. */
const LINK_DENSE = 0.5
/** A region whose lines average fewer words than this is a list of labels, not prose. */
const SHORT_LINE_WORDS = 6

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

/** Why a block of a region outside the article is cut: the region's shape, or Readability's scoring. */
export function regionEvidence(region: Element, members: HtmlBlock[]): { category: Category; why: string } {
  const { linkShare, words } = regionShape(members)
  const where = `outside the main content, in ${describe(region)}`
  const tag = region.localName
  const category: Category = tag === 'nav' || tag === 'header' || linkShare >= LINK_DENSE ? 'navigation' : 'boilerplate'
  if (linkShare >= LINK_DENSE) return { category, why: `it lies ${where}, whose text is ${Math.round(linkShare * 100)}% links (high link density)` }
  if (words < SHORT_LINE_WORDS) return { category, why: `it lies ${where}, whose ${members.length} lines average ${words.toFixed(1)} words (low text density)` }
  return { category, why: `it lies ${where}, which Readability's scoring left out of the article` }
}
