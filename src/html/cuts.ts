/**
 * Turns the engine's verdicts on an HTML page's blocks into cuts: one per removed element, not one per
 * block or text node. A run of neighbouring blocks cut by the same rule for the same reason is covered by the
 * outermost elements that hold only blocks of the run; a block that is a bare line inside a bigger element
 * is its own cut.
 *
 * The page's tree does not always follow its source: the parser moves misnested and misplaced markup (text
 * in a <table> goes before it), and streamed segments are moved into place (streamed.ts). An element is cut
 * whole only when the blocks whose text lies inside its source span are exactly its own, so that cuts never
 * overlap; and cuts are listed in the source's order.
 */
import type { Cut } from '../types.js'
import type { Verdict } from '../engine/verdict.js'
import type { HtmlBlock } from './blocks.js'
import { selectorOf } from './blocks.js'
import type { SourceSpan } from './document.js'
import { removedMessage } from '../report/messages.js'
import { cutRuns } from '../engine/cuts.js'

interface Range {
  first: number
  last: number
}

export function toElementCuts(
  blocks: HtmlBlock[],
  verdicts: (Verdict | null)[],
  steps: Map<Element, string>,
  split: Set<Element>,
  locate: (node: Node) => SourceSpan | null,
): Cut[] {
  const ranges = blockRanges(blocks)
  const inPlace = inPlaceTest(blocks, ranges, locate)
  const cuts: Cut[] = []
  for (const { first, last: runEnd, verdict } of cutRuns(verdicts)) {
    for (let j = first; j <= runEnd; ) {
      const block = blocks[j]!
      const element = block.ancestors.find((candidate) => {
        const range = ranges.get(candidate)!
        return range.first === j && range.last <= runEnd && !split.has(candidate) && inPlace(candidate)
      })
      const last = element ? ranges.get(element)!.last : j
      cuts.push(cutOf(blocks.slice(j, last + 1), verdict, element, steps, locate))
      j = last + 1
    }
  }
  return withoutOverlaps(cuts.sort((a, b) => a.start - b.start))
}

/**
 * Text that the parser moves (from a misnested table, say) can keep a source span that runs over the markup of
 * other blocks, so two cuts may overlap. A cut that overlaps the one before it starts where that one ends; one
 * that lies wholly inside it, or has the same rule, joins it, its text added to that cut's.
 */
function withoutOverlaps(cuts: Cut[]): Cut[] {
  const kept: Cut[] = []
  for (const cut of cuts) {
    const previous = kept[kept.length - 1]
    if (!previous || cut.start >= previous.end) kept.push(cut)
    else if (cut.end > previous.end && cut.rule !== previous.rule) kept.push({ ...cut, start: previous.end })
    else {
      previous.end = Math.max(previous.end, cut.end)
      previous.text += `\n${cut.text}`
    }
  }
  return kept
}

/**
 * Whether an element's source span holds its own blocks' text and no other block's: the number of blocks
 * that start inside the span is the number of the element's blocks, and each of those lies inside it.
 */
function inPlaceTest(blocks: HtmlBlock[], ranges: Map<Element, Range>, locate: (node: Node) => SourceSpan | null): (element: Element) => boolean {
  const starts = blocks.map((block) => block.span.start).sort((a, b) => a - b)
  const countFrom = (offset: number) => {
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (starts[middle]! < offset) low = middle + 1
      else high = middle
    }
    return low
  }
  return (element) => {
    const span = locate(element)
    if (!span) return false
    const { first, last } = ranges.get(element)!
    for (let i = first; i <= last; i++) if (blocks[i]!.span.start < span.start || blocks[i]!.span.end > span.end) return false
    return countFrom(span.end) - countFrom(span.start) === last - first + 1
  }
}

/** For every element above a block, the first and last of its blocks (an element's blocks are consecutive). */
function blockRanges(blocks: HtmlBlock[]): Map<Element, Range> {
  const ranges = new Map<Element, Range>()
  for (const block of blocks) {
    for (const element of block.ancestors) {
      const range = ranges.get(element)
      if (range) range.last = block.index
      else ranges.set(element, { first: block.index, last: block.index })
    }
  }
  return ranges
}

function cutOf(
  covered: HtmlBlock[],
  verdict: Verdict,
  element: Element | undefined,
  steps: Map<Element, string>,
  locate: (node: Node) => SourceSpan | null,
): Cut {
  const first = covered[0]!
  const last = covered[covered.length - 1]!
  const container = first.ancestors[first.ancestors.length - 1]!
  const where = (element && locate(element)) ?? first.span
  const tag = element ? `<${element.localName}>` : 'a line'
  return {
    // An element whose end tag is implied may end, in the parser's account, before its last text.
    start: Math.min(where.start, first.span.start),
    end: Math.max(where.end, last.span.end),
    line: where.line,
    column: where.column,
    category: verdict.category,
    rule: verdict.rule,
    reason: removedMessage(first.text, covered.length, verdict.why, `blocks of ${tag}`),
    text: covered.map((block) => block.text).join('\n'),
    selector: selectorOf(first.ancestors, element ?? container, steps),
  }
}
