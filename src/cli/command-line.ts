/**
 * The command line's grammar and help, with yargs. It only parses: running is clean-command.ts's job.
 */
import { createRequire } from 'node:module'
import type { InferredOptionTypes, Options } from 'yargs'
import { DEFAULT_MAX_BYTES } from '../index.js'
import type { CleanCommandOptions } from './clean-command.js'
import { UsageError } from './errors.js'
import { EXPLAIN_COMMAND } from './explain-command.js'
import { REVIEW_COMMAND } from './review-command.js'
import { RULES_COMMAND } from './rules-command.js'
import { LEARN_COMMAND } from './learn-command.js'
import { commaList, commandName, once, rulePackFolders, RULE_PACK_OPTIONS, type PreparedCommand } from './subcommand.js'

/**
 * yargs' CommonJS build: its ES module build lays out help with a stand-in for wrap-ansi that breaks lines
 * in the middle of words ("comma-separat / ed"); the CommonJS one wraps at word boundaries.
 */
const yargs = createRequire(import.meta.url)('yargs') as typeof import('yargs').default

/** The commands besides clean, each in its own module. */
const SUBCOMMANDS = [LEARN_COMMAND, REVIEW_COMMAND, EXPLAIN_COMMAND, RULES_COMMAND]

const DESCRIPTION = `Removes the clutter that scraping leaves in a web page's text (comment sections, "related articles", share and newsletter prompts, cookie notices, navigation and the like) and reports every cut with the rule and the reason, so that a reviewer can check it.`

const EXAMPLES: [string, string][] = [
  ['decruft clean page.txt', 'Print the cleaned text of one capture.'],
  ['decruft clean captures/ --out clean/ --report reports/', 'Clean a folder; write clean/<name>.txt and reports/<name>.json.'],
  ['cat page.txt | decruft clean -', 'Clean standard input.'],
  ['decruft clean --jsonl records.jsonl > clean.jsonl', 'Clean {"id", "text"} records, one JSON line in and out per record.'],
  ['decruft clean --jsonl --site-templates crawl.jsonl > clean.jsonl', "Also cut what each site prints on most of its pages (a record's site is the host of its \"url\")."],
]

const EXIT_CODES = `Exit codes:
  0  every input was cleaned
  1  some input could not be cleaned (each is named on stderr; the others were still cleaned); with --jsonl, a failed record has an error record in the output instead, and fails the run only with --strict
  2  usage error: the options or arguments are wrong, and nothing was cleaned`

const CLEAN_OPTIONS = {
  out: { describe: 'Write the cleaned text to DIR/<path relative to the input>.txt (.md with --format markdown, .json with --format json); DIR may lie inside a folder to clean, which then skips it', type: 'string', requiresArg: true },
  report: { describe: 'Write the report of the cuts to DIR/<path relative to the input>.json; DIR may lie inside a folder to clean, which then skips it', type: 'string', requiresArg: true },
  // No yargs default, so that an explicit --format can be told apart (it makes no sense with --jsonl).
  format: {
    describe: 'Output: the cleaned text, Markdown (headings, lists, tables, links of HTML pages), or JSON {text, markdown, title, byline, publishedTime, siteName, description, language, report} [default: text]',
    choices: ['text', 'markdown', 'json'] as const,
    requiresArg: true,
  },
  links: { describe: 'Keep links in the Markdown of HTML pages (--no-links drops them, keeping their text)', type: 'boolean', default: true },
  jsonl: { describe: 'Read JSON Lines records {"id", "text"} or {"id", "html"} and write one line per input line, streaming: the record\'s fields with {"text", "language", "report"}, or {"id", "line", "error"}', type: 'boolean', default: false },
  strict: { describe: 'With --jsonl, exit 1 when a record could not be cleaned (its error record is written either way)', type: 'boolean', default: false },
  // Not yargs arrays: an array option would swallow the paths after it (--disable meta page.txt).
  disable: { describe: 'Switch off a rule id, a category or a stage (repeatable, or comma-separated)', type: 'string', requiresArg: true },
  language: { describe: 'Only run the rules for this language, e.g. en (repeatable, or comma-separated)', type: 'string', requiresArg: true },
  jobs: { describe: 'Clean with N worker threads (default: one per core for 20 files or more, else 1); results keep the input order', type: 'number', requiresArg: true },
  timeout: { describe: 'In a batch, stop a document that takes longer than S seconds; it fails with reason "timeout" and the batch goes on', type: 'number', default: 30, requiresArg: true },
  'worker-memory': { describe: 'In a batch, give each worker thread at most MB megabytes of heap; a document that needs more fails with reason "out-of-memory" and its worker is replaced', type: 'number', default: 2048, requiresArg: true },
  include: { describe: 'In folders, clean only the files whose name matches this pattern, as a shell reads it (*, ?, [abc], braces), e.g. "*.{txt,html}"', type: 'string', requiresArg: true },
  ...RULE_PACK_OPTIONS,
  'max-bytes': { describe: 'Refuse inputs (or --jsonl records) larger than N bytes', type: 'number', default: DEFAULT_MAX_BYTES, requiresArg: true },
  'site-templates': { describe: "Learn each site's template (the lines on at least 3 of its pages and half of them) in a first pass over the inputs, and cut it; a site is the host of a --jsonl record's \"url\", else a file's folder", type: 'boolean', default: false },
  templates: { describe: 'Cut the site templates of FILE, written by decruft learn', type: 'string', requiresArg: true },
  'site-by': { describe: "With site templates, name a file's site by what this regular expression matches in its path (its first group, if any) instead of its folder", type: 'string', requiresArg: true },
  quiet: { describe: 'Do not print the summary line at the end', type: 'boolean', default: false },
  debug: { describe: 'Print stack traces with errors', type: 'boolean', default: false },
} as const satisfies Record<string, Options>

