/**
 * Thread rules: the rule kind that finds reader-comment threads by their structure, among a page's elements
 * (html/threads.ts) or a capture's lines (engine/line-threads.ts).
 * A pack gives the words of a comment's header line, by language, as regular expressions: markers where a
 * header puts them ("Anna says:", "Posted by Anna", a "Reply" button at the line's end) and time expressions
 * ("12 March 2012", "3 days ago", "10:42"). The structure does the rest, in any
 * language and under any class name; the words only tell a header line from a body line. For captures, a
 * pack also gives the buttons that end a header which signs the comment above it (closers) and the lines
 * that only a forum's or a Q&A page's posts show (discussion).
 */
import type { RuleMeta } from '../types.js'

export interface ThreadRuleDefinition extends RuleMeta {
  kind: 'thread'
  /** Regular expressions for the markers of a comment's header line, by language, anchored where a header puts them. */
  markers: Record<string, string[]>
  /** Regular expressions for dates and times, by language or '*'. */
  times: Record<string, string[]>
  /**
   * Regular expressions for the lines that only a forum's or a Q&A page's posts show ("Joined: Feb 2019",
   * "Posts: 116", "answered Mar 28, 2014"), by language: in a capture, which has no metadata, they tell a
   * discussion, whose threads are its content, from an article with comments.
   */
  discussion: Record<string, string[]>
  /**
   * Regular expressions for the buttons that end a header line which closes its comment, by language: "by
   * Anna on May 2, 2012 at 1:26 pm. Reply #" stands under the comment it signs, as a lone "Reply" does.
   */
  closers: Record<string, string[]>
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
/** Shorter words ("by", "on", "at", "pm") join any name: they count for a name but do not tell names apart. */
const DISTINCTIVE_NAME_LETTERS = 3

/** What makes a line a comment's header. */
export type HeaderEvidence = 'marker' | 'name and time'

/** A thread rule compiled once per cleaner: one expression for each of its lists. */
export class ThreadHeaders {
  private readonly markers: RegExp | null
  private readonly times: RegExp | null
  private readonly discussion: RegExp | null
  private readonly closers: RegExp | null

  constructor(readonly rule: ThreadRuleDefinition) {
    this.markers = combined(Object.values(rule.markers).flat(), 'iu')
    this.times = combined(Object.values(rule.times).flat(), 'giu')
    this.discussion = combined(Object.values(rule.discussion).flat(), 'iu')
    this.closers = combined(Object.values(rule.closers).flat(), 'iu')
  }

  /** Whether a header line ends with a button that closes its comment ("Reply", "Report abuse"). */
  closesItem(text: string): boolean {
    return this.closers?.test(plainLine(text)) ?? false
  }

  /** Whether a line is one that only a forum's or a Q&A page's posts show. */
  isDiscussionLine(text: string): boolean {
    return this.discussion?.test(plainLine(text)) ?? false
  }

  /**
   * Why a line reads as a comment's header, or null: it is short and no sentence, and it holds a marker, or
   * a time beside a few other words (a name). A time alone ("March 2012") heads a timeline's entry as well
   * as a comment.
   */
  evidence(text: string, words: number): HeaderEvidence | null {
    if (words === 0 || words > HEADER_MAX_WORDS) return null
    const plain = plainLine(text)
    if (SENTENCE_END.test(plain)) return null
    if (this.markers?.test(plain)) return 'marker'
    if (!this.times) return null
    this.times.lastIndex = 0
    if (!this.times.test(plain)) return null
    const names = this.nameWords(plain)
    return names.length > 0 && distinctive(names).length <= NAME_MAX_WORDS ? 'name and time' : null
  }

  /** The words of a header beside its times that tell one commenter from another, lowercased. */
  distinctiveNameWords(text: string): string[] {
    return distinctive(this.nameWords(text)).map((word) => word.toLowerCase())
  }

  /** The words of a header beside its times: the commenter's name, and words such as "at" or "on". */
  private nameWords(text: string): string[] {
    return (this.times ? text.replace(this.times, ' ') : text).match(NAME_WORD) ?? []
  }

  /** Where the line's times lie: from the start of its first to the end of its last, or null. */
  timeSpan(text: string): { start: number; end: number } | null {
    if (!this.times) return null
    let span: { start: number; end: number } | null = null
    for (const match of text.matchAll(this.times)) {
      span ??= { start: match.index, end: 0 }
      span.end = match.index + match[0].length
    }
    return span
  }
}

function distinctive(words: string[]): string[] {
  return words.filter((word) => word.length >= DISTINCTIVE_NAME_LETTERS)
}

/** A line's text with its white space folded, as the lists' expressions read it. */
function plainLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function combined(patterns: string[], flags: string): RegExp | null {
  return patterns.length ? new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), flags) : null
}
