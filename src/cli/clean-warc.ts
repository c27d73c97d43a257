/**
 * WARC input (.warc, .warc.gz): each HTML `response` record becomes one JSON Lines record, as --jsonl
 * writes them ({"id", "url", "text", "title", "language", "report"}, the id being the WARC-Record-ID), on
 * standard output or in --out DIR/<name>.jsonl. Requests, revisits, metadata and responses that are not
 * HTML are skipped and counted. The file is read record by record with warcio, so its size does not matter.
 */
import { open } from 'node:fs/promises'
import type { WARCRecord } from 'warcio'
import { InputError, tooLargeError, type CleanResult } from '../index.js'
import { OrderedOutput } from './ordered-output.js'
import { UsageError } from './errors.js'
import { formatErrorRecord, formatRecord } from './format.js'
import { forEachRecordInput, type JsonlRunOptions } from './clean-jsonl.js'
import { siteOfUrl } from '../templates/sites.js'
import type { Input } from './walk.js'
import { writeChunk, type Sink } from './write.js'

/** Whether a file's name says it is a WARC file, gzipped per record or not. */
export function isWarcName(file: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(file)
}

/**
 * Whether the inputs are WARC files, which are read as records, by the host of each response's URL: they
 * come alone, since their output is a stream of records and not a file per input.
 */
export function areWarcFiles(inputs: Input[]): boolean {
  const warcs = inputs.filter((input) => input.file !== undefined && isWarcName(input.file))
  if (warcs.length === 0) return false
  const other = inputs.find((input) => input.error === undefined && !warcs.includes(input))
  if (other) throw new UsageError(`WARC files are cleaned into JSON Lines records, so they are cleaned in a run of their own; ${other.label} is not a WARC file.`)
  return true
}

export async function cleanWarcs(inputs: Input[], options: JsonlRunOptions): Promise<void> {
  await forEachRecordInput(inputs, options, (input, sink) => cleanResponses(input, sink, options))
}

/** A record of a WARC file: an HTML response's page (or why it cannot be read), or what was skipped. */
export type WarcItem = { skipped: string } | { id: string; url: string; page: string | Uint8Array } | { id: string; url: string; error: unknown }

/**
 * The records of a WARC file, one at a time: each page is read whole before the next record is parsed,
 * since the parser reads the file as one stream.
 */
export async function* warcItems(file: string, label: string, maxBytes: number): AsyncGenerator<WarcItem> {
  // Loaded for the first WARC file: warcio and its gzip and hash code cost a run of captures or pages as much
  // CPU as the cleaning of a short capture.
  const { WARCParser } = await import('warcio')
  const handle = await open(file, 'r')
  const stream = handle.createReadStream()
  try {
    for await (const record of new WARCParser(stream)) {
      // warcio reads any text as a record; one without a type means the file is no WARC, or is broken there.
      if (!record.warcType) throw new InputError('malformed', "This file's name says it is a WARC file, but it holds a record without a WARC-Type header; check that it is a WARC file and was downloaded whole.")
      const skipped = skipReason(record)
      if (skipped) {
        yield { skipped }
        continue
      }
      const id = record.warcHeader('WARC-Record-ID') ?? `${label}@${record.warcHeader('WARC-Date') ?? ''}`
      const url = record.warcTargetURI ?? ''
      try {
        yield { id, url, page: await readPage(record, maxBytes) }
      } catch (error) {
        yield { id, url, error }
      }
    }
  } catch (error) {
    throw notWarc(error)
  } finally {
    stream.destroy()
    await handle.close()
  }
}

async function cleanResponses(input: Input, sink: Sink, options: JsonlRunOptions): Promise<void> {
  const output = new OrderedOutput<CleanResult>(options.window)
  try {
    for await (const item of warcItems(input.file!, input.label, options.maxBytes)) {
      if ('skipped' in item) {
        options.log.skipped(item.skipped)
        continue
      }
      const { id, url } = item
      const where = `${input.label}: ${url}`
      const cleaning = 'error' in item ? Promise.reject(item.error) : options.cleaner.clean(item.page, { source: id, kind: 'html', site: siteOfUrl(url) })
      await output.add(cleaning, async (outcome) => {
        if ('result' in outcome) {
          await writeChunk(sink, formatRecord({ url }, id, outcome.result))
          options.log.succeeded(where, outcome.result.report)
        } else {
          await writeChunk(sink, formatErrorRecord(id, { url }, outcome.error))
          options.log.recordFailed(where, outcome.error)
        }
      })
    }
  } finally {
    // The pages read before a broken record are still written.
    await output.finish()
  }
}

/** Why a record is not cleaned, or null for an HTML response. */
function skipReason(record: WARCRecord): string | null {
  if (record.warcType !== 'response') return `${record.warcType} record`
  const type = record.httpHeaders?.headers.get('Content-Type') ?? ''
  return /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(type) ? null : 'non-HTML response'
}

/**
 * The page of a response: read whole (its size checked first), and decoded with the charset of its HTTP
 * Content-Type when it names one this runtime knows; else as bytes, which the cleaner decodes by the page's
 * own <meta> declaration.
 */
async function readPage(record: WARCRecord, maxBytes: number): Promise<string | Uint8Array> {
  if (record.warcContentLength > maxBytes) throw tooLargeError(maxBytes)
  const body = await record.readFully(true)
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(record.httpHeaders?.headers.get('Content-Type') ?? '')?.[1]
  if (!charset) return body
  try {
    return new TextDecoder(charset).decode(body)
  } catch {
    return body
  }
}

function notWarc(error: unknown): unknown {
  if (error instanceof InputError || (error as NodeJS.ErrnoException)?.code?.startsWith?.('E')) return error
  return new InputError('malformed', `This file's name says it is a WARC file, but it could not be read as one (${(error as Error)?.message ?? error}); check that it was downloaded whole.`)
}
