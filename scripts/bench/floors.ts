/**
 * Pinned minimums (and maximums) from bench/floors.json. Shape, per mode:
 *   { "<mode>": { "<subset>": { "<metric>": min, "<metric>_max": max }, "mbPerSecond": min, "pagesPerSecond": min,
 *                 "pagesPerSecondRatio": min, "atLeastPeers": { "<runner>": ["<subset>", ...] } } }
 * Subset metrics are score.mjs's; speed floors apply to decruft. pagesPerSecondRatio is decruft's pages per
 * second over those of the mode's first peer (its second runner), measured in the same run: on a shared
 * machine a ratio holds where absolute times do not. atLeastPeers names runners whose shingle F1 decruft
 * must match or beat in the same run, on the subsets listed for each (a subset whose gold is the peer's own
 * output, as the Readability fixtures are Readability.js's, measures agreement with it and is left out).
 * Keys starting with "_" are comments.
 * A key the bench does not know is an error, so that a typo cannot switch a floor off unseen.
 */
import { readFile } from 'node:fs/promises'
import type { Speed } from './measure.js'
import { GROUP_METRICS, type GroupScores } from './metrics.js'

const SPEED_METRICS = ['mbPerSecond', 'pagesPerSecond', 'pagesPerSecondRatio'] as const
const PEERS_KEY = 'atLeastPeers'
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
  /** The other runners' scores per subset, by runner name. */
  peers: Record<string, Record<string, GroupScores>>
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

/** decruft's shingle F1 is at least each named runner's on the subsets listed for it. */
function checkPeers(mode: string, peers: unknown, subject: FloorSubject, check: FloorCheck): void {
  if (!isRecord(peers)) throw new FloorsFileError(`Floor ${mode} ${PEERS_KEY} must map runner names to lists of subsets.`)
  for (const [name, subsets] of Object.entries(peers)) {
    if (isComment(name)) continue
    if (!Array.isArray(subsets) || subsets.some((subset) => typeof subset !== 'string'))
      throw new FloorsFileError(`Floor ${mode} ${PEERS_KEY} ${name} must be a list of subsets.`)
    const peer = subject.peers[name]
    if (!peer) throw new FloorsFileError(`Floor ${mode} ${PEERS_KEY} names "${name}", which is not a runner of mode ${mode}.`)
    for (const subset of subsets as string[]) {
      check.checked++
      const ours = subject.scores[subset]?.shingleF1
      const theirs = peer[subset]?.shingleF1
      if (ours === undefined || theirs === undefined || Number.isNaN(ours) || Number.isNaN(theirs))
        check.failures.push(`${mode} ${subset} shingleF1 was not measured for decruft and ${name}, but must be compared`)
      else if (ours < theirs) check.failures.push(`${mode} ${subset} shingleF1 is ${format(ours)}, below ${name}'s ${format(theirs)} in the same run`)
    }
  }
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
      if (key === PEERS_KEY) {
        checkPeers(mode, value, subject, check)
      } else if ((SPEED_METRICS as readonly string[]).includes(key)) {
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
