/**
 * npm run bench: cleans the shared dev set with decruft, times it, scores it the way
 * ../shared/eval/score.mjs does, and fails when a pinned floor in bench/floors.json is missed.
 * Usage and output: the README, section "Benchmark".
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareRunners } from './bench/comparison.js'
import { evalDirFor, hasDevSet, loadDevSet } from './bench/dev-set.js'
import { checkFloors, FloorsFileError, loadFloors, type FloorCheck } from './bench/floors.js'
import { MODES } from './bench/modes.js'
import { parseBenchOptions, usage, UsageError } from './bench/options.js'
import { formatFloors, formatMode } from './bench/print.js'
import { MetricsDriftError } from './bench/reference-score.js'
import { runMode, type ModeResult } from './bench/run-mode.js'

/** Exit codes: 1 when the bench ran and something failed, 2 when it could not run as asked. */
const FAILED = 1
const CANNOT_RUN = 2

// This file runs as dist/scripts/bench.js, two levels under the repository.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const floorsFile = path.join(repoRoot, 'bench/floors.json')
const modeNames = MODES.map((mode) => mode.name)

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2), modeNames)
  const evalDir = evalDirFor(repoRoot)
  if (!hasDevSet(evalDir)) {
    console.error(
      `No dev set at ${evalDir} (it needs dev/index.json and score.mjs); set DECRUFT_EVAL_DIR to the shared eval folder, e.g. DECRUFT_EVAL_DIR=/path/to/shared/eval npm run bench.`,
    )
    return CANNOT_RUN
  }
  // Read before running anything, so that a broken floors file does not cost a whole run.
  const floors = await loadFloors(floorsFile)

  const devSet = await loadDevSet(evalDir)
  const outputRoot = await mkdtemp(path.join(os.tmpdir(), 'decruft-bench-'))
  const results: ModeResult[] = []
  try {
    for (const mode of MODES.filter((m) => options.modes.includes(m.name))) {
      results.push(await runMode(mode, { evalDir, devSet, limit: options.limit, outputRoot }))
    }
  } finally {
    await rm(outputRoot, { recursive: true, force: true })
  }

  const subjects = results.map((result) => ({
    mode: result.mode,
    speed: result.runners[0]?.speed ?? null,
    peerSpeed: result.runners.slice(1).find((runner) => runner.speed !== null)?.speed ?? null,
    scores: result.runners[0]?.scores ?? {},
    peers: Object.fromEntries(result.runners.slice(1).map((runner) => [runner.runner, runner.scores])),
  }))
  const floorCheck: FloorCheck | null = options.limit === null ? checkFloors(floors, subjects, modeNames) : null
  const floorsLabel = path.relative(process.cwd(), floorsFile) || floorsFile

  if (options.json) {
    const modes = results.map((result) => ({ ...result, comparisons: compareRunners(result) }))
    console.log(JSON.stringify({ evalDir, limit: options.limit, modes, floors: floorCheck }, null, 2))
    if (floorCheck?.failures.length) console.error(formatFloors(floorCheck, floorsLabel))
  } else {
    for (const result of results) console.log(formatMode(result, evalDir, options.limit !== null) + '\n')
    console.log(formatFloors(floorCheck, floorsLabel))
  }
  return floorCheck?.failures.length ? FAILED : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage(modeNames)}`)
      process.exitCode = CANNOT_RUN
    } else if (error instanceof FloorsFileError) {
      console.error(error.message)
      process.exitCode = CANNOT_RUN
    } else if (error instanceof MetricsDriftError) {
      console.error(error.message)
      process.exitCode = FAILED
    } else {
      throw error
    }
  },
)
