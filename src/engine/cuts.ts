/**
 * Turns the engine's verdicts into cuts: a run of neighbouring lines cut by the same rule for the same reason
 * becomes one cut. The output is the input with the cuts taken out, byte for byte, so each cut also holds the
 * white space that would otherwise pile up where it was (see `spansOf`), and putting every cut back at its
 * offset rebuilds the input exactly.
 */
import { location } from 'vfile-location'
import type { Block, Cut } from '../types.js'
import type { Verdict } from './verdict.js'
import { removedMessage } from '../report/messages.js'

export function toCuts(input: string, blocks: Block[], verdicts: (Verdict | null)[]): Cut[] {
  const place = location(input)
  return spansOf(input, blocks, cutRuns(verdicts)).map(({ run, start, end }) => {
    const { line, column } = place.toPoint(start)!
    return {
      start,
      end,
      line,
      column,
      category: run.verdict.category,
      rule: run.verdict.rule,
      reason: removedMessage(blocks[run.first]!.text, run.last - run.first + 1, run.verdict.why),
      text: input.slice(start, end),
    }
  })
}

/** The input without its cuts: the cleaned text. */
export function withoutCuts(input: string, cuts: Cut[]): string {
  let text = ''
  let at = 0
  for (const cut of cuts) {
    text += input.slice(at, cut.start)
    at = cut.end
  }
  return text + input.slice(at)
}

interface Span {
  run: CutRun
  start: number
  end: number
}

/**
 * Each run's span: its lines, and the white space around them that the output does not need. Runs with no
 * kept line between them form one gap in the text, and each holds the white space up to the next. Around the
 * gap, the kept text keeps the first line break after the line above it and the last line break before the
 * line below it: one blank line, so that a reader sees where something was taken out, in the input's own
 * line breaks. At the start of the input the gap holds everything up to the first kept line, and at its end
 * everything after the last kept line's break.
 */
function spansOf(input: string, blocks: Block[], runs: CutRun[]): Span[] {
  const spans = runs.map((run) => ({ run, start: blocks[run.first]!.start, end: blocks[run.last]!.end }))
  for (let first = 0; first < spans.length; ) {
    let last = first
    while (spans[last + 1]?.run.first === spans[last]!.run.last + 1) {
      spans[last]!.end = spans[last + 1]!.start
      last++
    }
    const before = blocks[spans[first]!.run.first - 1]
    const after = blocks[spans[last]!.run.last + 1]
    if (before) spans[first]!.start = afterFirstLineBreak(input, before.end)
    spans[last]!.end = !after ? input.length : before ? lastLineBreak(input, spans[last]!.end, after.start) : after.start
    first = last + 1
  }
  return spans
}

/** Just after the first line break that follows `from` (one is there: blocks are lines). */
function afterFirstLineBreak(input: string, from: number): number {
  const lineBreak = /\r\n|[\n\r]/g
  lineBreak.lastIndex = from
  const found = lineBreak.exec(input)!
  return found.index + found[0].length
}

/**
 * Where the last line break between `from` and `to` starts (one is there: blocks are lines). Searched within
 * the gap only: lastIndexOf for a character that the input lacks ("\n" in a file of lone CRs) would scan back
 * to its start for every cut.
 */
function lastLineBreak(input: string, from: number, to: number): number {
  let at = to - 1
  while (at > from && input[at] !== '\n' && input[at] !== '\r') at--
  return input[at] === '\n' && input[at - 1] === '\r' ? at - 1 : at
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
