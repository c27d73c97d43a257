/**
 * `decruft review <reports..> -o review.html`: reads reports (files, or folders walked for .json files),
 * finds the inputs they name, and writes the self-contained review page.
 *
 * An input is looked for under --inputs DIR first (by the report's source, by the report's own path under
 * its folder, then by the source's file name), then at the source as written. It is shown in place only if
 * it still matches its report: same length, and each cut's text at its offsets (for an HTML page, whose
 * report counts visible text, each cut inside it).
 */
import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { decodeInput, type Report } from '../index.js'
import { looksNoisy, readReport, renderReviewPage, type ReviewDocument } from '../review/index.js'
import { UsageError, UserError } from './errors.js'
import { RunLog, printLine } from './run-log.js'
import { once, type Subcommand } from './subcommand.js'
import { collectInputs, fileId, type Input } from './walk.js'
import { closeStream, openOutputStream, writeChunk } from './write.js'

interface ReviewCommandOptions {
  reports: string[]
  out: string
  inputs?: string
  quiet: boolean
  debug: boolean
}

export const REVIEW_COMMAND: Subcommand = {
  command: 'review <reports..>',
  describe: 'Write one self-contained HTML page for reviewing the cuts of a batch of reports.',
  builder: (yargs) =>
    yargs
      .usage('$0 review <reports..> -o review.html [options]\n\nReads the reports written by decruft clean --report (files, or folders walked for .json files) and writes one HTML file that opens from disk, with no network. Each report\'s input is read from the path the report names, or found under --inputs DIR.')
      .positional('reports', { describe: 'Report files or folders of reports', type: 'string', array: true })
      .options({
        out: { alias: 'o', describe: 'The HTML file to write, e.g. review.html', type: 'string', requiresArg: true },
        inputs: { describe: 'The folder of the inputs, when they are no longer where the reports say', type: 'string', requiresArg: true },
        quiet: { describe: 'Do not print the summary line at the end', type: 'boolean', default: false },
        debug: { describe: 'Print stack traces with errors', type: 'boolean', default: false },
      })
      .example([
        ['decruft clean captures/ --out clean/ --report reports/ && decruft review reports/ -o review.html', 'Clean a folder, then review its cuts in a browser.'],
        ['decruft review reports/ -o review.html --inputs moved/captures/', 'Review reports whose inputs have moved.'],
      ]),
  prepare(argv) {
    const out = argv.out === undefined ? undefined : once('out', argv.out as string)
    if (out === undefined || out.trim() === '') throw new UsageError('Say where to write the page with -o, e.g. decruft review reports/ -o review.html.')
    const options: ReviewCommandOptions = {
      reports: argv.reports as string[],
      out,
      ...(argv.inputs !== undefined && { inputs: once('inputs', argv.inputs as string) }),
      quiet: argv.quiet === true,
      debug: argv.debug === true,
    }
    return { run: () => review(options) }
  },
}

const NO_REPORTS = 'This folder holds no .json reports (hidden files and folders are skipped); give the --report folder of decruft clean.'

/** A document of the batch and where its input was found, to read it again when its turn to be written comes. */
interface LoadedDocument extends ReviewDocument {
  inputPath?: string
}

async function review(options: ReviewCommandOptions): Promise<0 | 1> {
  await checkOutput(options)
  const { inputs: reportFiles, inputIds } = await collectInputs(options.reports, /\.json$/i)
  const log = new RunLog({ debug: options.debug, quiet: true, strictRecords: false })
  const documents: LoadedDocument[] = []
  const missing: string[] = []
  for (const reportFile of reportFiles) {
    try {
      const document = await loadDocument(reportFile, options.inputs)
      documents.push(document)
      if (document.inputProblem !== undefined) missing.push(document.report.source)
      else if (document.inputPath !== undefined) inputIds.add(fileId(await stat(document.inputPath)))
    } catch (error) {
      log.failed(reportFile.label, error)
    }
  }
  if (documents.length === 0) {
    printLine('decruft: No report could be read, so no page was written; give the .json reports (or their folder) written by decruft clean --report.')
    return 1
  }
  if (missing.length > 0) {
    const hint = options.inputs === undefined ? 'give their folder with --inputs DIR' : `check that --inputs ${options.inputs} holds them`
    printLine(`decruft: ${missing.length} of ${documents.length} inputs were not found or no longer match their report (the first: ${missing[0]}); their cuts are listed without the page around them; ${hint} to see them in place.`)
  }

  // No folder: the user named the file itself, so a link there is theirs to follow.
  const sink = await openOutputStream({ path: options.out }, inputIds)
  const readInput = (index: number) => {
    const file = documents[index]!.inputPath
    return file === undefined ? null : decode(readFileSync(file))
  }
  for await (const chunk of renderReviewPage(documents, readInput)) await writeChunk(sink, chunk)
  await closeStream(sink)
  if (!options.quiet) {
    const withCuts = documents.filter((document) => document.report.cuts.length > 0).length
    printLine(`Wrote ${options.out}: ${documents.length} documents, ${withCuts} with cuts; open it in a browser.`)
  }
  return log.exitCode
}

