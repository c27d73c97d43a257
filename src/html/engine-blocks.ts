/**
 * The bridge from a page's blocks to the text engine: each block becomes a line the engine can judge, and a
 * subset of them (the article, or the whole rule-cleaned page) is judged as one document.
 */
import type { Block } from '../types.js'
import type { CompiledRules } from '../compile.js'
import type { Verdict } from '../engine/verdict.js'
import { decide } from '../engine/decide.js'
import { classify } from '../engine/classes.js'
import { parseText } from '../text/parse.js'
import type { HtmlBlock } from './blocks.js'

/**
 * The engine's view of the blocks: one line each, measured by the text front end (sentences, words, code),
 * placed at the block's position in the HTML source so that reasons cite source lines.
 */
export function toEngineBlocks(blocks: HtmlBlock[]): Block[] {
  const text = blocks.map((block) => block.text.replace(/[\r\n\u2028\u2029\v\f]+/g, ' ')).join('\n')
  const { blocks: lines } = parseText(text)
  // A page's blocks are elements: a block that starts in lower case does not go on with the one above it.
  return lines.map((line, i) => ({
    ...line,
    features: { ...line.features, continuesLine: false },
    start: blocks[i]!.span.start,
    end: blocks[i]!.span.end,
    line: blocks[i]!.span.line,
    column: blocks[i]!.span.column,
  }))
}

export function allWords(blocks: HtmlBlock[], lines: Block[]): number {
  let words = 0
  for (const block of blocks) words += lines[block.index]!.features.words
  return words
}

export function proseWords(blocks: HtmlBlock[], lines: Block[]): number {
  let words = 0
  for (const block of blocks) {
    const line = lines[block.index]!
    if (classify(line) === 'content') words += line.features.words
  }
  return words
}

/** Runs the text engine on some of the page's blocks, numbered afresh, and writes its verdicts back. */
export function judgeWithEngine(
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
 * A page judged without Readability's article is a listing, a shop or a catalogue, whose items are short lines
 * that a main text of prose would cut, when its main text keeps less than this share of its words...
 */
const LISTING_MAX_KEPT_SHARE = 0.25
/**
 * ...and most of its words are not prose: an article drowned in a video player's labels (rd-yahoo-3, 71% of its
 * words prose) is still judged by its main text. The listings of the dev pages hold 0 to 10% prose.
 * Chosen on the dev pages (WCXB, the 67 judged without Readability's article; shingle F1 and `without` of
 * those, shingle F1 of all), for the kept share: no such check 0.686, 0.107, 0.849; 0.2 0.700, 0.118, 0.853;
 * 0.25 0.717, 0.128, 0.857; 0.3 0.715, 0.139, 0.857; 0.5 0.718, 0.159, 0.858 (without the prose share,
 * which only spares rd-yahoo-3: 0.772 as a listing, 0.968 by its main text).
 */
const LISTING_MAX_PROSE_SHARE = 0.5

/**
 * Judges a whole page with the text engine: by its main text, as for a capture; or, for a listing (see
 * LISTING_MAX_KEPT_SHARE), with every block as main text, which a warning says.
 */
export function judgePage(blocks: HtmlBlock[], lines: Block[], verdicts: (Verdict | null)[], rules: CompiledRules, warnings: string[]): void {
  const byMainText: string[] = []
  judgeWithEngine(blocks, lines, verdicts, rules, false, byMainText)
  const total = allWords(blocks, lines)
  const kept = allWords(blocks.filter((block) => !verdicts[block.index]), lines)
  const prose = proseWords(blocks, lines)
  if (kept >= LISTING_MAX_KEPT_SHARE * total || prose >= LISTING_MAX_PROSE_SHARE * total) {
    warnings.push(...byMainText)
    return
  }
  judgeWithEngine(blocks, lines, verdicts, rules, true, warnings)
  warnings.push(
    `The page's main text would have kept only ${kept} of its ${total} words, and only ${prose} of them are prose, so the page was taken for a listing of short items and every block was judged as main text.`,
  )
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
