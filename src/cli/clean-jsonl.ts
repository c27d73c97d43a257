/**
 * The --jsonl mode: a streaming filter for pipelines. Each input holds JSON Lines records
 * ({"id", "text"}); each record becomes one output line ({"id", "text", "language", "report"}), in order.
 */
import type { Cleaner, CleanResult } from '../index.js'
import { InputError, siteOfUrl } from '../index.js'
import { formatRecord } from './format.js'
import { openLines, type LineReader } from './read.js'
import { parseRecord, type TextRecord } from './record.js'
import type { RunLog } from './run-log.js'
import type { Input } from './walk.js'
import { OutputNames, STDOUT, closeStream, openOutputStream, outputPath, writeChunk, type Sink } from './write.js'

export interface JsonlRunOptions {
  /** The library's cleaner, or a pool of them in worker threads. */
  cleaner: Pick<Cleaner, 'clean'>
  /** How many records may be in flight ahead of the one being written (1: one after another). */
  window: number
  /** Folder for one .jsonl file per input; without it every record goes to stdout. */
  out?: string
  maxBytes: number
  inputIds: Set<string>
  log: RunLog
}

/** After this many malformed lines an input is most likely not JSON Lines at all: stop rather than flood stderr. */
const MAX_MALFORMED_LINES = 20

export async function cleanJsonl(inputs: Input[], options: JsonlRunOptions): Promise<void> {
  const names = new OutputNames()
  for (const input of inputs) {
    let reader: LineReader | undefined
    let sink: Sink | undefined
    try {
      if (input.error !== undefined) throw input.error
      reader = await openLines(input)
      if (options.out !== undefined) {
        names.claim(input.stem, input.label)
        sink = await openOutputStream(outputPath(options.out, input.stem, '.jsonl'), options.inputIds)
      }
      await cleanRecords(input, reader, sink ?? STDOUT, options)
    } catch (error) {
      options.log.failed(input.label, error)
    } finally {
      reader?.close()
      // Closed on failure too, so that the records already cleaned are kept.
      if (sink) await closeStream(sink).catch((error: unknown) => options.log.failed(input.label, error))
    }
  }
}

/**
 * A bad record is reported and skipped; a failed write ends the input, since later records would be lost
 * too. Up to `window` records are cleaned ahead of the one being written, and everything (records, failures,
 * the notice that gives up on an input) comes out in input order.
 */
async function cleanRecords(input: Input, reader: LineReader, sink: Sink, options: JsonlRunOptions): Promise<void> {
  const inFlight: { where: string; id?: string | number; cleaning: Promise<CleanResult> }[] = []
  let malformed = 0
  /** Writes the oldest records until at most `keep` are in flight; false once the input is given up on. */
  const drain = async (keep: number): Promise<boolean> => {
    while (inFlight.length > keep) {
      const { where, id, cleaning } = inFlight.shift()!
      let result: CleanResult
      try {
        result = await cleaning
      } catch (error) {
        options.log.failed(where, error)
        if (error instanceof InputError && error.reason === 'malformed' && ++malformed === MAX_MALFORMED_LINES) {
          options.log.notice(input.label, `Stopped after ${MAX_MALFORMED_LINES} malformed lines; check that this is JSON Lines, with one object such as {"id": 1, "text": "..."} per line.`)
          return false
        }
        continue
      }
      await writeChunk(sink, formatRecord(id!, result))
      options.log.succeeded(where, result.report)
    }
    return true
  }
  let lineNumber = 0
  for await (const line of reader.lines) {
    lineNumber++
    // Blank lines carry no record; a trailing one is common.
    if (line.trim() === '') continue
    const where = `${input.label}:${lineNumber}`
    let record: TextRecord | undefined
    let cleaning: Promise<CleanResult>
    try {
      record = parseRecord(lineNumber === 1 ? withoutBom(line) : line, options.maxBytes)
      cleaning = options.cleaner.clean(record.text, { source: String(record.id), site: siteOfUrl(record.url) })
    } catch (error) {
      cleaning = Promise.reject(error)
    }
    cleaning.catch(() => {}) // awaited, and its failure logged, when its turn comes
    inFlight.push({ where, id: record?.id, cleaning })
    if (!(await drain(options.window - 1))) return
  }
  await drain(0)
}

function withoutBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line
}
