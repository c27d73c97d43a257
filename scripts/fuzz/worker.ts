/**
 * A fuzz worker: a long-lived child process with one cleaner, cleaning the inputs its parent sends, one at a
 * time, and checking each result. The parent times it and replaces it when it hangs or dies.
 */
import { Worker } from 'node:worker_threads'
import { createCleaner, InputError } from '../../src/index.js'
import { resultProblems } from './checks.js'
import type { Job, WorkerMessage } from './protocol.js'

const send = (message: WorkerMessage) => process.send!(message)
/** Frames kept in a stack: past a library's frames (parse5, linkedom, Readability) to the decruft function that called them. */
const STACK_FRAMES = 40
Error.stackTraceLimit = STACK_FRAMES

const watchdog = new Worker(new URL('./watchdog.js', import.meta.url))
watchdog.unref()
const cleaner = createCleaner()
// The first page loads the HTML front end (parse5, linkedom, Readability); done here, so that no input's time limit pays for it.
await cleaner.clean('<!doctype html><title>Warm-up</title><p>A page to load the parser with.</p>', { source: 'warm-up' })

process.on('message', async ({ bytes, source, stallMs }: Job) => {
  const input = new Uint8Array(bytes)
  watchdog.postMessage(stallMs)
  const started = performance.now()
  let result
  try {
    result = await cleaner.clean(input, { source })
  } catch (error) {
    const ms = performance.now() - started
    if (error instanceof InputError) send({ type: 'input-error', reason: error.reason, ms })
    else send({ type: 'error', ...describe(error), ms })
    return
  } finally {
    watchdog.postMessage(0)
  }
  send({ type: 'cleaned', kind: result.report.kind, ms: performance.now() - started })
  try {
    send({ type: 'checked', problems: resultProblems(input, result) })
  } catch (error) {
    send({ type: 'check-error', ...describe(error) })
  }
})
// The parent is gone: nothing more will come.
process.on('disconnect', () => process.exit(0))
send({ type: 'ready' })

/** Errors cross the process boundary as text: the first line names the error, the stack says where. */
function describe(error: unknown): { message: string; stack: string } {
  if (!(error instanceof Error)) return { message: `Thrown non-error: ${String(error)}`, stack: '' }
  return { message: `${error.name}: ${error.message}`, stack: (error.stack ?? '').split('\n').slice(1, STACK_FRAMES + 1).join('\n') }
}
