/**
 * The messages between the fuzzer and its worker processes. A worker answers each input in two steps, so
 * that the time limit measures the cleaning alone: "cleaned" (or an error) when the cleaner returns, then
 * "checked" with the broken invariants.
 */

export interface Job {
  bytes: Uint8Array
  source: string
  /** When the worker's watchdog should write where the cleaning is (see watchdog.ts): shortly before the limit. */
  stallMs: number
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'input-error'; reason: string; ms: number }
  | { type: 'error'; message: string; stack: string; ms: number }
  | { type: 'cleaned'; kind: 'text' | 'html'; ms: number }
  | { type: 'checked'; problems: string[] }
  | { type: 'check-error'; message: string; stack: string }

/** Starts the stderr line on which the watchdog writes the stack of a stalled cleaning, as JSON. */
export const STALL_MARKER = 'decruft-fuzz-stall '

export interface StallFrame {
  name: string
  url: string
  line: number
}
