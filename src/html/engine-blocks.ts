/**
 * The bridge from a page's blocks to the text engine: each block becomes a line the engine can judge, and a
 * subset of them (the article, or the whole rule-cleaned page) is judged as one document.
 */
import type { Block } from '../types.js'
import { decide } from '../engine/decide.js'
import { decidePage } from '../engine/page-shape.js'
import type { Paragraph } from 'nlcst'
import { lineParser, type ParsedLine } from '../text/parse.js'
import { measure } from '../text/features.js'
import type { HtmlBlock } from './blocks.js'
import type { Page } from './page.js'

/**
 * The engine's view of the blocks: one line each, measured by the text front end (sentences, words, code),
 * placed at the block's position in the HTML source so that reasons cite source lines. A block that the text
 * front end reads as white space alone (U+0085, which the DOM counts as text) becomes a line with no words.
 */
export function toEngineBlocks(blocks: HtmlBlock[]): Block[] {
  const parse = lineParser()
  return blocks.map((block, index) => {
    const text = block.text.replace(/[\r\n\u2028\u2029\v\f]+/g, ' ')
    const parsed = parse(text) ?? wordless(text)
    // continuesLine stays false: a page's blocks are elements, and one that starts in lower case does not go
    // on with the one above it.
    const { line, column } = block.span
    return { index, start: block.span.start, end: block.span.end, line, column, text: parsed.text, node: parsed.node, features: parsed.features }
  })
}

function wordless(text: string): ParsedLine {
  const node: Paragraph = { type: 'ParagraphNode', children: [] }
  return { text, from: 0, node, features: measure(text, node) }
}

/**
 * Runs the text engine on some of the page's blocks, numbered afresh, and writes its verdicts back: as the
 * article's text (Readability found it), or as a whole page, which the engine judges by its main text or as
 * a listing, or as a product's page that the page declares (engine/page-shape.ts).
 */
export function judgeWithEngine(page: Page, blocks: HtmlBlock[], as: 'article' | 'page' | 'product page'): void {
  const subset = blocks.map((block, i) => ({ ...page.lineOf(block), index: i }))
  const { rules } = page
  const options = { matcher: rules.matcher, isEnabled: rules.isEnabled, sectionLimits: sectionLimits(blocks, page.blocks), siteTemplate: page.cleaning.siteTemplate }
  const result = as === 'article' ? decide(subset, { ...options, wholeBody: true }) : decidePage(subset, options, as === 'product page')
  blocks.forEach((block, i) => page.judge(block, result.verdicts[i] ?? null))
  page.warnings.push(...result.warnings)
}

/**
 * For each block, where a section that it heads must end: after the last block of the nearest element that
 * holds more of the page after the block (a widget's <div>, the article). The page's blocks that rules cut
 * count too: a "Comments" heading over an empty thread, whose "Add a comment" button is cut, heads a widget
 * that ends with its own element, not the answer that comes next (wx-4309).
 */
function sectionLimits(blocks: HtmlBlock[], page: HtmlBlock[]): number[] {
  const lastOnPage = new Map<Element, number>()
  for (const block of page) for (const element of block.ancestors) lastOnPage.set(element, block.index)
  const lastOf = new Map<Element, number>()
  blocks.forEach((block, i) => {
    for (const element of block.ancestors) lastOf.set(element, i)
  })
  return blocks.map((block) => {
    for (let a = block.ancestors.length - 1; a >= 0; a--) {
      const element = block.ancestors[a]!
      if (lastOnPage.get(element)! > block.index) return lastOf.get(element)! + 1
    }
    return blocks.length
  })
}
