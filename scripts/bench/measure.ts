/**
 * Runs one runner over inputs already in memory, timing only the cleaning.
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
  /** The process's peak resident set so far: it includes the dev set held in memory and earlier runners. */
  peakRssMB: number
}

export interface RunnerRun {
  runner: string
  outputs: Map<string, RunnerOutput>
  /** Null for a baseline, which is not timed. */
  speed: Speed | null
}

async function cleanAll(runner: Runner, inputs: Map<string, Uint8Array>): Promise<Map<string, RunnerOutput>> {
  const outputs = new Map<string, RunnerOutput>()
  for (const [id, input] of inputs) {
    try {
      outputs.set(id, await runner.clean(input, id))
      // Let each tool's queued clean-up run between pages, as it would in any real program: jsdom frees a
      // closed window only then.
      await new Promise((resolve) => setImmediate(resolve))
    } catch (error) {
      throw new Error(`${runner.name} failed on dev page ${id}`, { cause: error })
    }
  }
  return outputs
}

/**
 * Cleans the inputs `passes` times and keeps the fastest pass: on a shared machine, other load only ever
 * slows a pass down, so the fastest is the closest to the tool's own speed (the reasoning of Python's
 * timeit). The outputs are those of the first pass; cleaning is deterministic.
 */
export async function measure(runner: Runner, inputs: Map<string, Uint8Array>, passes = 1): Promise<RunnerRun> {
  if (!runner.timed) return { runner: runner.name, outputs: await cleanAll(runner, inputs), speed: null }

  await cleanAll(runner, new Map([...inputs].slice(0, WARM_UP_PAGES)))
  let outputs: Map<string, RunnerOutput> | undefined
  let seconds = Infinity
  for (let pass = 0; pass < passes; pass++) {
    const started = performance.now()
    const passOutputs = await cleanAll(runner, inputs)
    seconds = Math.min(seconds, (performance.now() - started) / 1000)
    outputs ??= passOutputs
  }

  const inputBytes = [...inputs.values()].reduce((sum, input) => sum + input.byteLength, 0)
  return {
    runner: runner.name,
    outputs: outputs!,
    speed: {
      passes,
      pages: inputs.size,
      inputBytes,
      seconds,
      pagesPerSecond: inputs.size / seconds,
      mbPerSecond: inputBytes / BYTES_PER_MB / seconds,
      // maxRSS is in kilobytes.
      peakRssMB: (process.resourceUsage().maxRSS * 1024) / BYTES_PER_MB,
    },
  }
}
