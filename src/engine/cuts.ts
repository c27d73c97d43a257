/**
 * Turns the engine's verdicts into cuts: a run of neighbouring blocks cut by the same rule for the same
 * reason becomes one cut, whose span runs from the first block's start to the last block's end, so that
 * the input is rebuilt exactly from the kept text and the cuts.
 */
import type { Block, Cut } from '../types.js'
import type { Verdict } from './verdict.js'
import { removedMessage } from '../report/messages.js'

export function toCuts(input: string, blocks: Block[], verdicts: (Verdict | null)[]): Cut[] {
  const cuts: Cut[] = []
  let i = 0
  while (i < blocks.length) {
    const verdict = verdicts[i]
    if (!verdict) {
      i++
      continue
    }
    let last = i
    while (last + 1 < blocks.length && sameCut(verdicts[last + 1], verdict)) last++
    const first = blocks[i]!
    const start = first.start
    const end = blocks[last]!.end
    cuts.push({
      start,
      end,
      line: first.line,
      column: first.column,
      category: verdict.category,
      rule: verdict.rule,
      reason: removedMessage(first.text, last - i + 1, verdict.why),
      text: input.slice(start, end),
    })
    i = last + 1
  }
  return cuts
}

export function sameCut(next: Verdict | null | undefined, verdict: Verdict): boolean {
  return !!next && next.rule === verdict.rule && next.category === verdict.category && next.why === verdict.why
}
