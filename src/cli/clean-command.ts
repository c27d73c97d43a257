/**
 * `decruft clean`: checks the options as a whole, finds the inputs, compiles the cleaner once,
 * and hands over to the file mode or the --jsonl mode.
 */
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { createCleaner, type Cleaner, type CleanerOptions, type TemplateSet } from '../index.js'
import { learnTemplates, siteByPattern } from './learn-templates.js'
import { cleanFiles } from './clean-files.js'
import { cleanJsonl } from './clean-jsonl.js'
import { UsageError, messageOf } from './errors.js'
import type { OutputFormat } from './format.js'
import { RunLog } from './run-log.js'
import { ProgressLine } from './progress.js'
import { collectInputs, fileId, nameMatcher, type Input } from './walk.js'
import { areWarcFiles, cleanWarcs } from './clean-warc.js'
import { createPooledCleaner } from './worker-pool.js'
import { templateFile } from './subcommand.js'

/** From this many files on, a batch gets a worker thread per core: below it, starting them costs more than it saves. */
const POOL_MIN_INPUTS = 20

export interface CleanCommandOptions {
  paths: string[]
  out?: string
  report?: string
  /** Undefined when not given: text, except that --jsonl has its own output. */
  format?: OutputFormat
  /** Keep links in the Markdown of HTML pages. */
  links: boolean
  /** Worker threads for a batch of files; by default one per core for batches of POOL_MIN_INPUTS files or more. */
  jobs?: number
  /** Only files whose name matches, inside folders. */
  include?: string
  jsonl: boolean
  disable: string[]
  language: string[]
  /** The rule packs: instead of the shipped ones (--rules-only), and added to them (--rules). */
  packs: { rules?: string; extraRules?: string[] }
  maxBytes: number
  quiet: boolean
  debug: boolean
  /** Learn the sites' templates in a first pass over the inputs, and cut them in the second. */
  siteTemplates: boolean
  /** A template file written by decruft learn, to cut its sites' templates. */
  templates?: string
  /** For files: a pattern whose match in a file's path names its site (default: its folder). */
  siteBy?: string
  /** --jsonl: a record that cannot be cleaned fails the run (exit 1), besides its error record. */
  strict: boolean
  /** Seconds a document may take in a batch before it is stopped. */
  timeout: number
  /** Megabytes of heap each worker of a batch may use. */
  workerMemory: number
}

/** Runs the command and returns the exit code: 0 when every input was cleaned, 1 when some failed. */
export async function runClean(options: CleanCommandOptions): Promise<0 | 1> {
  await checkOptions(options)
  const paths = pathsToClean(options.paths)
  const include = options.include === undefined ? undefined : nameMatcher(options.include)
  const { inputs, inputIds } = await collectInputs(paths, include, await outputFolderIds(options, paths))
  const warc = warcMode(inputs, options)
  if (!options.jsonl && !warc && options.out === undefined && inputs.length > 1) {
    throw new UsageError(`There are ${inputs.length} inputs (counting the files in folders), but without --out only one can be printed; add --out DIR to write one file per input.`)
  }
  const siteBy = siteByPattern(options.siteBy)
  const templates = options.siteTemplates
    ? await learnTemplates(inputs, { records: warc ? 'warc' : options.jsonl ? 'jsonl' : undefined, siteBy, maxBytes: options.maxBytes })
    : options.templates === undefined ? undefined : templateFile(options.templates)
  const cleaner = compileCleaner(options, templates)
  // A batch on a terminal shows how far it got; a pipe, a log file or --quiet gets no such line.
  const records = options.jsonl || warc
  const showProgress = process.stderr.isTTY && !options.quiet && (records || inputs.length > 1)
  const progress = showProgress ? new ProgressLine(process.stderr, records ? undefined : inputs.length, records ? 'record' : 'file') : undefined
  const log = new RunLog({ debug: options.debug, quiet: options.quiet, strictRecords: options.strict, progress })
  // A stream's length is unknown beforehand, so --jsonl uses more threads than one only when asked to.
  const jobs = options.jobs ?? (!records && inputs.length >= POOL_MIN_INPUTS ? availableParallelism() : 1)
  // A batch runs in worker threads even with one job: only a worker can be stopped in the middle of a
  // document that passes its time or memory limit. A single file is cleaned here, with no limit.
  const limits = { timeoutMs: options.timeout * 1000, memoryMb: options.workerMemory }
  const pool = records || inputs.length > 1 ? createPooledCleaner(cleanerOptions(options, templates), jobs, limits) : undefined
  // Four documents in flight per worker: with two, a worker often sat waiting for its next task.
  const shared = { cleaner: pool ?? cleaner, window: jobs * 4, out: options.out, maxBytes: options.maxBytes, inputIds, log }
  try {
    if (warc) await cleanWarcs(inputs, shared)
    else if (options.jsonl) await cleanJsonl(inputs, shared)
    else await cleanFiles(inputs, { ...shared, report: options.report, format: options.format ?? 'text', siteBy })
  } finally {
    await pool?.close()
  }
  log.printSummary(records ? 'record' : 'file')
  return log.exitCode
}

/** Whether the inputs are WARC files, cleaned into JSON Lines records; the options that make no sense for them are refused. */
function warcMode(inputs: Input[], options: CleanCommandOptions): boolean {
  if (!areWarcFiles(inputs)) return false
  if (options.report !== undefined) throw new UsageError('--report does not apply to WARC files, since every output line already holds its report; leave out --report.')
  if (options.format !== undefined) throw new UsageError('--format does not apply to WARC files, whose output is always one JSON line per HTML response; leave out --format.')
  if (options.siteBy !== undefined) throw new UsageError('--site-by names the sites of files; a WARC response\'s site is the host of its URL, so leave out --site-by.')
  return true
}