async function checkOutput(options: ReviewCommandOptions): Promise<void> {
  const existing = await stat(options.out).catch(() => undefined)
  if (existing?.isDirectory()) throw new UsageError(`-o ${options.out} is a folder; give the name of the HTML file to write, e.g. ${path.join(options.out, 'review.html')}.`)
  if (options.inputs !== undefined && !(await stat(options.inputs).catch(() => undefined))?.isDirectory())
    throw new UsageError(`--inputs ${options.inputs} is not a folder; give the folder that holds the inputs.`)
}

async function loadDocument(reportFile: Input, inputsDir: string | undefined): Promise<LoadedDocument> {
  if (reportFile.error !== undefined) {
    const isFolder = (await stat(reportFile.source).catch(() => undefined))?.isDirectory()
    throw isFolder ? new UserError(NO_REPORTS) : reportFile.error
  }
  const report = parseReport(await readFile(reportFile.file!, 'utf8'))
  if (report.source === '-') return { report, looksNoisy: null, inputProblem: 'Its input was standard input, which cannot be read again.' }
  let mismatched: string | undefined
  for (const candidate of inputCandidates(report.source, reportFile.stem, inputsDir)) {
    // An input that cannot be read or decoded any more is as good as missing.
    const text = await readFile(candidate).then(decode).catch(() => undefined)
    if (text === undefined) continue
    if (!matchesReport(text, report)) {
      mismatched ??= candidate
      continue
    }
    // The noise heuristic reads lines of text, not markup.
    const uncutCapture = report.kind === 'text' && report.cuts.length === 0
    return { report, looksNoisy: uncutCapture ? looksNoisy(text) : null, inputPath: candidate }
  }
  const inputProblem = mismatched !== undefined
    ? `The input at ${mismatched} no longer matches this report (it changed after cleaning).`
    : `Its input ${report.source} was not found.`
  return { report, looksNoisy: null, inputProblem }
}

function parseReport(json: string): Report {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    throw new UserError(`This file is not valid JSON (${(error as Error).message}); give the .json reports written by decruft clean --report.`)
  }
  // A --format json output holds its report under "report".
  const isCleanOutput = typeof value === 'object' && value !== null && !('decruft' in value) && 'report' in value
  try {
    return readReport(isCleanOutput ? (value as { report: unknown }).report : value)
  } catch (error) {
    throw new UserError((error as Error).message)
  }
}

function inputCandidates(source: string, reportStem: string, inputsDir: string | undefined): string[] {
  const candidates: string[] = []
  if (inputsDir !== undefined) {
    if (!path.isAbsolute(source)) candidates.push(path.join(inputsDir, source))
    candidates.push(path.join(inputsDir, reportStem + path.extname(source)), path.join(inputsDir, path.basename(source)))
  }
  candidates.push(source)
  return [...new Set(candidates)]
}

/** Decoded as decruft clean decodes, so that the report's offsets point into the same text; no size limit here. */
function decode(bytes: Uint8Array): string {
  return decodeInput(bytes, { maxBytes: Number.MAX_SAFE_INTEGER }).text
}

/**
 * A capture's report counts its characters and its cuts are slices of it. An HTML page's report counts its
 * visible text and its cuts hold their elements' visible text, so only their place in the source is checked.
 */
function matchesReport(text: string, report: Report): boolean {
  if (report.kind === 'html') return report.cuts.every((cut) => cut.end <= text.length)
  return text.length === report.stats.inputChars && report.cuts.every((cut) => text.slice(cut.start, cut.end) === cut.text)
}
