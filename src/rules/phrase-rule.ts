/**
 * Phrase and section rules from the packs, compiled once per cleaner so that each block costs a few
 * lookups, whatever the number of rules:
 * - literal whole-line phrases go into one Map, keyed by the line's folded form;
 * - literal phrases that a line contains are looked up by the line's words (word-phrases.ts);
 * - patterns go into combined regular expressions, one named group per rule, split into chunks small enough
 *   for V8 to optimise (past about 20 KB of source it stops, and matching slows a hundredfold).
 * When several rules match a block, the first in pack order wins, whole-line rules before contains rules.
 */
import type { Block, RuleMeta } from '../types.js'
import { WordPhrases } from './word-phrases.js'
import { byDistinctText } from '../text/by-text.js'

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
/** One edge character, tested on one code point at a time. */
const EDGE_CHARACTER = /^[\s\p{P}\p{S}\p{N}]$/u
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`
/** Whole-line phrases are widget labels; a line longer than this is never one... */
const LINE_RULE_MAX_WORDS = 20
/**
 * ...nor one longer than this in characters: twenty words take a few hundred. A single word of a hundred
 * thousand characters (a token run together, a data URL) would otherwise be tried by every line pattern.
 */
const LINE_RULE_MAX_CHARS = 1_000
/** Source size of one combined expression, under the size at which V8 stops optimising it. */
const CHUNK_SOURCE_LIMIT = 16_000
/**
 * Contains rules are grouped by how long a line they allow, so that a line of prose is scanned only by the
 * few rules that allow its length: scanning costs characters times rules, and prose lines are the long ones.
 */
const WORD_LIMIT_BANDS = [8, 12, 20, 30, 45, 60]

interface RuleAt {
  rule: PhraseRuleDefinition
  /** The rule's place in pack order: when several rules match a block, the first wins. */
  order: number
}

interface Chunk {
  expression: RegExp
  /** Rules by group name. */
  rules: Map<string, RuleAt>
  /** Lines with more words than every rule of the chunk allows are not scanned. */
  maxWords: number
}

export class PhraseMatcher {
  private readonly lineLookup = new Map<string, RuleAt>()
  private readonly lineChunks: Chunk[]
  private readonly containsPhrases = new WordPhrases<RuleAt>()
  private readonly containsChunks: Chunk[]

  constructor(rules: PhraseRuleDefinition[]) {
    const linePatterns: Alternative[] = []
    const contains: Alternative[] = []
    rules.forEach((rule, order) => {
      const phrases = Object.values(rule.phrases).flat()
      const patterns = Object.values(rule.patterns).flat().map((pattern) => `(?:${pattern})`)
      if (rule.match === 'line') {
        // A phrase of symbols only ("☰") folds to nothing, so it is matched as a pattern.
        const symbols: string[] = []
        for (const phrase of phrases) {
          const key = foldLine(phrase)
          if (!key) {
            symbols.push(phraseToPattern(phrase))
            continue
          }
          const known = this.lineLookup.get(key)
          if (!known || known.order > order) this.lineLookup.set(key, { rule, order })
        }
        if (patterns.length + symbols.length) linePatterns.push({ rule, order, source: [...symbols, ...patterns].join('|') })
      } else {
        // Phrases inside a line are whole words; patterns set their own edges ("Maroc2 days ago"). A phrase of
        // symbols only has no words to look up, so it is matched as a pattern.
        const symbols = phrases.filter((phrase) => !this.containsPhrases.add(phrase, { rule, order }))
        const edged = symbols.length ? [`${NOT_WORD_BEFORE}(?:${symbols.map(phraseToPattern).join('|')})${NOT_WORD_AFTER}`] : []
        if (edged.length + patterns.length) contains.push({ rule, order, source: [...edged, ...patterns].join('|') })
      }
    })
    this.lineChunks = chunk(linePatterns, (body) => `^${EDGE}(?:${body})${EDGE}$`, 'u', LINE_RULE_MAX_WORDS)
    const band = (maxWords: number) => WORD_LIMIT_BANDS.findIndex((limit) => maxWords <= limit)
    this.containsChunks = [...WORD_LIMIT_BANDS.keys(), -1].flatMap((b) =>
      chunk(contains.filter(({ rule }) => band(rule.maxWords) === b), (body) => body, 'gu', Infinity),
    )
  }

  /** The match of every block of one document: what a line matches depends on its text alone. */
  matchAll(blocks: Block[]): (PhraseRuleDefinition | undefined)[] {
    return byDistinctText(blocks, (block) => this.match(block))
  }

  /** The first rule (in pack order) that matches the block, if any. */
  match(block: Block): PhraseRuleDefinition | undefined {
    const { words } = block.features
    const text = plainSpaces(block.text)
    if (words <= LINE_RULE_MAX_WORDS && text.length <= LINE_RULE_MAX_CHARS) {
      let best = this.lineLookup.get(foldLine(text))
      for (const { expression, rules } of this.lineChunks) {
        const found = expression.exec(text)
        const hit = found?.groups && rules.get(matchedGroup(found.groups))
        if (hit && (!best || hit.order < best.order)) best = hit
      }
      if (best) return best.rule
    }
    let best: RuleAt | undefined
    const consider = (hit: RuleAt) => {
      if (words <= hit.rule.maxWords && (!best || hit.order < best.order)) best = hit
    }
    this.containsPhrases.forEachIn(block.features.normalised, consider)
    for (const { expression, rules, maxWords } of this.containsChunks) {
      if (words > maxWords) continue
      // A match refused for its rule's length limit must not hide a later, overlapping one: step one on.
      expression.lastIndex = 0
      for (let found = expression.exec(text); found; found = expression.exec(text)) {
        consider(rules.get(matchedGroup(found.groups!))!)
        expression.lastIndex = found.index + 1
      }
    }
    return best?.rule
  }
}

interface Alternative {
  rule: PhraseRuleDefinition
  order: number
  source: string
}

function chunk(alternatives: Alternative[], wrap: (body: string) => string, flags: string, wordCap: number): Chunk[] {
  const chunks: Chunk[] = []
  let current: Alternative[] = []
  let size = 0
  const close = () => {
    if (current.length === 0) return
    const rules = new Map(current.map((alternative, i) => [`r${i}`, alternative]))
    const body = current.map((alternative, i) => `(?<r${i}>${alternative.source})`).join('|')
    const maxWords = Math.min(wordCap, Math.max(...current.map(({ rule }) => rule.maxWords)))
    chunks.push({ expression: new RegExp(wrap(body), `i${flags}`), rules, maxWords })
    current = []
    size = 0
  }
  for (const alternative of alternatives) {
    if (size + alternative.source.length > CHUNK_SOURCE_LIMIT) close()
    current.push(alternative)
    size += alternative.source.length
  }
  close()
  return chunks
}

/**
 * Every white-space character as a plain space: pack patterns write a space for the gap between words, and
 * captures are full of no-break spaces ("Filter by\u00a0Deals") and tabs. One character for one, so that
 * match positions stay those of the line.
 */
function plainSpaces(text: string): string {
  return text.replace(/[^\S ]/g, ' ')
}

/** A line as whole-line phrases are looked up: no edge punctuation or counters, one case, one apostrophe, single spaces. */
function foldLine(text: string): string {
  return trimEdges(text).toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')
}

/**
 * The line without its edge characters. A loop, not a replace with /^EDGE|EDGE$/g: that expression tries its
 * second branch at every position of every line, and took twice this loop's time on the dev captures.
 */
function trimEdges(text: string): string {
  let start = 0
  let end = text.length
  while (start < end) {
    const character = String.fromCodePoint(text.codePointAt(start)!)
    if (!EDGE_CHARACTER.test(character)) break
    start += character.length
  }
  while (end > start) {
    // A symbol outside the Basic Multilingual Plane is a surrogate pair: step back over both halves.
    const lowSurrogate = text.charCodeAt(end - 1) >= 0xdc00 && text.charCodeAt(end - 1) <= 0xdfff
    const width = lowSurrogate && end - start >= 2 ? 2 : 1
    if (!EDGE_CHARACTER.test(text.slice(end - width, end))) break
    end -= width
  }
  return text.slice(start, end)
}

/** A literal phrase, tolerant of the spacing and apostrophe variants that captures are full of. */
function phraseToPattern(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, String.raw`\s+`)
}

function matchedGroup(groups: Record<string, string | undefined>): string {
  for (const [name, value] of Object.entries(groups)) if (value !== undefined) return name
  throw new Error('A combined phrase expression matched without a rule group; this is a bug in decruft.')
}
