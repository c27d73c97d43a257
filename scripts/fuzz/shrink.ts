/**
 * Shrinks a failing input to a small one that fails the same way: delta debugging (Zeller's ddmin, by
 * removals), first over lines and then over characters. It removes halves, then quarters, and so on, keeping
 * every removal after which the failure still reproduces, until no single piece can go or the budget is spent.
 */
import { concat } from './bytes.js'

export interface ShrinkBudget {
  /** Time for the whole shrink; a hang costs a full time limit per attempt that still hangs. */
  ms: number
  attempts: number
}

export interface Shrunk {
  bytes: Uint8Array
  attempts: number
}

/** The pieces an input is cut into: `count` of them, piece i starting at offset(i); offset(count) is the end. */
interface Pieces {
  count: number
  offset(i: number): number
}

export async function shrink(bytes: Uint8Array, stillFails: (candidate: Uint8Array) => Promise<boolean>, budget: ShrinkBudget): Promise<Shrunk> {
  const deadline = performance.now() + budget.ms
  let attempts = 0
  const spent = () => attempts >= budget.attempts || performance.now() >= deadline
  const attempt = (candidate: Uint8Array) => {
    attempts++
    return stillFails(candidate)
  }
  let smallest = bytes
  for (const piecesOf of [lines, characters]) {
    if (spent()) break
    smallest = await ddmin(smallest, piecesOf, attempt, spent)
  }
  return { bytes: smallest, attempts }
}

async function ddmin(
  bytes: Uint8Array,
  piecesOf: (bytes: Uint8Array) => Pieces,
  stillFails: (candidate: Uint8Array) => Promise<boolean>,
  spent: () => boolean,
): Promise<Uint8Array> {
  let granularity = 2
  for (;;) {
    const pieces = piecesOf(bytes)
    if (pieces.count < 2) return bytes
    granularity = Math.min(granularity, pieces.count)
    let removed = false
    for (let chunk = 0; chunk < granularity && !removed; chunk++) {
      if (spent()) return bytes
      const from = pieces.offset(Math.floor((chunk * pieces.count) / granularity))
      const to = pieces.offset(Math.floor(((chunk + 1) * pieces.count) / granularity))
      const candidate = concat([bytes.subarray(0, from), bytes.subarray(to)])
      if (await stillFails(candidate)) {
        bytes = candidate
        removed = true
      }
    }
    if (removed) granularity = Math.max(granularity - 1, 2)
    else if (granularity === pieces.count) return bytes
    else granularity = Math.min(granularity * 2, pieces.count)
  }
}

/** Lines, each with its "\n". */
function lines(bytes: Uint8Array): Pieces {
  const starts = [0]
  for (let i = bytes.indexOf(0x0a); i !== -1 && i + 1 < bytes.length; i = bytes.indexOf(0x0a, i + 1)) starts.push(i + 1)
  return { count: starts.length, offset: (i) => starts[i] ?? bytes.length }
}

/**
 * UTF-8 characters (a lead byte and its continuation bytes), so that a reproducer of valid UTF-8 stays valid
 * and is not read in another encoding; a stray continuation byte goes with the character before it.
 */
function characters(bytes: Uint8Array): Pieces {
  const starts: number[] = []
  for (let i = 0; i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80 || i === 0) starts.push(i)
  return { count: starts.length, offset: (i) => starts[i] ?? bytes.length }
}
