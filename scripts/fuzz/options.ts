/**
 * The fuzzer's command line: npm run fuzz -- [--count N] [--seed S] [--jobs N] [--timeout-ms N]
 * [--corpus DIR]... [--out DIR] [--shrink-ms N] [--scale F], or --replay PATH... to check reproducers.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { DEFAULTS, QUICK_RUN } from './run.js'

export type FuzzCommand =
  | { command: 'fuzz'; count: number; seed: number; jobs: number; timeoutMs: number; corpora: string[] | null; out: string; shrinkMs: number; scale: number }
  | { command: 'replay'; files: string[]; jobs: number; timeoutMs: number }
  | { command: 'help' }

export class UsageError extends Error {
  override name = 'UsageError'
}

export const USAGE = `usage: npm run fuzz -- [--count N] [--seed S] [--jobs N] [--timeout-ms N] [--corpus DIR]... [--out DIR] [--shrink-ms N] [--scale F]
       npm run fuzz -- --replay PATH... [--jobs N] [--timeout-ms N]

  --count N        inputs to make and clean (default 1000)
  --seed S         a whole number from 0 to 4294967295; the same seed makes the same inputs (default: from the clock, printed)
  --jobs N         worker processes (default: one per core, ${os.availableParallelism()} here)
  --timeout-ms N   time limit per cleaning; over it is a hang (default ${DEFAULTS.timeoutMs})
  --corpus DIR     fuzz the .html and .txt files under DIR instead of the samples and ../shared/eval/dev (repeatable)
  --out DIR        where reproducers go (default ${DEFAULTS.out})
  --shrink-ms N    time to shrink each distinct failure; 0 writes inputs as found (default ${DEFAULTS.shrinkMs})
  --scale F        the heavy mutators' sizes (huge attributes and words, nesting depth, repeats)
                   as a share of their full sizes, from 0 to 1 (default 1; npm test uses ${QUICK_RUN.scale})
  --replay PATH... clean and check reproducers (or any files; a folder: its files) as they are`

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        jobs: { type: 'string' },
        'timeout-ms': { type: 'string' },
        corpus: { type: 'string', multiple: true },
        out: { type: 'string' },
        'shrink-ms': { type: 'string' },
        scale: { type: 'string' },
        replay: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function parseFuzzOptions(argv: string[]): FuzzCommand {
  const { values, positionals } = parseFlags(argv)
  if (values.help) return { command: 'help' }
  const jobs = whole('--jobs', values.jobs, os.availableParallelism(), 1)
  const timeoutMs = whole('--timeout-ms', values['timeout-ms'], DEFAULTS.timeoutMs, 1)
  if (values.replay) {
    if (positionals.length === 0) throw new UsageError('--replay needs the reproducers (files or folders) to replay.')
    return { command: 'replay', files: positionals, jobs, timeoutMs }
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}"; only --replay takes paths.`)
  return {
    command: 'fuzz',
    count: whole('--count', values.count, 1000, 1),
    seed: whole('--seed', values.seed, Date.now() % 2 ** 32, 0, 2 ** 32 - 1),
    jobs,
    timeoutMs,
    corpora: values.corpus ?? null,
    out: values.out ?? DEFAULTS.out,
    shrinkMs: whole('--shrink-ms', values['shrink-ms'], DEFAULTS.shrinkMs, 0),
    scale: share('--scale', values.scale),
  }
}

function share(flag: string, value: string | undefined): number {
  if (value === undefined) return 1
  const n = Number(value)
  if (!(n > 0 && n <= 1)) throw new UsageError(`${flag} takes a number above 0 and at most 1, not "${value}".`)
  return n
}

function whole(flag: string, value: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} takes a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, not "${value}".`)
  return n
}
