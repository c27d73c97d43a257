/**
 * Reads and validates the rule packs in a folder. This is the only place that touches the file system for
 * rules; the pipeline receives the validated definitions.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load as parseYaml } from 'js-yaml'
import { isCategory } from '../types.js'
import type { PackRuleSource, PackSource, PackEntry } from './pack-format.js'
import type { PhraseRuleDefinition } from './phrase-rule.js'
import type { SelectorRuleDefinition } from '../html/selector-rule.js'
import type { ThreadRuleDefinition } from './thread-rule.js'

/**
 * A rule from a pack: phrases and sections judge lines, selectors judge the elements of an HTML page, threads
 * its structure.
 */
export type PackRule = PhraseRuleDefinition | SelectorRuleDefinition | ThreadRuleDefinition

export class RulePackError extends Error {}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const LANGUAGE = /^(?:\*|[a-z]{2,3})$/

/** The rules of the packs in these folders, in folder order; a rule id may be defined only once among them all. */
export function loadPacks(...folders: string[]): PackRule[] {
  const rules = folders.flatMap(packsIn)
  const seen = new Set<string>()
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new RulePackError(`Rule ${rule.id} is defined twice; rule ids must be unique, so give a rule of your own a name of its own.`)
    seen.add(rule.id)
  }
  return rules
}

/** Every `*.yaml` pack in `folder`, in name order so that rule order is deterministic. */
function packsIn(folder: string): PackRule[] {
  let files: string[]
  try {
    files = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort()
  } catch {
    throw new RulePackError(`Cannot read the rule packs in ${folder}; pass a folder of .yaml rule packs.`)
  }
  if (files.length === 0) throw new RulePackError(`No .yaml rule packs found in ${folder}.`)
  return files.flatMap((file) => parsePack(readFileSync(join(folder, file), 'utf8'), file))
}

/** Parses and validates one pack; `file` names it in errors. */
export function parsePack(yaml: string, file: string): PackRule[] {
  const fail = (what: string): never => {
    throw new RulePackError(`Rule pack ${file}: ${what}`)
  }
  let pack: PackSource
  try {
    pack = parseYaml(yaml) as PackSource
  } catch (error) {
    const where = (error as Error).message.split('\n')[0]!.replace(/:\s*$/, '')
    return fail(`is not valid YAML (${where}); fix the file, or load another folder of packs.`)
  }
  if (!pack || typeof pack !== 'object') fail('is not a YAML mapping.')
  if (!isCategory(pack.category)) fail(`category "${pack.category}" is not in the fixed vocabulary.`)
  if (!Array.isArray(pack.rules) || pack.rules.length === 0) fail('has no rules.')
  const category = pack.category as PhraseRuleDefinition['category']
  return pack.rules.map((source: PackRuleSource): PackRule => {
    const where = `rule "${source?.name}"`
    if (!source?.name || !KEBAB.test(source.name)) fail(`${where} needs a kebab-case name.`)
    if (!source.description?.trim()) fail(`${where} needs a description.`)
    const { cut, keep } = source.examples ?? {}
    if (!Array.isArray(cut) || cut.length === 0 || !Array.isArray(keep) || keep.length === 0)
      fail(`${where} needs examples with at least one cut and one keep line.`)
    // YAML reads an unquoted "Label: (value)" as a mapping and 2025 as a number: an example is a line of text.
    const notText = [...cut!, ...keep!].find((example) => typeof example !== 'string')
    if (notText !== undefined) fail(`${where} has an example that YAML does not read as text (${JSON.stringify(notText)}); quote it.`)
    const meta = {
      id: `${category}/${source.name}`,
      category,
      description: source.description.trim(),
      examples: { cut: cut as string[], keep: keep as string[] },
    }
    if (source.kind === 'selector') return selectorRule(source, meta, where, fail)
    if (source.kind === 'thread') return threadRule(source, meta, where, fail)
    if (source.kind !== 'phrase' && source.kind !== 'section') fail(`${where}: kind must be phrase, section, selector or thread.`)
    const match = source.match ?? 'line'
    if (match !== 'line' && match !== 'contains') fail(`${where}: match must be line or contains.`)
    if (match === 'contains' && !(Number.isInteger(source.maxWords) && source.maxWords! > 0))
      fail(`${where}: a contains rule needs maxWords, so that it never matches inside prose.`)
    const phrases = entriesByLanguage(source.phrases, `${where} phrases`, fail)
    const patterns = entriesByLanguage(source.patterns, `${where} patterns`, fail)
    for (const list of Object.values(patterns)) for (const pattern of list) checkPattern(pattern, where, fail)
    if (Object.keys(phrases).length + Object.keys(patterns).length === 0) fail(`${where} has no phrases or patterns.`)
    const languages = [...new Set([...Object.keys(phrases), ...Object.keys(patterns)])].sort()
    return {
      ...meta,
      languages,
      kind: source.kind as PhraseRuleDefinition['kind'],
      match,
      maxWords: source.maxWords ?? Infinity,
      phrases,
      patterns,
    }
  })
}

