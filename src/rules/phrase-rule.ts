/**
 * Phrase and section rules from the packs, compiled into two combined regular expressions (one for whole-line
 * matches, one for short lines that contain a phrase), so that each block is scanned once, whatever the
 * number of rules. One named group per rule tells which rule matched.
 */
import type { Block, RuleMeta } from '../types.js'

export interface PhraseRuleDefinition extends RuleMeta {
  kind: 'phrase' | 'section'
  match: 'line' | 'contains'
  /** contains rules only: lines with more words are prose and never match. */
  maxWords: number
  phrases: Record<string, string[]>
  patterns: Record<string, string[]>
}

/** Characters that may surround a whole-line phrase: bullets, counters, colons, ellipses, arrows. */
const EDGE = String.raw`[\s\p{P}\p{S}\p{N}]*`
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`
/** Whole-line phrases are widget labels; a line longer than this is never one. */
const LINE_RULE_MAX_WORDS = 20

export class PhraseMatcher {
  private readonly lineRules: PhraseRuleDefinition[]
  private readonly containsRules: PhraseRuleDefinition[]
  private readonly lineExpression: RegExp | null
  private readonly containsExpression: RegExp | null
  private readonly containsMaxWords: number

  constructor(rules: PhraseRuleDefinition[]) {
    this.lineRules = rules.filter((rule) => rule.match === 'line')
    this.containsRules = rules.filter((rule) => rule.match === 'contains')
    this.lineExpression = combine(this.lineRules, (phrase) => phrase, (body) => `^${EDGE}(?:${body})${EDGE}$`, 'iu')
    // Phrases inside a line must be whole words; patterns set their own edges ("Maroc2 days ago" glues words).
    const wholeWords = (phrase: string) => `${NOT_WORD_BEFORE}${phrase}${NOT_WORD_AFTER}`
    this.containsExpression = combine(this.containsRules, wholeWords, (body) => body, 'giu')
    this.containsMaxWords = Math.max(0, ...this.containsRules.map((rule) => rule.maxWords))
  }

  /** The first rule (in pack order) that matches the block, if any. */
  match(block: Block): PhraseRuleDefinition | undefined {
    const { words } = block.features
    if (this.lineExpression && words <= LINE_RULE_MAX_WORDS) {
      const found = this.lineExpression.exec(block.text)
      if (found?.groups) return this.lineRules[matchedRule(found.groups)]
    }
    if (this.containsExpression && words <= this.containsMaxWords) {
      for (const found of block.text.matchAll(this.containsExpression)) {
        const rule = this.containsRules[matchedRule(found.groups!)]!
        if (words <= rule.maxWords) return rule
      }
    }
    return undefined
  }
}

function combine(
  rules: PhraseRuleDefinition[],
  wrapPhrase: (phrase: string) => string,
  wrap: (body: string) => string,
  flags: string,
): RegExp | null {
  if (rules.length === 0) return null
  const body = rules.map((rule, index) => `(?<r${index}>${alternatives(rule, wrapPhrase)})`).join('|')
  return new RegExp(wrap(body), flags)
}

function alternatives(rule: PhraseRuleDefinition, wrapPhrase: (phrase: string) => string): string {
  const phrases = Object.values(rule.phrases).flat().map((phrase) => wrapPhrase(phraseToPattern(phrase)))
  const patterns = Object.values(rule.patterns).flat().map((pattern) => `(?:${pattern})`)
  return [...phrases, ...patterns].join('|')
}

/** A literal phrase, tolerant of the spacing and apostrophe variants that captures are full of. */
export function phraseToPattern(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, String.raw`\s+`)
}

function matchedRule(groups: Record<string, string | undefined>): number {
  for (const [name, value] of Object.entries(groups)) if (value !== undefined) return Number(name.slice(1))
  throw new Error('A combined phrase expression matched without a rule group; this is a bug in decruft.')
}
