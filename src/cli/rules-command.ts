/**
 * `decruft rules`: every rule the cleaner knows, with its id, category, languages and description, as text
 * grouped by category or as JSON; filtered by category or language. Unfiltered, the text also lists the stages
 * that --disable switches off, with what each does.
 */
import { CATEGORIES, createCleaner, isCategory, STAGE_INFO, type RuleMeta, type StageInfo } from '../index.js'
import { UsageError, messageOf } from './errors.js'
import { commaList, rulePackFolders, RULE_PACK_OPTIONS, type Subcommand } from './subcommand.js'
import { STDOUT, writeChunk } from './write.js'

interface RulesOptions {
  json: boolean
  categories: string[]
  languages: string[]
  packs: { rules?: string; extraRules?: string[] }
}

export const RULES_COMMAND: Subcommand = {
  command: 'rules',
  describe: 'List every rule with its id, category, languages and description.',
  builder: (yargs) =>
    yargs
      .usage('$0 rules [options]\n\nLists every rule decruft knows: the rule packs\' rules and the rules written in code; then, without filters, the stages that --disable stage:<name> switches off.')
      .options({
        json: { describe: 'Print a JSON array of {id, category, languages, description, examples}', type: 'boolean', default: false },
        category: { describe: `Only this category (repeatable, or comma-separated): ${CATEGORIES.join(', ')}`, type: 'string', requiresArg: true },
        language: { describe: 'Only the rules for this language, e.g. fr, plus the language-independent ones (repeatable, or comma-separated)', type: 'string', requiresArg: true },
        ...RULE_PACK_OPTIONS,
        debug: { describe: 'Print stack traces with errors', type: 'boolean', default: false },
      })
      .example([
        ['decruft rules --category comments', 'The rules that cut comment widgets.'],
        ['decruft rules --language ar --json', 'The rules that apply to Arabic pages, as JSON.'],
      ]),
  prepare(argv) {
    const options: RulesOptions = {
      json: argv.json === true,
      categories: commaList(argv.category),
      languages: commaList(argv.language).map((language) => language.toLowerCase()),
      packs: rulePackFolders(argv),
    }
    const unknown = options.categories.filter((category) => !isCategory(category))
    if (unknown.length > 0) throw new UsageError(`"${unknown[0]}" is not a category; choose one of ${CATEGORIES.join(', ')}.`)
    return { run: () => listRules(options) }
  },
}

async function listRules(options: RulesOptions): Promise<0> {
  let rules: RuleMeta[]
  try {
    rules = createCleaner(options.packs).rules
  } catch (error) {
    throw new UsageError(messageOf(error), { cause: error })
  }
  const chosen = rules.filter((rule) => matches(rule, options)).sort(byCategoryThenId)
  if (options.json) {
    const listed = chosen.map(({ id, category, languages, description, examples }) => ({ id, category, languages, description, examples }))
    await writeChunk(STDOUT, `${JSON.stringify(listed, null, 2)}\n`)
  } else {
    const filtered = options.categories.length > 0 || options.languages.length > 0
    await writeChunk(STDOUT, chosen.length === 0 ? 'No rule matches these filters.\n' : formatRules(chosen) + (filtered ? '' : `\n${formatStages(STAGE_INFO)}`))
  }
  return 0
}

/** A language filter keeps the language-independent rules too, as --language does when cleaning. */
function matches(rule: RuleMeta, options: RulesOptions): boolean {
  if (options.categories.length > 0 && !options.categories.includes(rule.category)) return false
  if (options.languages.length === 0) return true
  return rule.languages.includes('*') || rule.languages.some((language) => options.languages.includes(language))
}

function byCategoryThenId(a: RuleMeta, b: RuleMeta): number {
  return CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** One block per category; each rule on a line with its languages, its description indented below. */
function formatRules(rules: RuleMeta[]): string {
  const lines: string[] = []
  let category = ''
  for (const rule of rules) {
    if (rule.category !== category) {
      category = rule.category
      const count = rules.filter((other) => other.category === category).length
      lines.push(`${lines.length > 0 ? '\n' : ''}${category} (${count} rule${count === 1 ? '' : 's'})`)
    }
    const languages = rule.languages.includes('*') ? 'any language' : rule.languages.join(' ')
    lines.push(`  ${rule.id}  [${languages}]`, `      ${rule.description}`)
  }
  return `${lines.join('\n')}\n`
}

/** The stages as one more block, named as --disable takes them. */
function formatStages(stages: readonly StageInfo[]): string {
  const lines = [`stages (${stages.length}, switched off with --disable stage:<name>)`]
  for (const stage of stages) lines.push(`  stage:${stage.name}`, `      ${stage.description}`)
  return `${lines.join('\n')}\n`
}
