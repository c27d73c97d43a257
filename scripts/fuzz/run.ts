/**
 * A fuzz run: makes `count` mutated inputs from the corpus, cleans and checks each in the worker pool,
 * tallies the outcomes, then shrinks each distinct failure and writes it as a reproducer. Also replays
 * reproducers (or any files) as they are, to check a fix.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeCase } from './cases.js'
import { CorpusError, loadCorpus } from './corpus.js'
import { failureKey, type Outcome } from './outcome.js'
import { WorkerPool } from './pool.js'
import { writeReproducer } from './reproducers.js'
import { shrink } from './shrink.js'
import { Tally, type Counts, type FoundFailure } from './tally.js'

// This file runs as dist/scripts/fuzz/run.js, three levels under the repository.
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))

export const DEFAULTS = {
  timeoutMs: 5000,
  shrinkMs: 30_000,
  heapMb: 1024,
  out: path.join(os.tmpdir(), 'decruft-fuzz'),
  /** A progress line every this many inputs. */
  progressEvery: 1000,
}
/**
 * The short run that npm test makes (test/fuzz.test.ts) on the samples alone, as CI has no dev set; the
 * heavy mutators' sizes are scaled down so that it stays within about a minute on two cores.
 */
export const QUICK_RUN = { count: 1_000, seed: 14, scale: 0.05 }
/** Attempts per shrink, whatever its time: most attempts are quick, and this keeps the count of them sane. */
const SHRINK_ATTEMPTS = 2000

export interface FuzzOptions {
  count: number
  seed: number
  /** Worker processes; default one per core. */
  jobs?: number
  timeoutMs?: number
  /** Folders whose .html and .txt files are mutated instead of the samples and the dev set. */
  corpora?: string[] | null
  /** Where reproducers go; null writes none. */
  out?: string | null
  /** Time to shrink each distinct failure; 0 keeps the inputs as found. */
  shrinkMs?: number
  /** The heavy mutators' sizes as a share of their full sizes (default 1); see MutationContext. */
  scale?: number
  heapMb?: number
  /** Progress and shrinking lines, for a person watching. */
  log?: (line: string) => void
}

export interface ShrunkFailure extends FoundFailure {
  /** The reproducer's path, when one was written. */
  reproducer: string | null
  /** The size of the reproducer's input. */
  bytes: number
}

export interface FuzzSummary extends Counts {
  seed: number
  scale: number
  jobs: number
  timeoutMs: number
  corpusFiles: number
  notes: string[]
  ms: number
  failures: ShrunkFailure[]
  out: string | null
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const { count, seed, jobs = os.availableParallelism(), timeoutMs = DEFAULTS.timeoutMs, shrinkMs = DEFAULTS.shrinkMs, heapMb = DEFAULTS.heapMb, scale = 1 } = options
  const out = options.out === undefined ? DEFAULTS.out : options.out
  const log = options.log ?? (() => {})
  const started = performance.now()
  const corpus = loadCorpus(REPO_ROOT, options.corpora ?? null)
  const pool = new WorkerPool({ jobs, timeoutMs, heapMb })
  const tally = new Tally()
  try {
    let next = 0
    await inParallel(jobs, async () => {
      while (next < count) {
        const fuzzCase = makeCase(corpus.files, seed, next++, scale)
        const outcome = await pool.run(fuzzCase.bytes, fuzzCase.source)
        const found = tally.add(fuzzCase, outcome)
        // Written as found, so that an interrupted run keeps them; replaced once shrunk.
        if (out) for (const failure of found) await writeReproducer(out, failure, { seed, scale, bytes: failure.example.bytes, shrinkAttempts: null })
        if (tally.counts.inputs % DEFAULTS.progressEvery === 0) log(progressLine(tally, count, started))
      }
    })
    const pending = [...tally.failures]
    const failures: ShrunkFailure[] = []
    if (pending.length > 0 && out && shrinkMs > 0) log(`Shrinking ${pending.length} distinct failure(s), up to ${Math.round(shrinkMs / 1000)} s each…`)
    await inParallel(jobs, async () => {
      for (let found = pending.shift(); found; found = pending.shift()) failures.push(await settle(found))
    })
    const order = tally.failures.map((found) => found.key)
    failures.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
    return { ...tally.counts, seed, scale, jobs, timeoutMs, corpusFiles: corpus.files.length, notes: corpus.notes, ms: performance.now() - started, failures, out }
  } finally {
    await pool.close()
  }

