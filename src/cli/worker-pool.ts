/**
 * Large batches use every core: a pool of worker threads, each with its own compiled cleaner, behind the
 * same `clean` as the library's, so that the batch code does not know whether it runs in one thread or many.
 */
import { Worker } from 'node:worker_threads'
import { InputError, type Cleaner, type CleanerOptions, type CleanResult, type InputErrorReason, type InputKind } from '../index.js'

export interface WorkerTask {
  id: number
  input: Uint8Array | string
  source: string
  kind: InputKind | undefined
  site: string | undefined
}

export type WorkerReply =
  | { id: number; result: CleanResult }
  | { id: number; error: { name: string; message: string; stack?: string; reason?: InputErrorReason } }

export interface PooledCleaner extends Pick<Cleaner, 'clean'> {
  close(): Promise<void>
}

export function createPooledCleaner(options: CleanerOptions, size: number): PooledCleaner {
  const script = new URL('./clean-worker.js', import.meta.url)
  const idle: Worker[] = []
  const queue: { task: WorkerTask; settle: (reply: WorkerReply) => void }[] = []
  const pending = new Map<number, (reply: WorkerReply) => void>()
  let nextId = 0

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const { task, settle } = queue.shift()!
      pending.set(task.id, settle)
      worker.postMessage(task)
    }
  }
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script, { workerData: options })
    worker.on('message', (reply: WorkerReply) => {
      pending.get(reply.id)?.(reply)
      pending.delete(reply.id)
      idle.push(worker)
      dispatch()
    })
    worker.on('error', (error) => {
      for (const settle of pending.values()) settle({ id: -1, error: { name: error.name, message: error.message, stack: error.stack } })
      pending.clear()
    })
    idle.push(worker)
    return worker
  })

  return {
    clean(input, { source = '-', kind, site } = {}) {
      return new Promise<CleanResult>((resolve, reject) => {
        const settle = (reply: WorkerReply) => ('result' in reply ? resolve(reply.result) : reject(revive(reply.error)))
        queue.push({ task: { id: nextId++, input, source, kind, site }, settle })
        dispatch()
      })
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}

/** An error as the worker threw it: input errors keep their class, so that users get the same sentence. */
function revive({ name, message, stack, reason }: Extract<WorkerReply, { error: unknown }>['error']): Error {
  const error = reason ? new InputError(reason, message) : Object.assign(new Error(message), { name })
  if (stack) error.stack = stack
  return error
}
