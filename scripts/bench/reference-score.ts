/**
 * Scoring through the dev set's own scorer, score.mjs, which stays the reference: the bench's in-process
 * metrics must agree with it, or the bench stops.
 */
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { scorerPath } from './dev-set.js'
import { GROUP_METRICS, type GroupScores } from './metrics.js'
import type { RunnerOutput } from './runners.js'

const run = promisify(execFile)

/** Agreement "to 3 decimals": the numbers the bench prints. */
const TOLERANCE = 0.0005

export class MetricsDriftError extends Error {
  override name = 'MetricsDriftError'
}

/** Writes `<id>.txt` per output, the layout score.mjs reads. */
export async function writeOutputs(dir: string, outputs: Map<string, RunnerOutput>): Promise<void> {
  await mkdir(dir, { recursive: true })
  await Promise.all([...outputs].map(([id, output]) => writeFile(path.join(dir, `${id}.txt`), output.text)))
}

/** score.mjs's JSON per subset. Its NaNs arrive as null. */
export type ReferenceScores = Record<string, Partial<Record<(typeof GROUP_METRICS)[number], number | null>>>

export async function scoreWithReference(evalDir: string, outputDir: string): Promise<ReferenceScores> {
  const { stdout } = await run(process.execPath, [scorerPath(evalDir), outputDir, '--json'], { maxBuffer: 16 << 20 })
  return JSON.parse(stdout) as ReferenceScores
}

/** score.mjs's numbers in the bench's shape, null turned back into NaN where score.mjs had a mean of nothing. */
export function fromReference(reference: ReferenceScores): Record<string, GroupScores> {
  return Object.fromEntries(
    Object.entries(reference).map(([subset, s]) => [
      subset,
      {
        pages: s.pages ?? 0,
        shingleF1: s.shingleF1 ?? NaN,
        precision: s.precision ?? NaN,
        recall: s.recall ?? NaN,
        bowF1: s.bowF1 ?? NaN,
        with: s.with ?? null,
        without: s.without ?? null,
        comments: s.comments ?? null,
        empty: s.empty ?? 0,
      },
    ]),
  )
}

const comparable = (value: number | null | undefined) => (value === undefined || value === null || Number.isNaN(value) ? null : value)

/** Throws when any subset or metric of the two disagrees beyond the third decimal. */
export function assertSameScores(runner: string, reference: ReferenceScores, inProcess: Record<string, GroupScores>): void {
  const subsets = new Set([...Object.keys(reference), ...Object.keys(inProcess)])
  const drifts: string[] = []
  for (const subset of subsets) {
    for (const metric of GROUP_METRICS) {
      const expected = comparable(reference[subset]?.[metric])
      const actual = comparable(inProcess[subset]?.[metric])
      const agree = expected === null || actual === null ? expected === actual : Math.abs(expected - actual) < TOLERANCE
      if (!agree) drifts.push(`${subset} ${metric}: score.mjs ${expected}, bench ${actual}`)
    }
  }
  if (drifts.length) {
    throw new MetricsDriftError(
      `The bench's metrics (scripts/bench/metrics.ts) no longer match score.mjs for ${runner}; port score.mjs's changes: ${drifts.join('; ')}`,
    )
  }
}
