/**
 * The --jsonl mode: a streaming filter for pipelines, under the contract of record.ts. Each input line
 * becomes one output line, in order: the record's fields with the result ({"id", "text", "language",
 * "report"}), or an error record ({"id", "line", "error": {"reason", "message"}}).
 */
import type { Cleaner, CleanResult } from '../index.js'
import { InputError, siteOfUrl } from '../index.js'
import { formatErrorRecord, formatRecord } from './format.js'
import { openLines, type LineReader } from './read.js'
import { idOfLine, parseRecord, type PageRecord } from './record.js'
import { OrderedOutput } from './ordered-output.js'
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

/** After this many malformed lines an input is most likely not JSON Lines at all: stop naming them on stderr. */
const MAX_MALFORMED_LINES = 20

export async function cleanJsonl(inputs: Input[], options: JsonlRunOptions): Promise<void> {
  await forEachRecordInput(inputs, options, async (input, sink) => {
    const reader = await openLines(input)
    try {
      await cleanRecords(input, reader, sink, options)
    } finally {
      reader.close()
    }
  })
}

/**
 * Runs `clean` on each input that holds records (JSON Lines, WARC), with its output stream: standard output,
 * or `--out DIR/<name>.jsonl`. A failed input is logged and the batch goes on; its stream is closed on
 * failure too, so that the records already cleaned are kept.
 */
export async function forEachRecordInput(inputs: Input[], options: JsonlRunOptions, clean: (input: Input, sink: Sink) => Promise<void>): Promise<void> {
  const names = new OutputNames()
  for (const input of inputs) {
    let sink: Sink | undefined
    try {
      if (input.error !== undefined) throw input.error
      if (options.out !== undefined) {
        names.claim(input.stem, input.label)
        sink = await openOutputStream(outputPath(options.out, input.stem, '.jsonl'), options.inputIds)
      }
      await clean(input, sink ?? STDOUT)
    } catch (error) {
      options.log.failed(input.label, error)
    } finally {
      if (sink) await closeStream(sink).catch((error: unknown) => options.log.failed(input.label, error))
    }
  }
}

/**
 * Every input line gives one output line, in input order, as soon as it is cleaned: the cleaned record, or
 * an error record that says why it could not be cleaned (a blank or malformed line, a record over the size
 * limit, an input error of its page). A failed write ends the input, since later records would be lost too.
 */
async function cleanRecords(input: Input, reader: LineReader, sink: Sink, options: JsonlRunOptions): Promise<void> {
  const output = new OrderedOutput<CleanResult>(options.window)
  let malformed = 0
  let lineNumber = 0
  for await (const line of reader.lines) {
    lineNumber++
    const where = `${input.label}:${lineNumber}`
    const text = lineNumber === 1 ? withoutBom(line) : line
    let record: PageRecord | undefined
    let cleaning: Promise<CleanResult>
    try {
      if (text.trim() === '') throw new InputError('empty', 'This line is blank; every line must hold one record, such as {"id": 1, "text": "..."}.')
      record = parseRecord(text, options.maxBytes)
      cleaning = options.cleaner.clean(record.input, { source: String(record.id), kind: record.kind, site: siteOfUrl(record.url) })
    } catch (error) {
      cleaning = Promise.reject(error)
    }
    const id = record?.id ?? idOfLine(text)
    const rest = record?.rest
    const recordLine = lineNumber
    await output.add(cleaning, async (outcome) => {
      if ('result' in outcome) {
        await writeChunk(sink, formatRecord(rest!, id!, outcome.result))
        options.log.succeeded(where, outcome.result.report)
        return
      }
      const { error } = outcome
      await writeChunk(sink, formatErrorRecord(id, { line: recordLine }, error))
      // Past a few malformed lines the input is most likely not JSON Lines: its error records say the rest.
      const isMalformed = error instanceof InputError && error.reason === 'malformed'
      const silent = isMalformed && ++malformed > MAX_MALFORMED_LINES
      options.log.recordFailed(where, error, silent)
      if (isMalformed && malformed === MAX_MALFORMED_LINES + 1) {
        options.log.notice(input.label, `More than ${MAX_MALFORMED_LINES} malformed lines: the rest are only in the output's error records; check that this is JSON Lines, with one object such as {"id": 1, "text": "..."} per line.`)
      }
    })
  }
  await output.finish()
}

function withoutBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line
}
