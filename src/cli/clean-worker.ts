/**
 * A worker thread of the pool (worker-pool.ts): it compiles one cleaner from the options it is started
 * with, then cleans the documents it is given, one at a time. Failures are replies, not throws, so that an
 * input error keeps its reason across the thread boundary.
 */
import { workerData } from 'piscina'
import { createCleaner, InputError, type CleanerOptions } from '../index.js'
import type { WorkerReply, WorkerTask } from './worker-pool.js'

const cleaner = createCleaner(workerData as CleanerOptions)

export default async function clean({ input, source, kind, site, started }: WorkerTask): Promise<WorkerReply> {
  started.postMessage('started')
  started.close()
  try {
    return { result: await cleaner.clean(input, { source, ...(kind && { kind }), site }) }
  } catch (error) {
    const { name, message, stack } = error as Error
    return { error: { name, message, stack, reason: error instanceof InputError ? error.reason : undefined } }
  }
}
