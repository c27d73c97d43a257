/**
 * Runs the runners over inputs already in memory, timing only the cleaning. The timed runners take turns
 * page by page, each page's order rotated, so that they all meet the same load on a shared machine: a ratio
 * of two runners' speeds then compares them under one weather, where runs one after the other would each
 * meet minutes of their own.
 */
import { performance } from 'node:perf_hooks'
import type { Runner, RunnerOutput } from './runners.js'

/** Pages cleaned once before timing, so that lazy set-up and the JIT's first compiles are not counted. */
export const WARM_UP_PAGES = 20

export const BYTES_PER_MB = 1_000_000

export interface Speed {
  /** Timed passes over the inputs; the figures are those of the fastest. */
  passes: number
  pages: number
  inputBytes: number
  seconds: number
  pagesPerSecond: number
  mbPerSecond: number
}

export interface RunnerRun {
  runner: string
  outputs: Map<string, RunnerOutput>
  /** Null for a baseline, which is not timed. */
  speed: Speed | null
}

export interface Measurement {
  runs: RunnerRun[]
  /** The process's peak resident set at the end: the dev set in memory and every runner's state. */
  peakRssMB: number
}

async function cleanOne(runner: Runner, id: string, input: Uint8Array): Promise<RunnerOutput> {
  try {
    const output = await runner.clean(input, id)
    // Let each tool's queued clean-up run between pages, as it would in any real program: jsdom (the peers'
    // DOM) frees a closed window only then.
    await new Promise((resolve) => setImmediate(resolve))
    return output
  } catch (error) {
    throw new Error(`${runner.name} failed on dev page ${id}`, { cause: error })
  }
}

/**
 * Cleans the inputs with every runner. Timed runners clean them `passes` times, in turns, and keep their
 * fastest pass: on a shared machine, other load only ever slows a pass down, so the fastest is the closest
 * to the tool's own speed (the reasoning of Python's timeit). The outputs are those of the first pass;
 * cleaning is deterministic. Baselines clean once, untimed.
 */
export async function measure(runners: Runner[], inputs: Map<string, Uint8Array>, passes = 1): Promise<Measurement> {
  const entries = [...inputs]
  const timed = runners.filter((runner) => runner.timed)
  for (const runner of timed) for (const [id, input] of entries.slice(0, WARM_UP_PAGES)) await cleanOne(runner, id, input)

  const outputs = new Map(runners.map((runner) => [runner, new Map<string, RunnerOutput>()]))
  const fastest = new Map(timed.map((runner) => [runner, Infinity]))
  for (let pass = 0; pass < passes; pass++) {
    const seconds = new Map(timed.map((runner) => [runner, 0]))
    for (const [page, [id, input]] of entries.entries()) {
      for (let turn = 0; turn < timed.length; turn++) {
        const runner = timed[(page + turn) % timed.length]!
        const started = performance.now()
        const output = await cleanOne(runner, id, input)
        seconds.set(runner, seconds.get(runner)! + (performance.now() - started) / 1000)
        if (pass === 0) outputs.get(runner)!.set(id, output)
      }
    }
    for (const runner of timed) fastest.set(runner, Math.min(fastest.get(runner)!, seconds.get(runner)!))
  }
  for (const runner of runners.filter((runner) => !runner.timed))
    for (const [id, input] of entries) outputs.get(runner)!.set(id, await cleanOne(runner, id, input))

  const inputBytes = entries.reduce((sum, [, input]) => sum + input.byteLength, 0)
  const speedOf = (runner: Runner): Speed | null => {
    if (!runner.timed) return null
    const seconds = fastest.get(runner)!
    return { passes, pages: entries.length, inputBytes, seconds, pagesPerSecond: entries.length / seconds, mbPerSecond: inputBytes / BYTES_PER_MB / seconds }
  }
  return {
    runs: runners.map((runner) => ({ runner: runner.name, outputs: outputs.get(runner)!, speed: speedOf(runner) })),
    // maxRSS is in kilobytes.
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / BYTES_PER_MB,
  }
}