async function checkOptions(options: CleanCommandOptions): Promise<void> {
  if (!Number.isSafeInteger(options.maxBytes) || options.maxBytes < 1) {
    throw new UsageError('--max-bytes takes a whole number of bytes above 0, such as 20000000.')
  }
  if (!(options.timeout > 0) || !Number.isFinite(options.timeout)) {
    throw new UsageError('--timeout takes a number of seconds above 0, such as 30.')
  }
  if (!Number.isSafeInteger(options.workerMemory) || options.workerMemory < 64) {
    throw new UsageError('--worker-memory takes a whole number of megabytes, 64 or more, such as 2048.')
  }
  if (options.strict && !options.jsonl) {
    throw new UsageError('--strict applies to --jsonl, whose failed records are error records in the output; without --jsonl every failed input already fails the run.')
  }
  if (options.siteTemplates && options.templates !== undefined) {
    throw new UsageError('--site-templates learns the templates from the inputs, and --templates reads them from a file; give one of them.')
  }
  if (options.siteBy !== undefined && options.jsonl) {
    throw new UsageError('--site-by names the sites of files; a JSON Lines record\'s site is the host of its "url", so leave out --site-by.')
  }
  if (options.jsonl && options.report !== undefined) {
    throw new UsageError('--report does not apply to --jsonl, since every output line already holds its report; leave out --report.')
  }
  if (options.jsonl && options.format !== undefined) {
    throw new UsageError('--format does not apply to --jsonl, whose output is always one JSON line per record; leave out --format.')
  }
  if (options.format === 'json' && options.out !== undefined && options.report !== undefined && samePath(options.out, options.report)) {
    throw new UsageError('With --format json, --out and --report would both write <name>.json into the same folder; give them different folders.')
  }
  for (const [flag, folder] of [['--out', options.out], ['--report', options.report]] as const) {
    if (folder !== undefined) await checkOutputFolder(flag, folder)
  }
}

async function checkOutputFolder(flag: string, folder: string): Promise<void> {
  if (folder.trim() === '') throw new UsageError(`${flag} needs the name of a folder.`)
  if (folder === '-') {
    const instead = flag === '--out' ? 'to print to standard output, leave out --out' : 'to print the report, use --format json instead'
    throw new UsageError(`${flag} takes a folder, not -; ${instead}.`)
  }
  const existing = await stat(folder).catch(() => undefined)
  if (existing && !existing.isDirectory()) {
    throw new UsageError(`${flag} ${folder} is a file, not a folder; give the name of a folder (it is created if missing).`)
  }
}

/**
 * The output folders that exist, by device and inode, for the walk to skip: an output folder inside a folder to clean
 * is not cleaned, so that a second run gives the same result as the first. An output folder that is itself a folder
 * to clean cannot be skipped, and its outputs would mix with the inputs, so it is refused.
 */
async function outputFolderIds(options: CleanCommandOptions, paths: string[]): Promise<Set<string>> {
  const outputs = new Map<string, [flag: string, folder: string]>()
  for (const [flag, folder] of [['--out', options.out], ['--report', options.report]] as const) {
    if (folder === undefined) continue
    const existing = await stat(folder).catch(() => undefined)
    if (existing) outputs.set(fileId(existing), [flag, folder])
  }
  for (const given of paths.filter((given) => given !== '-')) {
    const existing = await stat(given).catch(() => undefined)
    const output = existing?.isDirectory() ? outputs.get(fileId(existing)) : undefined
    if (output) {
      const [flag, folder] = output
      const instead = path.join(folder, flag === '--out' ? 'clean' : 'reports')
      throw new UsageError(`${flag} ${folder} is a folder to clean, so the next run would clean its outputs too; choose another folder, such as ${instead} (an output folder inside a folder to clean is skipped).`)
    }
  }
  return new Set(outputs.keys())
}

/** With no paths, piped text is read; a terminal on stdin means the user forgot the paths. */
function pathsToClean(paths: string[]): string[] {
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      throw new UsageError('Nothing to clean: give files or folders, or pipe text in (cat page.txt | decruft clean -).')
    }
    return ['-']
  }
  if (paths.filter((given) => given === '-').length > 1) {
    throw new UsageError('Standard input (-) can be read only once; give - a single time.')
  }
  return paths
}

/**
 * Rules are compiled once per run; a failure here comes from the options (--rules, --rules-only, --disable, --language).
 * They are compiled in this thread even when a pool does the cleaning, so that bad rules fail once, as a usage error.
 */
function compileCleaner(options: CleanCommandOptions, templates: TemplateSet | undefined): Cleaner {
  try {
    return createCleaner(cleanerOptions(options, templates))
  } catch (error) {
    throw new UsageError(messageOf(error), { cause: error })
  }
}

function cleanerOptions(options: CleanCommandOptions, templates: TemplateSet | undefined): CleanerOptions {
  // Only what was given: an empty language list could read as "no language" rather than "all".
  return {
    maxBytes: options.maxBytes,
    markdownLinks: options.links,
    ...(templates && { templates }),
    ...options.packs,
    ...(options.disable.length > 0 && { disable: options.disable }),
    ...(options.language.length > 0 && { language: options.language }),
  }
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b)
}
