/**
 * Turns the engine's verdicts into cuts: a run of neighbouring blocks cut by the same rule for the same
 * reason becomes one cut, whose span runs from the first block's start to the last block's end, so that
 * the input is rebuilt exactly from the kept text and the cuts.
 */
import type { Block, Cut } from '../types.js'
import type { Verdict } from './verdict.js'
import { removedMessage } from '../report/messages.js'

export function toCuts(input: string, blocks: Block[], verdicts: (Verdict | null)[]): Cut[] {
  return cutRuns(verdicts).map(({ first: i, last, verdict }) => {
    const first = blocks[i]!
    const start = first.start
    const end = blocks[last]!.end
    return {
      start,
      end,
      line: first.line,
      column: first.column,
      category: verdict.category,
      rule: verdict.rule,
      reason: removedMessage(first.text, last - i + 1, verdict.why),
      text: input.slice(start, end),
    }
  })
}

export interface CutRun {
  /** Indices of the run's first and last block (inclusive). */
  first: number
  last: number
  verdict: Verdict
}

/** The maximal runs of neighbouring blocks cut by the same rule, in the same category, for the same reason. */
export function cutRuns(verdicts: (Verdict | null)[]): CutRun[] {
  const runs: CutRun[] = []
  for (let i = 0; i < verdicts.length; i++) {
    const verdict = verdicts[i]
    if (!verdict) continue
    const run = runs[runs.length - 1]
    if (run && run.last === i - 1 && sameCut(verdict, run.verdict)) run.last = i
    else runs.push({ first: i, last: i, verdict })
  }
  return runs
}

function sameCut(next: Verdict, verdict: Verdict): boolean {
  return next.rule === verdict.rule && next.category === verdict.category && next.why === verdict.why
}
