/**
 * `decruft explain <file>`: cleans one capture and prints it with its cut lines marked as in a diff, the
 * category and rule id in the margin; coloured on a terminal, plain when piped or when NO_COLOR is set.
 */
import { createCleaner, decodeInput, DEFAULT_MAX_BYTES, siteOfFile, type CleanerOptions, type Report } from '../index.js'
import { explainDocument } from '../review/index.js'
import { UsageError, describeError, messageOf } from './errors.js'
import { readInput } from './read.js'
import { printLine } from './run-log.js'
import { commaList, once, type Subcommand, rulePackFolders, RULE_PACK_OPTIONS, templateFile } from './subcommand.js'
import { STDOUT, writeChunk } from './write.js'

interface ExplainCommandOptions {
  file: string
  onlyCuts: boolean
  cleaner: CleanerOptions
  /** The capture's site, for the cleaner's site templates. */
  site: string | undefined
}

export const EXPLAIN_COMMAND: Subcommand = {
  command: 'explain <file>',
  describe: 'Print a capture with its cut lines marked, each with its category and rule id.',
  builder: (yargs) =>
    yargs
      .usage('$0 explain <file> [options]\n\nCleans one capture and prints every line of it; a cut line is marked "-" (a partly cut one "~") with the category and the rule id that cut it in the margin. Colours are used on a terminal, unless NO_COLOR is set.')
      .positional('file', { describe: 'A capture, or - for standard input', type: 'string' })
      .options({
        'only-cuts': { describe: 'Print only the cut lines', type: 'boolean', default: false },
        disable: { describe: 'Switch off a rule id, a category or a stage, as with clean (repeatable, or comma-separated)', type: 'string', requiresArg: true },
        language: { describe: 'Only run the rules for this language, as with clean (repeatable, or comma-separated)', type: 'string', requiresArg: true },
        ...RULE_PACK_OPTIONS,
        templates: { describe: 'Cut the site templates of FILE, written by decruft learn, as clean --templates does', type: 'string', requiresArg: true },
        site: { describe: "With --templates, the capture's site as FILE names it (a host, such as example.com, for pages learned from records); by default the folder that holds it, as clean names a file's site", type: 'string', requiresArg: true },
        'max-bytes': { describe: 'Refuse an input larger than N bytes', type: 'number', default: DEFAULT_MAX_BYTES, requiresArg: true },
        debug: { describe: 'Print stack traces with errors', type: 'boolean', default: false },
      })
      .example([
        ['decruft explain page.txt', 'The whole capture, cut lines marked.'],
        ['decruft explain page.txt --only-cuts | grep comments/', 'Only the lines cut by comment rules.'],
        ['decruft explain page.txt --templates templates.json --site example.com', "With the site's template, as learned by decruft learn."],
      ]),
  prepare(argv) {
    const maxBytes = once('max-bytes', argv['max-bytes'] as number)
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new UsageError('--max-bytes takes a whole number of bytes above 0, such as 20000000.')
    const disable = commaList(argv.disable)
    const language = commaList(argv.language)
    const file = once('file', argv.file as string)
    const templates = argv.templates === undefined ? undefined : templateFile(once('templates', argv.templates as string))
    if (argv.site !== undefined && !templates) throw new UsageError('--site names the capture\'s site in a template file; give that file with --templates.')
    const options: ExplainCommandOptions = {
      file,
      onlyCuts: argv['only-cuts'] === true,
      cleaner: {
        maxBytes,
        ...rulePackFolders(argv),
        ...(disable.length > 0 && { disable }),
        ...(language.length > 0 && { language }),
        ...(templates && { templates }),
      },
      site: argv.site !== undefined ? once('site', argv.site as string) : file === '-' ? undefined : siteOfFile(file),
    }
    return { run: () => explain(options) }
  },
}

async function explain(options: ExplainCommandOptions): Promise<0 | 1> {
  let cleaner
  try {
    cleaner = createCleaner(options.cleaner)
  } catch (error) {
    throw new UsageError(messageOf(error), { cause: error })
  }
  const label = options.file === '-' ? '<stdin>' : options.file
  let input: string
  let report: Report
  try {
    const bytes = await readInput({ source: options.file, label, stem: '', ...(options.file !== '-' && { file: options.file }) }, options.cleaner.maxBytes ?? DEFAULT_MAX_BYTES)
    // Decoded here as the cleaner decodes it, so that the report's offsets point into this text.
    input = decodeInput(bytes, { maxBytes: Number.MAX_SAFE_INTEGER }).text
    report = (await cleaner.clean(bytes, { source: options.file, site: options.site })).report
  } catch (error) {
    printLine(`decruft: ${label}: ${describeError(error)}`)
    return 1
  }
  for (const warning of report.warnings) printLine(`decruft: ${label}: warning: ${warning.message}`)
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  const lines = report.kind === 'text' ? explainDocument(input, report, { onlyCuts: options.onlyCuts, colour }) : listHtmlCuts(report)
  if (lines.length > 0) await writeChunk(STDOUT, `${lines.join('\n')}\n`)
  else if (options.onlyCuts) printLine(`decruft: ${label}: nothing was cut.`)
  return 0
}

/**
 * An HTML page's lines are markup, not what a reader sees: its cuts are listed instead, each with the line it
 * starts on, its selector and its visible text.
 */
function listHtmlCuts(report: Report): string[] {
  return report.cuts.map((cut) => `${cut.line} - ${cut.category} ${cut.rule}${cut.selector ? ` ${cut.selector}` : ''} │ ${cut.text.replace(/\s+/g, ' ').trim()}`)
}
