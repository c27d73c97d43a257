/**
 * Thread rules: the HTML-only rule kind that finds reader-comment threads by their structure (threads.ts).
 * A pack gives the words of a comment's header line, by language, as regular expressions: markers where a
 * header puts them ("Anna says:", "Posted by Anna", a "Reply" button at the line's end) and time expressions
 * ("12 March 2012", "3 days ago", "10:42"). The structure does the rest, in any
 * language and under any class name; the words only tell a header line from a body line.
 */
import type { RuleMeta } from '../types.js'

export interface ThreadRuleDefinition extends RuleMeta {
  kind: 'thread'
  /** Regular expressions for the markers of a comment's header line, by language, anchored where a header puts them. */
  markers: Record<string, string[]>
  /** Regular expressions for dates and times, by language or '*'. */
  times: Record<string, string[]>
}

export function isThreadRule(rule: { kind: string }): rule is ThreadRuleDefinition {
  return rule.kind === 'thread'
}

/** A header line is short: a name, a date, a few links. */
const HEADER_MAX_WORDS = 12
/** Beside its time, a header holds a name: at most this many words. */
const NAME_MAX_WORDS = 6
/**
 * A line that ends like a sentence is text, not a header: '"It was a joke," says Ms Hale.' Two letters, not
 * \p{L}{2,}: a quantifier before the end backtracks through a long word from every start, in time square in
 * its length.
 */
const SENTENCE_END = /\p{L}\p{L}[.!?]["'”’»)\]]*$/u
/** The words of a name: what is left of a header beside its time. */
const NAME_WORD = /\p{L}{2,}/gu

/** What makes a line a comment's header. */
export type HeaderEvidence = 'marker' | 'name and time'

/** A thread rule compiled once per cleaner: one expression for its markers, one for its times. */
export class ThreadHeaders {
  private readonly markers: RegExp | null
  private readonly times: RegExp | null

  constructor(readonly rule: ThreadRuleDefinition) {
    this.markers = combined(Object.values(rule.markers).flat(), 'iu')
    this.times = combined(Object.values(rule.times).flat(), 'giu')
  }

  /**
   * Why a line reads as a comment's header, or null: it is short and no sentence, and it holds a marker, or
   * a time beside a few other words (a name). A time alone ("March 2012") heads a timeline's entry as well
   * as a comment.
   */
  evidence(text: string, words: number): HeaderEvidence | null {
    if (words === 0 || words > HEADER_MAX_WORDS) return null
    const plain = text.replace(/\s+/g, ' ').trim()
    if (SENTENCE_END.test(plain)) return null
    if (this.markers?.test(plain)) return 'marker'
    if (!this.times) return null
    this.times.lastIndex = 0
    if (!this.times.test(plain)) return null
    const names = plain.replace(this.times, ' ').match(NAME_WORD)?.length ?? 0
    return names > 0 && names <= NAME_MAX_WORDS ? 'name and time' : null
  }
}

function combined(patterns: string[], flags: string): RegExp | null {
  return patterns.length ? new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), flags) : null
}