type CleanArguments = InferredOptionTypes<typeof CLEAN_OPTIONS> & { paths?: string[] }

/**
 * yargs drops a lone "-", the usual name for standard input (yargs/yargs#1312), so it is swapped for a
 * token that no shell can pass (it holds a NUL byte) before parsing, and back afterwards.
 */
const DASH = '\u0000-'
const restoreDash = (value: string | undefined): string | undefined => (value === DASH ? '-' : value)

/** Returns the options of `decruft clean`, or another command ready to run; --help and --version print and exit here. */
export async function parseCommandLine(args: string[], version: string): Promise<CleanCommandOptions | PreparedCommand> {
  // The command is the first word: none of decruft's options comes before it.
  const helpFor = SUBCOMMANDS.map(commandName).find((name) => name === args[0]) ?? 'clean'
  const parser = yargs(args.map((arg) => (arg === '-' ? DASH : arg)))
    .scriptName('decruft')
    .usage(`$0 <command> [options]\n\n${DESCRIPTION}`)
    .command('clean [paths..]', 'Clean page captures: files, folders (walked recursively) or - for standard input.', (command) =>
      command
        .usage(`$0 clean [paths..] [options]\n\n${DESCRIPTION}\n\nFolders are walked recursively, in sorted order, skipping hidden files and node_modules. With no paths and text piped in, standard input is read. Input files are never modified.`)
        .positional('paths', { describe: 'Files, folders, or - for standard input', type: 'string', array: true })
        .options(CLEAN_OPTIONS)
        .example(EXAMPLES)
        .epilogue(`${EXIT_CODES}\n\nInputs over --max-bytes (default 10 MiB) are refused before they are read: parsing needs about 130 times an input's size in memory.`),
    )
    .example(EXAMPLES)
    .epilogue(EXIT_CODES)
    .demandCommand(1, 'Give a command, such as decruft clean page.txt')
    .strict()
    .help()
    .alias('help', 'h')
    .version(version)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message: string | undefined, error: Error | undefined) => {
      // Only parsing fails here (no command has a handler); yargs messages can span lines.
      const problem = (message ?? error?.message ?? 'The command line could not be read').replace(/\s*\n\s*/g, ' ')
      throw new UsageError(`${problem}; run decruft ${helpFor} --help to see the options.`, { cause: error })
    })

  for (const subcommand of SUBCOMMANDS) parser.command(subcommand.command, subcommand.describe, subcommand.builder)

  // The options are declared on the command, so yargs' inferred type of the whole parse does not know them.
  const argv = (await parser.parseAsync()) as unknown as CleanArguments
  const subcommand = SUBCOMMANDS.find((candidate) => commandName(candidate) === helpFor)
  if (subcommand) return subcommand.prepare(argv as unknown as Record<string, unknown>)
  return {
    paths: (argv.paths ?? []).map((path) => restoreDash(path) ?? path),
    out: restoreDash(once('out', argv.out)),
    report: restoreDash(once('report', argv.report)),
    format: once('format', argv.format),
    links: argv.links,
    include: once('include', argv.include),
    jobs: jobsOf(once('jobs', argv.jobs)),
    jsonl: argv.jsonl,
    disable: commaList(argv.disable),
    language: commaList(argv.language),
    packs: rulePackFolders(argv as unknown as Record<string, unknown>),
    maxBytes: once('max-bytes', argv['max-bytes']),
    quiet: argv.quiet,
    debug: argv.debug,
    siteTemplates: argv['site-templates'],
    strict: argv.strict,
    timeout: once('timeout', argv.timeout),
    workerMemory: once('worker-memory', argv['worker-memory']),
    templates: once('templates', argv.templates),
    siteBy: once('site-by', argv['site-by']),
  }
}


function jobsOf(jobs: number | undefined): number | undefined {
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    throw new UsageError('--jobs takes a whole number of worker threads, 1 or more.')
  return jobs
}
