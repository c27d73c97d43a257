/**
 * How decruft compares with another runner on the same pages: differences and ratios per subset.
 */
import type { GroupScores } from './metrics.js'
import type { ModeResult } from './run-mode.js'

const COMPARED_METRICS = ['shingleF1', 'precision', 'recall', 'bowF1', 'with', 'without', 'comments'] as const
export type ComparedMetric = (typeof COMPARED_METRICS)[number]

export interface Change {
  /** decruft minus the other runner. */
  difference: number | null
  /** decruft divided by the other runner. */
  ratio: number | null
}

export interface Comparison {
  against: string
  /** Per subset, per metric. */
  subsets: Record<string, Record<ComparedMetric, Change>>
}

const measured = (value: number | null | undefined): value is number => typeof value === 'number' && !Number.isNaN(value)

/** No change can be told when either side was not measured (null, or NaN from a mean of no pages). */
export function change(ours: number | null | undefined, theirs: number | null | undefined): Change {
  if (!measured(ours) || !measured(theirs)) return { difference: null, ratio: null }
  return { difference: ours - theirs, ratio: theirs === 0 ? null : ours / theirs }
}

function compareScores(ours: Record<string, GroupScores>, theirs: Record<string, GroupScores>): Comparison['subsets'] {
  return Object.fromEntries(
    Object.entries(ours).map(([subset, scores]) => [
      subset,
      Object.fromEntries(COMPARED_METRICS.map((metric) => [metric, change(scores[metric], theirs[subset]?.[metric])])) as Record<
        ComparedMetric,
        Change
      >,
    ]),
  )
}

/** decruft (the mode's first runner) against each of the others. */
export function compareRunners(result: ModeResult): Comparison[] {
  const [subject, ...others] = result.runners
  if (!subject) return []
  return others.map((other) => ({ against: other.runner, subsets: compareScores(subject.scores, other.scores) }))
}
