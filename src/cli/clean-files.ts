/**
 * The default mode: each input is one page, cleaned whole and written to stdout or under --out,
 * with its report under --report.
 */
import { siteOfFile, type Cleaner, type CleanResult } from '../index.js'
import { OUTPUT_EXTENSIONS, formatResult, prettyJson, type OutputFormat } from './format.js'
import { readInput } from './read.js'
import type { RunLog } from './run-log.js'
import type { Input } from './walk.js'
import { OutputNames, STDOUT, outputPath, writeChunk, writeOutputFile } from './write.js'

export interface FileRunOptions {
  /** The library's cleaner, or a pool of them in worker threads. */
  cleaner: Pick<Cleaner, 'clean'>
  /** How many inputs may be read and cleaned ahead of the one being written (1: one after another). */
  window: number
  /** Folder for the cleaned text; without it the one input goes to stdout. */
  out?: string
  /** Folder for the reports. */
  report?: string
  format: OutputFormat
  maxBytes: number
  /** For site templates: a pattern whose match in a file's path names its site; else its folder does. */
  siteBy?: RegExp
  inputIds: Set<string>
  log: RunLog
}

/**
 * Cleans the inputs and writes their results in input order, whatever order the cleanings finish in; a
 * failure is logged and the batch goes on. Up to `window` inputs are in flight, to keep a worker pool busy.
 */
export async function cleanFiles(inputs: Input[], options: FileRunOptions): Promise<void> {
  const names = new OutputNames()
  const inFlight = new Map<number, Promise<CleanResult>>()
  const start = (k: number) => {
    const input = inputs[k]
    if (!input) return
    const cleaning = input.error !== undefined ? Promise.reject(input.error) : cleanInput(input, options)
    cleaning.catch(() => {}) // awaited, and its failure logged, when its turn to be written comes
    inFlight.set(k, cleaning)
  }
  for (let k = 0; k < options.window; k++) start(k)
  for (const [k, input] of inputs.entries()) {
    start(k + options.window)
    const cleaning = inFlight.get(k)!
    inFlight.delete(k)
    try {
      const result = await cleaning
      if (options.out !== undefined || options.report !== undefined) names.claim(input.stem, input.label)
      await writeResult(input, result, options)
      options.log.succeeded(input.label, result.report)
    } catch (error) {
      options.log.failed(input.label, error)
    }
  }
}

/** Bytes go to the library as they are: it decodes them, and its report carries any decoding warning. */
async function cleanInput(input: Input, options: FileRunOptions): Promise<CleanResult> {
  const bytes = await readInput(input, options.maxBytes)
  const site = input.file === undefined ? undefined : siteOfFile(input.file, options.siteBy)
  return options.cleaner.clean(bytes, { source: input.source, site })
}

async function writeResult(input: Input, result: CleanResult, options: FileRunOptions): Promise<void> {
  const output = formatResult(result, options.format)
  if (options.out === undefined) {
    await writeChunk(STDOUT, output)
  } else {
    await writeOutputFile(outputPath(options.out, input.stem, OUTPUT_EXTENSIONS[options.format]), output, options.inputIds)
  }
  if (options.report !== undefined) {
    await writeOutputFile(outputPath(options.report, input.stem, '.json'), prettyJson(result.report), options.inputIds)
  }
}
