/**
 * What became of one input, and the failures it showed, classified: a crash (the cleaner threw something
 * other than an InputError, or its process died), a hang (it ran over the time limit), a broken invariant
 * (invariant:<name>), or a check-error (the checks themselves failed: a fault of the harness or of its checks).
 */
import { invariantOf } from '../../test/support/invariants.js'
import { STALL_MARKER, type StallFrame } from './protocol.js'

export interface Failure {
  /** 'crash', 'hang', 'check-error' or 'invariant:<name>'. */
  class: string
  /** One line that names the failure without the input's particulars; with the class, it tells failures apart. */
  message: string
  /** What else is known: a stack, where the cleaning stalled, the places the invariant breaks. */
  detail: string
}

export type Outcome =
  | { status: 'passed'; kind: 'text' | 'html'; ms: number }
  | { status: 'input-error'; reason: string; ms: number }
  | { status: 'failed'; failures: Failure[]; ms: number }

/** Failures with the same key are one bug: numbers (offsets, sizes, limits) are left out. */
export function failureKey(failure: Failure): string {
  return `${failure.class} ${failure.message.replace(/\d+/g, '#')}`
}

/** A problem from test/support/invariants.ts: "<invariant>: <rule>" and lines of detail. */
export function invariantFailure(problem: string): Failure {
  const [first = '', ...rest] = problem.split('\n')
  const invariant = invariantOf(problem)
  return { class: `invariant:${invariant}`, message: first.slice(invariant.length + 1).trim(), detail: rest.join('\n').trim() }
}

/** An error thrown in the worker, named by its first line and the decruft function it came from. */
export function thrownFailure(failureClass: 'crash' | 'check-error', message: string, stack: string): Failure {
  return { class: failureClass, message: firstLine(message) + where(parseStack(stack)), detail: stack }
}

/** A cleaning past the limit, named by where the watchdog found it shortly before. */
export function hangFailure(timeoutMs: number, stderr: string): Failure {
  const frames = stallFrames(stderr)
  return { class: 'hang', message: `cleaning ran over ${timeoutMs} ms` + where(frames ?? []), detail: frames ? frames.slice(0, 12).map(formatFrame).join('\n') : '' }
}

/** A worker that exited: an out-of-memory abort, a native crash, or an exit from inside the cleaner. */
export function deathFailure(failureClass: 'crash' | 'check-error', code: number | null, signal: string | null, stderr: string): Failure {
  const lines = stderr.split('\n').filter((line) => line.trim() && !line.startsWith(STALL_MARKER))
  // V8 and Node print the cause of an abort on one line: "FATAL ERROR: Reached heap limit ...", "Fatal JavaScript invalid size error".
  const cause = lines.find((line) => /fatal/i.test(line)) ?? lines.at(-1)
  const how = signal ? `signal ${signal}` : `exit code ${code}`
  return { class: failureClass, message: `the worker died (${how})${cause ? `: ${cause.trim()}` : ''}`, detail: lines.slice(-20).join('\n') }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? ''
}

/** The innermost frame in decruft's own code (dist/src), which names a bug better than a library's frame. */
function where(frames: StallFrame[]): string {
  const frame = frames.find(({ url }) => url.includes('/dist/src/') && !url.includes('/node_modules/')) ?? frames[0]
  return frame ? `, in ${frame.name || '(anonymous)'} (${shortPath(frame.url)})` : ''
}

function formatFrame(frame: StallFrame): string {
  return `at ${frame.name || '(anonymous)'} (${shortPath(frame.url)}:${frame.line})`
}

/** dist/src/html/x.js rather than a file URL on this machine; node_modules/parse5/... for libraries. */
function shortPath(url: string): string {
  const path = url.replace(/^file:\/\//, '')
  const from = path.includes('/node_modules/') ? path.lastIndexOf('/node_modules/') : path.lastIndexOf('/dist/')
  return from === -1 ? path : path.slice(from + 1)
}

/** "    at name (file:line:column)" lines of a stack. */
function parseStack(stack: string): StallFrame[] {
  return stack.split('\n').flatMap((line) => {
    const match = /^\s*at (?:async )?(?:(.+?) \()?(.+?):(\d+):\d+\)?$/.exec(line)
    return match ? [{ name: match[1] ?? '', url: match[2]!, line: Number(match[3]) }] : []
  })
}

/** The last stack the watchdog wrote, if it wrote one before the worker was killed. */
function stallFrames(stderr: string): StallFrame[] | null {
  const line = stderr.split('\n').findLast((candidate) => candidate.startsWith(STALL_MARKER))
  if (!line) return null
  try {
    return JSON.parse(line.slice(STALL_MARKER.length)) as StallFrame[]
  } catch {
    // Cut off by the kill: the hang is still a hang.
    return null
  }
}
