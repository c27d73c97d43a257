/**
 * Reads one input's bytes without ever holding more than the size limit in memory. A file whose name ends
 * in .gz is read through gunzip, and the limit applies to what it unpacks to.
 */
import { open } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { InputError, assertWithinSize, tooLargeError } from '../index.js'
import { isGzipName, type Input } from './walk.js'

export async function readInput(input: Input, maxBytes: number): Promise<Uint8Array> {
  if (input.file === undefined) return readCapped(process.stdin, maxBytes)
  const handle = await open(input.file, 'r')
  try {
    if (isGzipName(input.file)) return await readCapped(gunzipped(handle.createReadStream({ autoClose: false })), maxBytes)
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
  const raw = handle.createReadStream()
  const stream = isGzipName(input.file) ? gunzipped(raw) : raw
  stream.setEncoding('utf8')
  const reader = createInterface({ input: stream, crlfDelay: Infinity })
  return {
    lines: linesOf(reader[Symbol.asyncIterator]()),
    close: () => {
      reader.close()
      stream.destroy()
      raw.destroy()
    },
  }
}

/** The stream unpacked; an error of the file's own stream ends it too. */
function gunzipped(stream: Readable): Readable {
  const gunzip = createGunzip()
  stream.on('error', (error) => gunzip.destroy(error))
  return stream.pipe(gunzip)
}

/** zlib's errors ("incorrect header check") become a sentence that says what to do. */
function readableError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof code !== 'string' || !code.startsWith('Z_')) return error
  return new InputError('malformed', `This file's name ends in .gz but it does not unpack as gzip (${(error as Error).message}); check that it was downloaded whole, or rename it.`)
}

async function* linesOf(reader: AsyncIterable<string>): AsyncIterable<string> {
  try {
    yield* reader
  } catch (error) {
    throw readableError(error)
  }
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      total += buffer.length
      if (total > maxBytes) {
        stream.destroy()
        throw tooLargeError(maxBytes)
      }
      chunks.push(buffer)
    }
  } catch (error) {
    throw readableError(error)
  }
  return Buffer.concat(chunks, total)
}
