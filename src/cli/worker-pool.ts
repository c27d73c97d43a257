/**
 * Batches run in worker threads (piscina), each with its own compiled cleaner, behind the same `clean` as
 * the library's, so that the batch code does not know where the cleaning happens. Each document has a time
 * limit and each worker a memory limit: a document past either is stopped, its worker is replaced, and the
 * document fails with an input error that says which limit it passed, so that the batch goes on.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { Piscina } from 'piscina'
import { InputError, type Cleaner, type CleanerOptions, type CleanResult, type InputErrorReason, type InputKind } from '../index.js'

export interface WorkerTask {
  input: Uint8Array | string
  source: string
  kind: InputKind | undefined
  site: string | undefined
  /** The worker says on it when it starts the document: the time limit runs from then, not from the queue. */
  started: MessagePort
}

export type WorkerReply = { result: CleanResult } | { error: { name: string; message: string; stack?: string; reason?: InputErrorReason } }

export interface DocumentLimits {
  /** A document still cleaning after this many milliseconds is stopped. */
  timeoutMs: number
  /** A worker whose heap grows past this many megabytes is stopped, with the document it was cleaning. */
  memoryMb: number
}

export interface PooledCleaner extends Pick<Cleaner, 'clean'> {
  close(): Promise<void>
}

export function createPooledCleaner(options: CleanerOptions, size: number, limits: DocumentLimits): PooledCleaner {
  const pool = new Piscina<WorkerTask, WorkerReply>({
    filename: new URL('./clean-worker.js', import.meta.url).href,
    workerData: options,
    minThreads: size,
    maxThreads: size,
    // The workers live as long as the batch: starting one compiles the rule packs again.
    idleTimeout: Infinity,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
  })
  return {
    async clean(input, { source = '-', kind, site } = {}) {
      const { port1: onStart, port2: started } = new MessageChannel()
      const stop = new AbortController()
      let timer: NodeJS.Timeout | undefined
      onStart.once('message', () => {
        timer = setTimeout(() => stop.abort(), limits.timeoutMs)
      })
      let reply: WorkerReply
      try {
        reply = await pool.run({ input, source, kind, site, started }, { signal: stop.signal, transferList: [started] })
      } catch (error) {
        throw limitError(error, limits)
      } finally {
        clearTimeout(timer)
        onStart.close()
      }
      if ('result' in reply) return reply.result
      throw revive(reply.error)
    },
    async close() {
      await pool.destroy()
    },
  }
}

/** Why piscina stopped a document: its time limit (an abort) or its worker's memory limit (the worker died). */
function limitError(error: unknown, limits: DocumentLimits): unknown {
  const { name, code } = error as { name?: string; code?: string }
  if (name === 'AbortError' || code === 'ABORT_ERR') {
    return new InputError('timeout', `Cleaning this document took longer than the limit of ${limits.timeoutMs / 1000} s, so it was stopped; check the page by hand, or raise --timeout.`)
  }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new InputError('out-of-memory', `Cleaning this document needed more than the worker's ${limits.memoryMb} MB of memory, so it was stopped; check the page by hand, or raise --worker-memory.`)
  }
  return error
}

/** An error as the worker threw it: input errors keep their class, so that users get the same sentence. */
function revive({ name, message, stack, reason }: Extract<WorkerReply, { error: unknown }>['error']): Error {
  const error = reason ? new InputError(reason, message) : Object.assign(new Error(message), { name })
  if (stack) error.stack = stack
  return error
}
