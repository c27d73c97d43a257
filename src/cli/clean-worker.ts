/**
 * A worker thread of the pool (worker-pool.ts): it compiles one cleaner from the options it is started
 * with, then cleans the documents it is sent, one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createCleaner, InputError, type CleanerOptions } from '../index.js'
import type { WorkerReply, WorkerTask } from './worker-pool.js'

const cleaner = createCleaner(workerData as CleanerOptions)

parentPort!.on('message', async ({ id, input, source, kind, site }: WorkerTask) => {
  let reply: WorkerReply
  try {
    reply = { id, result: await cleaner.clean(input, { source, ...(kind && { kind }), site }) }
  } catch (error) {
    const { name, message, stack } = error as Error
    reply = { id, error: { name, message, stack, reason: error instanceof InputError ? error.reason : undefined } }
  }
  parentPort!.postMessage(reply)
})
