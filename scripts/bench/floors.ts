/**
 * Pinned minimums (and maximums) from bench/floors.json. Shape, per mode:
 *   { "<mode>": { "<subset>": { "<metric>": min, "<metric>_max": max }, "mbPerSecond": min, "pagesPerSecond": min,
 *                 "pagesPerSecondRatio": min } }
 * Subset metrics are score.mjs's; speed floors apply to decruft. pagesPerSecondRatio is decruft's pages per
 * second over those of the mode's first peer (its second runner), measured in the same run: on a shared
 * machine a ratio holds where absolute times do not. Keys starting with "_" are comments.
 * A key the bench does not know is an error, so that a typo cannot switch a floor off unseen.
 */
import { readFile } from 'node:fs/promises'
import type { Speed } from './measure.js'
import { GROUP_METRICS, type GroupScores } from './metrics.js'

const SPEED_METRICS = ['mbPerSecond', 'pagesPerSecond', 'pagesPerSecondRatio'] as const
const MAX_SUFFIX = '_max'

export class FloorsFileError extends Error {
  override name = 'FloorsFileError'
}

/** What one mode's run offers to its floors: decruft's speed and its scores per subset. */
export interface FloorSubject {
  mode: string
  speed: Speed | null
  /** The first peer's speed in the same run, when the mode has a timed peer. */
  peerSpeed: Speed | null
  scores: Record<string, GroupScores>
}

export interface FloorCheck {
  checked: number
  failures: string[]
}

type FloorsFile = Record<string, unknown>

export async function loadFloors(file: string): Promise<FloorsFile> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as FloorsFile
  } catch (error) {
    throw new FloorsFileError(`Cannot read the floors file ${file}: ${(error as Error).message}`)
  }
}

const isComment = (key: string) => key.startsWith('_')
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(3))

/** Checks one pinned number against a measured one; `where` names it in a failure. */
function checkOne(where: string, key: string, bound: unknown, measured: number | null | undefined, check: FloorCheck): void {
  if (typeof bound !== 'number') throw new FloorsFileError(`Floor ${where} ${key} must be a number.`)
  check.checked++
  const isMax = key.endsWith(MAX_SUFFIX)
  const metric = isMax ? key.slice(0, -MAX_SUFFIX.length) : key
  if (measured === null || measured === undefined || Number.isNaN(measured)) {
    check.failures.push(`${where} ${metric} was not measured, but has a floor of ${format(bound)}`)
  } else if (isMax ? measured > bound : measured < bound) {
    check.failures.push(`${where} ${metric} is ${format(measured)}, ${isMax ? 'above its maximum' : 'below its floor'} ${format(bound)}`)
  }
}

function speedMetric(subject: FloorSubject, metric: (typeof SPEED_METRICS)[number]): number | null | undefined {
  if (metric !== 'pagesPerSecondRatio') return subject.speed?.[metric]
  if (!subject.speed || !subject.peerSpeed) return null
  return subject.speed.pagesPerSecond / subject.peerSpeed.pagesPerSecond
}

/** Checks the floors of the modes that ran; floors of modes left out with --only are skipped. */
export function checkFloors(floors: FloorsFile, subjects: FloorSubject[], knownModes: string[]): FloorCheck {
  const check: FloorCheck = { checked: 0, failures: [] }
  for (const [mode, modeFloors] of Object.entries(floors)) {
    if (isComment(mode)) continue
    if (!knownModes.includes(mode)) throw new FloorsFileError(`The floors file names an unknown mode "${mode}".`)
    if (!isRecord(modeFloors)) throw new FloorsFileError(`The floors of mode "${mode}" must be an object.`)
    const subject = subjects.find((s) => s.mode === mode)
    if (!subject) continue
    for (const [key, value] of Object.entries(modeFloors)) {
      if (isComment(key)) continue
      if ((SPEED_METRICS as readonly string[]).includes(key)) {
        checkOne(mode, key, value, speedMetric(subject, key as (typeof SPEED_METRICS)[number]), check)
      } else if (isRecord(value)) {
        for (const [metricKey, bound] of Object.entries(value)) {
          if (isComment(metricKey)) continue
          const metric = metricKey.endsWith(MAX_SUFFIX) ? metricKey.slice(0, -MAX_SUFFIX.length) : metricKey
          if (!(GROUP_METRICS as readonly string[]).includes(metric)) {
            throw new FloorsFileError(`The floors file names an unknown metric "${metricKey}" for ${mode} ${key}.`)
          }
          checkOne(`${mode} ${key}`, metricKey, bound, subject.scores[key]?.[metric as keyof GroupScores], check)
        }
      } else {
        throw new FloorsFileError(`The floors file names an unknown speed metric "${key}" for mode ${mode}.`)
      }
    }
  }
  return check
}
