/**
 * Runs one runner over inputs already in memory, timing only the cleaning.
 */
import { performance } from 'node:perf_hooks'
import type { Runner, RunnerOutput } from './runners.js'

/** Pages cleaned once before timing, so that lazy set-up and the JIT's first compiles are not counted. */
export const WARM_UP_PAGES = 20

export const BYTES_PER_MB = 1_000_000

export interface Speed {
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

export async function measure(runner: Runner, inputs: Map<string, Uint8Array>): Promise<RunnerRun> {
  if (!runner.timed) return { runner: runner.name, outputs: await cleanAll(runner, inputs), speed: null }

  await cleanAll(runner, new Map([...inputs].slice(0, WARM_UP_PAGES)))
  const started = performance.now()
  const outputs = await cleanAll(runner, inputs)
  const seconds = (performance.now() - started) / 1000

  const inputBytes = [...inputs.values()].reduce((sum, input) => sum + input.byteLength, 0)
  return {
    runner: runner.name,
    outputs,
    speed: {
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