/**
 * Selectors are checked for syntax when an HTML page first needs them (html/dom-rules.ts): checking them here
 * would load a DOM for every text capture.
 */
function selectorRule(
  source: PackRuleSource,
  meta: Pick<SelectorRuleDefinition, 'id' | 'category' | 'description' | 'examples'>,
  where: string,
  fail: (what: string) => never,
): SelectorRuleDefinition {
  if (!Array.isArray(source.selectors) || source.selectors.length === 0) fail(`${where}: a selector rule needs selectors.`)
  const selectors = entryTexts(source.selectors!, `${where} selectors`, fail)
  const notInside = source.notInside ?? []
  if (!Array.isArray(notInside) || notInside.some((entry) => typeof entry !== 'string' || !entry.trim()))
    fail(`${where}: notInside must be a list of selectors.`)
  for (const flag of ['spareProse', 'overlay', 'alwaysCut'] as const)
    if (source[flag] !== undefined && typeof source[flag] !== 'boolean') fail(`${where}: ${flag} must be true or false.`)
  // Selectors name markup, not words: they hold in every language.
  return {
    ...meta,
    languages: ['*'],
    htmlOnly: true,
    kind: 'selector',
    selectors,
    notInside,
    spareProse: source.spareProse ?? false,
    overlay: source.overlay ?? false,
    alwaysCut: source.alwaysCut ?? false,
  }
}

function threadRule(
  source: PackRuleSource,
  meta: Pick<ThreadRuleDefinition, 'id' | 'category' | 'description' | 'examples'>,
  where: string,
  fail: (what: string) => never,
): ThreadRuleDefinition {
  const markers = entriesByLanguage(source.markers, `${where} markers`, fail)
  const times = entriesByLanguage(source.times, `${where} times`, fail)
  const discussion = entriesByLanguage(source.discussion, `${where} discussion`, fail)
  const closers = entriesByLanguage(source.closers, `${where} closers`, fail)
  for (const list of [markers, times, discussion, closers].flatMap((groups) => Object.values(groups))) for (const pattern of list) checkPattern(pattern, where, fail)
  if (Object.keys(markers).length === 0 || Object.keys(times).length === 0) fail(`${where}: a thread rule needs markers and times.`)
  const languages = [...new Set([...Object.keys(markers), ...Object.keys(times)])].sort()
  return { ...meta, languages, kind: 'thread', markers, times, discussion, closers }
}

function entriesByLanguage(
  groups: Record<string, PackEntry[]> | undefined,
  where: string,
  fail: (what: string) => never,
): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [language, entries] of Object.entries(groups ?? {})) {
    if (!LANGUAGE.test(language)) fail(`${where}: "${language}" is not a language code or '*'.`)
    if (!Array.isArray(entries) || entries.length === 0) fail(`${where}: the ${language} group is empty.`)
    result[language] = entryTexts(entries, `${where} in ${language}`, fail)
  }
  return result
}

/** The texts of a list of entries; a risky entry (an object) must carry its why. */
function entryTexts(entries: PackEntry[], where: string, fail: (what: string) => never): string[] {
  return entries.map((entry) => {
    const text = typeof entry === 'string' ? entry : entry?.text
    if (typeof text !== 'string' || !text.trim()) fail(`${where}: an entry has no text.`)
    if (typeof entry === 'object' && !entry.why?.trim()) fail(`${where}: "${text}" needs its why.`)
    return text!.trim()
  })
}

function checkPattern(pattern: string, where: string, fail: (what: string) => never): void {
  // Named groups are reserved: the compiled matcher names one group per rule to tell which rule matched.
  if (pattern.includes('(?<') && !/\(\?<[=!]/.test(pattern)) fail(`${where}: pattern ${pattern} uses a named group.`)
  try {
    new RegExp(pattern, 'iu')
  } catch (error) {
    fail(`${where}: pattern ${pattern} is not a valid regular expression (${(error as Error).message}).`)
  }
}