  /** Shrinks a failure (when there is somewhere to write it) and writes its reproducer. */
  async function settle(found: FoundFailure): Promise<ShrunkFailure> {
    if (!out) return { ...found, reproducer: null, bytes: found.example.bytes.length }
    let bytes = found.example.bytes
    let shrinkAttempts: number | null = null
    // The failure as the reproducer shows it, for its detail (offsets, texts): the shrinker keeps every
    // candidate that still fails, so the last one that failed is the reproducer.
    let failure = found.failure
    if (shrinkMs > 0) {
      const stillFails = async (candidate: Uint8Array) => {
        const outcome = await pool.run(candidate, found.example.source)
        const same = outcome.status === 'failed' ? outcome.failures.find((candidateFailure) => failureKey(candidateFailure) === found.key) : undefined
        if (same) failure = same
        return same !== undefined
      }
      const shrunk = await shrink(bytes, stillFails, { ms: shrinkMs, attempts: SHRINK_ATTEMPTS })
      bytes = shrunk.bytes
      shrinkAttempts = shrunk.attempts
      log(`  ${found.failure.class}  ${found.failure.message}: ${size(found.example.bytes)} → ${size(bytes)} bytes in ${shrunk.attempts} attempts`)
    }
    const settled = { ...found, failure }
    const reproducer = await writeReproducer(out, settled, { seed, scale, bytes, shrinkAttempts })
    return { ...settled, reproducer, bytes: bytes.length }
  }
}

export interface Replayed {
  file: string
  outcome: Outcome
}

/** Cleans and checks each file (a folder: its files but the reproducers' .json) as it is, without mutation. */
export async function replay(paths: string[], options: Pick<FuzzOptions, 'jobs' | 'timeoutMs' | 'heapMb'> = {}): Promise<Replayed[]> {
  const missing = paths.find((file) => !existsSync(file))
  if (missing) throw new CorpusError(`Nothing to replay at ${missing}.`)
  const files = paths.flatMap((file) =>
    statSync(file).isDirectory()
      ? readdirSync(file)
          .filter((name) => !name.endsWith('.json'))
          .sort()
          .map((name) => path.join(file, name))
      : [file],
  )
  const jobs = options.jobs ?? os.availableParallelism()
  const pool = new WorkerPool({ jobs, timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs, heapMb: options.heapMb ?? DEFAULTS.heapMb })
  try {
    return await Promise.all(files.map(async (file) => ({ file, outcome: await pool.run(new Uint8Array(readFileSync(file)), file) })))
  } finally {
    await pool.close()
  }
}

function size(bytes: Uint8Array): string {
  return bytes.length.toLocaleString('en-US')
}

function progressLine(tally: Tally, count: number, started: number): string {
  const { inputs, crashes, hangs, checkErrors, invariants } = tally.counts
  const broken = Object.values(invariants).reduce((sum, n) => sum + n, 0)
  const seconds = Math.round((performance.now() - started) / 1000)
  return `fuzz: ${inputs}/${count} inputs in ${seconds} s; ${crashes} crashes, ${hangs} hangs, ${broken} broken invariants, ${checkErrors} check errors (${tally.failures.length} distinct)`
}

/** Runs `worker` `jobs` times at once: the workers share their queue through the caller's closure. */
async function inParallel(jobs: number, worker: () => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: jobs }, worker))
}
