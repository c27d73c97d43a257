/**
 * Compiles the rule packs and the switches of one cleaner, once: the pipeline receives a matcher and a
 * predicate, never the options.
 */
import { PhraseMatcher, type PhraseRuleDefinition } from './rules/phrase-rule.js'
import type { PackRule } from './rules/load-packs.js'
import { isSelectorRule, type SelectorRuleDefinition } from './html/selector-rule.js'
import { isThreadRule, ThreadHeaders } from './rules/thread-rule.js'
import { CODE_RULES } from './kinds/code-rules.js'
import { HTML_CODE_RULES, SWITCHABLE_HTML_STAGES, type HtmlStageName } from './html/stages/index.js'
import { ENGINE_STAGES, type EngineStageName, type StageInfo } from './engine/stages.js'
import { isCategory, type RuleMeta } from './types.js'

export type StageName = EngineStageName | HtmlStageName

/** The stages that `disable: ['stage:<name>']` switches off: the text engine's, then the HTML pipeline's. */
export const STAGE_INFO: readonly StageInfo<StageName>[] = [...ENGINE_STAGES, ...SWITCHABLE_HTML_STAGES].map(({ name, description }) => ({ name, description }))
export const STAGES: readonly StageName[] = STAGE_INFO.map((stage) => stage.name)

/** A rule id or a category, or `stage:` and the name of a stage: a misspelt stage name does not compile. */
export type Switch<Id extends string> = Id extends `stage:${infer Name}` ? (Name extends StageName ? Id : never) : Id
export type IsEnabled = <Id extends string>(idOrStage: Id & Switch<Id>) => boolean

export interface CompiledRules {
  matcher: PhraseMatcher
  /** The switched-on selector rules, for HTML pages. */
  selectorRules: SelectorRuleDefinition[]
  /** The switched-on thread rules, compiled, for HTML pages. */
  threadRules: ThreadHeaders[]
  isEnabled: IsEnabled
  /** Every rule this cleaner knows, switched on or not: for listings and examples. */
  rules: RuleMeta[]
}

export class OptionError extends Error {}

export function compileRules(packRules: PackRule[], disable: string[] = [], languages: string[] = []): CompiledRules {
  const rules: RuleMeta[] = [...packRules, ...CODE_RULES, ...HTML_CODE_RULES]
  const known = new Set([...rules.map((rule) => rule.id), ...STAGES.map((stage) => `stage:${stage}`)])
  for (const entry of disable) {
    if (!known.has(entry) && !isCategory(entry))
      throw new OptionError(`Cannot disable "${entry}": it is not a rule id, a category or a stage (stage:${STAGES.join(', stage:')}). Rule ids are those of the packs in rules/*.yaml and ${[...CODE_RULES, ...HTML_CODE_RULES].map((rule) => rule.id).join(', ')}.`)
  }
  const off = new Set(disable)
  const categoryOf = new Map(rules.map((rule) => [rule.id, rule.category]))
  const speaks = (rule: RuleMeta) =>
    languages.length === 0 || rule.languages.includes('*') || rule.languages.some((l) => languages.includes(l))
  const isEnabled: IsEnabled = (idOrStage) => {
    if (off.has(idOrStage)) return false
    const category = categoryOf.get(idOrStage)
    return category === undefined || !off.has(category)
  }
  const active = packRules.filter((rule) => isEnabled(rule.id) && speaks(rule))
  const phraseRules = active.filter((rule): rule is PhraseRuleDefinition => !isSelectorRule(rule) && !isThreadRule(rule))
  return {
    matcher: new PhraseMatcher(phraseRules),
    selectorRules: active.filter(isSelectorRule),
    threadRules: active.filter(isThreadRule).map((rule) => new ThreadHeaders(rule)),
    isEnabled,
    rules,
  }
}
