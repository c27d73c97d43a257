/**
 * Reads one input's bytes without ever holding more than the size limit in memory.
 */
import { open } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { assertWithinSize, tooLargeError } from '../index.js'
import type { Input } from './walk.js'

export async function readInput(input: Input, maxBytes: number): Promise<Uint8Array> {
  if (input.file === undefined) return readCapped(process.stdin, maxBytes)
  const handle = await open(input.file, 'r')
  try {
    const stats = await handle.stat()
    // A regular file's size is known: refuse it before reading a byte.
    if (stats.isFile()) {
      assertWithinSize(stats.size, maxBytes)
      return await handle.readFile()
    }
    // A pipe or device has no size: read it as a stream and stop at the limit.
    return await readCapped(handle.createReadStream({ autoClose: false }), maxBytes)
  } finally {
    await handle.close()
  }
}

export interface LineReader {
  lines: AsyncIterable<string>
  /** Lets go of the file when reading stops early; standard input is left alone. */
  close(): void
}

/**
 * Lines of a JSON Lines input, read as a stream so that an input of any length fits in memory.
 * The iterator is taken at once: readline drops the lines it emits before anyone iterates.
 */
export async function openLines(input: Input): Promise<LineReader> {
  if (input.file === undefined) {
    const reader = createInterface({ input: process.stdin, crlfDelay: Infinity })
    return { lines: reader[Symbol.asyncIterator](), close: () => reader.close() }
  }
  const handle = await open(input.file, 'r')
  const stream = handle.createReadStream({ encoding: 'utf8' })
  const reader = createInterface({ input: stream, crlfDelay: Infinity })
  return {
    lines: reader[Symbol.asyncIterator](),
    close: () => {
      reader.close()
      stream.destroy()
    },
  }
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    total += buffer.length
    if (total > maxBytes) {
      stream.destroy()
      throw tooLargeError(maxBytes)
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks, total)
}
