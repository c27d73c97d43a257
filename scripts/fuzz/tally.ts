/**
 * The counts of a fuzz run and its distinct failures: inputs are counted per outcome, failures are
 * deduplicated by key (class and message), each with the smallest input that showed it, which shrinks fastest.
 */
import type { FuzzCase } from './cases.js'
import { failureKey, type Failure, type Outcome } from './outcome.js'

export interface FoundFailure {
  key: string
  failure: Failure
  /** How many inputs showed it. */
  occurrences: number
  example: FuzzCase
}

export interface Counts {
  inputs: number
  passed: number
  /** Inputs that crashed, hung, or failed their checks (check-error), and inputs per broken invariant. */
  crashes: number
  hangs: number
  checkErrors: number
  invariants: Record<string, number>
  /** Inputs the cleaner refused, by InputError reason: the documented way to reject an input. */
  inputErrors: Record<string, number>
  slowest: { ms: number; example: Omit<FuzzCase, 'bytes'> } | null
}

export class Tally {
  readonly counts: Counts = { inputs: 0, passed: 0, crashes: 0, hangs: 0, checkErrors: 0, invariants: {}, inputErrors: {}, slowest: null }
  private readonly found = new Map<string, FoundFailure>()

  /** Records an outcome; returns the failures never seen before in this run. */
  add(fuzzCase: FuzzCase, outcome: Outcome): FoundFailure[] {
    const counts = this.counts
    counts.inputs++
    // A hang's time is the limit, not a measurement.
    const isHang = outcome.status === 'failed' && outcome.failures.some((failure) => failure.class === 'hang')
    if (!isHang && outcome.ms > (counts.slowest?.ms ?? -1)) {
      const { bytes: _bytes, ...example } = fuzzCase
      counts.slowest = { ms: outcome.ms, example }
    }
    if (outcome.status === 'passed') counts.passed++
    else if (outcome.status === 'input-error') increment(counts.inputErrors, outcome.reason)
    else return outcome.failures.flatMap((failure) => this.addFailure(fuzzCase, failure))
    return []
  }

  get failures(): FoundFailure[] {
    return [...this.found.values()]
  }

  private addFailure(fuzzCase: FuzzCase, failure: Failure): FoundFailure[] {
    if (failure.class === 'crash') this.counts.crashes++
    else if (failure.class === 'hang') this.counts.hangs++
    else if (failure.class === 'check-error') this.counts.checkErrors++
    else increment(this.counts.invariants, failure.class.slice('invariant:'.length))
    const key = failureKey(failure)
    const known = this.found.get(key)
    if (!known) {
      const found = { key, failure, occurrences: 1, example: fuzzCase }
      this.found.set(key, found)
      return [found]
    }
    known.occurrences++
    if (fuzzCase.bytes.length < known.example.bytes.length) Object.assign(known, { failure, example: fuzzCase })
    return []
  }
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}
