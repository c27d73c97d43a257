/**
 * `decruft learn`: learns each site's template over a batch and writes it as JSON, for
 * `decruft clean --templates FILE` to cut on as many machines as a pipeline runs on.
 */
import { DEFAULT_MAX_BYTES } from '../index.js'
import { UsageError } from './errors.js'
import { learnTemplates, siteByPattern } from './learn-templates.js'
import { once, type Subcommand } from './subcommand.js'
import { collectInputs, nameMatcher } from './walk.js'
import { writeOutputFile } from './write.js'
import { areWarcFiles } from './clean-warc.js'
import { printLine } from './run-log.js'

interface LearnCommandOptions {
  paths: string[]
  output: string
  jsonl: boolean
  include?: string
  siteBy?: string
  maxBytes: number
}

export const LEARN_COMMAND: Subcommand = {
  command: 'learn <paths..>',
  describe: "Learn each site's template (the lines on most of its pages) from a batch, for clean --templates.",
  builder: (yargs) =>
    yargs
      .usage(
        "$0 learn <paths..> -o FILE [options]\n\nReads a batch of pages and writes, per site, the lines that appear on at least 3 of its pages and half of them: its menus, footers and prompts. A site is the host of a JSON Lines record's \"url\" or of a WARC response's URL, else the folder that holds a file (or what --site-by matches in its path). decruft clean --templates FILE then cuts them, with the rule boilerplate/site-template.",
      )
      .positional('paths', { describe: 'Files or folders (walked recursively)', type: 'string', array: true })
      .options({
        output: { alias: 'o', describe: 'Write the templates to FILE (JSON)', type: 'string', requiresArg: true, demandOption: 'give the file to write the templates to, e.g. -o templates.json' },
        jsonl: { describe: 'The inputs hold JSON Lines records {"id", "url", "text"}', type: 'boolean', default: false },
        include: { describe: 'In folders, read only the files whose name matches this pattern, as a shell reads it (*, ?, [abc], braces)', type: 'string', requiresArg: true },
        'site-by': { describe: "Name a file's site by what this regular expression matches in its path (its first group, if any) instead of its folder", type: 'string', requiresArg: true },
        'max-bytes': { describe: 'Skip inputs (or records) larger than N bytes, as clean refuses them', type: 'number', default: DEFAULT_MAX_BYTES, requiresArg: true },
        debug: { describe: 'Print stack traces with errors', type: 'boolean', default: false },
      })
      .example([
        ['decruft learn crawl.jsonl --jsonl -o templates.json', 'Learn the templates of the sites in a crawl.'],
        ['decruft clean crawl.jsonl --jsonl --templates templates.json', 'Then clean it, here or on other machines.'],
      ]),
  prepare(argv) {
    const options: LearnCommandOptions = {
      paths: (argv.paths as string[]).map(String),
      output: once('output', argv.output as string),
      jsonl: argv.jsonl === true,
      include: once('include', argv.include as string | undefined),
      siteBy: once('site-by', argv['site-by'] as string | undefined),
      maxBytes: once('max-bytes', argv['max-bytes'] as number),
    }
    if (options.paths.includes('-')) throw new UsageError('decruft learn reads files, not standard input; save the stream to a file first.')
    if (options.siteBy !== undefined && options.jsonl) {
      throw new UsageError('--site-by names the sites of files; a JSON Lines record\'s site is the host of its "url", so leave out --site-by.')
    }
    return { run: () => learn(options) }
  },
}

async function learn(options: LearnCommandOptions): Promise<0> {
  const include = options.include === undefined ? undefined : nameMatcher(options.include)
  const { inputs, inputIds } = await collectInputs(options.paths, include)
  const records = areWarcFiles(inputs) ? 'warc' : options.jsonl ? 'jsonl' : undefined
  const templates = await learnTemplates(inputs, { records, siteBy: siteByPattern(options.siteBy), maxBytes: options.maxBytes })
  await writeOutputFile({ path: options.output }, `${JSON.stringify(templates, null, 2)}\n`, inputIds)
  const sites = Object.entries(templates.sites)
  const lines = sites.reduce((total, [, site]) => total + Object.keys(site.lines).length, 0)
  const learned = sites.filter(([, site]) => Object.keys(site.lines).length > 0).length
  printLine(`decruft: learned ${lines} template lines of ${learned} of ${sites.length} sites; wrote ${options.output}`)
  return 0
}
