/**
 * The bridge from a page's blocks to the text engine: each block becomes a line the engine can judge, and a
 * subset of them (the article, or the whole rule-cleaned page) is judged as one document.
 */
import type { Block } from '../types.js'
import type { CompiledRules } from '../compile.js'
import type { Verdict } from '../engine/verdict.js'
import { decide } from '../engine/decide.js'
import { decidePage } from '../engine/page-shape.js'
import type { Paragraph } from 'nlcst'
import { parseText } from '../text/parse.js'
import { measure } from '../text/features.js'
import type { HtmlBlock } from './blocks.js'

/**
 * The engine's view of the blocks: one line each, measured by the text front end (sentences, words, code),
 * placed at the block's position in the HTML source so that reasons cite source lines. Lines are matched to
 * blocks by offset, not by count: a block that the text front end reads as white space alone (U+0085, which
 * the DOM counts as text) gives no paragraph, and becomes a line with no words.
 */
export function toEngineBlocks(blocks: HtmlBlock[]): Block[] {
  const texts = blocks.map((block) => block.text.replace(/[\r\n\u2028\u2029\v\f]+/g, ' '))
  const { blocks: lines } = parseText(texts.join('\n'))
  let next = 0
  let offset = 0
  return blocks.map((block, i) => {
    const text = texts[i]!
    const end = offset + text.length
    // Blocks hold no line break, so at most one paragraph starts inside each.
    const found = lines[next] !== undefined && lines[next]!.start < end ? lines[next++] : undefined
    const line = found ?? wordless(text, offset)
    offset = end + 1
    // A page's blocks are elements: a block that starts in lower case does not go on with the one above it.
    return {
      ...line,
      index: i,
      features: { ...line.features, continuesLine: false },
      start: block.span.start,
      end: block.span.end,
      line: block.span.line,
      column: block.span.column,
    }
  })
}

/** A line for a block in which the text front end finds nothing but white space. */
function wordless(text: string, offset: number): Block {
  const node: Paragraph = { type: 'ParagraphNode', children: [] }
  return { index: 0, start: offset, end: offset + text.length, line: 1, column: 1, text, node, features: measure(text, node) }
}

/**
 * Runs the text engine on some of the page's blocks, numbered afresh, and writes its verdicts back: as the
 * article's text (Readability found it), or as a whole page, which the engine judges by its main text or as
 * a listing, or as a product's page that the page declares (engine/page-shape.ts). `page` holds all of the
 * page's blocks, cut or not: they show where its elements end.
 */
export function judgeWithEngine(
  blocks: HtmlBlock[],
  page: HtmlBlock[],
  lines: Block[],
  verdicts: (Verdict | null)[],
  rules: CompiledRules,
  as: 'article' | 'page' | 'product page',
  warnings: string[],
): void {
  const subset = blocks.map((block, i) => ({ ...lines[block.index]!, index: i }))
  const options = { matcher: rules.matcher, isEnabled: rules.isEnabled, sectionLimits: sectionLimits(blocks, page) }
  const result = as === 'article' ? decide(subset, { ...options, wholeBody: true }) : decidePage(subset, options, as === 'product page')
  blocks.forEach((block, i) => {
    verdicts[block.index] = result.verdicts[i] ?? null
  })
  warnings.push(...result.warnings)
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
