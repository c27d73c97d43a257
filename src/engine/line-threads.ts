/**
 * Reader-comment threads in a capture, found by the shape of their lines: a run of items, each opened by a
 * short header line (a name and a time, "Anna says:", a "Reply" button) followed by the comment's own text.
 * A capture has no markup, so the headers of one thread are known by their own shape instead: the format of
 * their time ("July 26, 2012 at 3:56 pm" and "July 9, 2012 at 12:33 pm" share one) and what follows it.
 * The article's byline ("by Paulo Coelho on June 27, 2012") has another shape, so it never joins the thread.
 *
 * The header may also close its item: a teaser's byline under its title, Stack Exchange's "answered Mar 28,
 * 2014" under each answer. Such a thread ends at its last header, and its first item's text lies above it.
 *
 * A thread is not always noise: a forum's posts have the same shape and are the page's content. The engine
 * judges which threads are comments (decide.ts).
 */
import type { Block } from '../types.js'
import type { HeaderEvidence, ThreadHeaders } from '../rules/thread-rule.js'
import type { BlockClass } from './classes.js'
import { byDistinctText } from '../text/by-text.js'

/** A thread has at least this many items: two dated paragraphs are not yet a thread. */
const MIN_ITEMS = 3
/** At least this share of the gaps between headers hold a comment's text. */
const MIN_GAPS_WITH_TEXT = 2 / 3
/** A comment's text has at least this many words: "Thanks!" is a text, a lone counter is not. */
const TEXT_MIN_WORDS = 2
/** The characters of a header's shape taken after its last time: "pm (#40750383)", not the whole line. */
const TAIL_CHARS = 16
/** A header is a name and a time, and perhaps a button after them ("… at 1:24 am. Reply"): never more sentences. */
const HEADER_MAX_SENTENCES = 2
/** A first item with this many times the words of a typical item, and at least ARTICLE_MIN_WORDS, outweighs them. */
const ARTICLE_FACTOR = 3
const ARTICLE_MIN_WORDS = 150
/**
 * Characters of code and queries, which a name and a time never hold: "> '2020-08-01 17:00 UTC'::timestamptz".
 * Braces are no such sign: blog names hold them ("Jen@Living a Listful{l} Life").
 */
const CODE_SYMBOLS = /[<>=;]|::/

export interface LineThread {
  /** The first line of the thread: its first header. */
  start: number
  /** Exclusive: after the last item's text. */
  end: number
  items: number
  evidence: HeaderEvidence
  /** The header lines, in order. */
  headers: number[]
  /** Whether the header line opens each item or closes it. */
  headerFirst: boolean
  /**
   * The first item outweighs the others many times over: it may be the article under a dateline of the
   * comments' shape ("Mon Oct 29, 2012 9:47 AM EDT"), which the engine judges (decide.ts).
   */
  firstItemOutweighs: boolean
  /** The header of the second item, where the thread starts if its first item is the article. */
  secondHeader: number
  /** The lines of a typical item: for a thread whose headers close their items, the first item's text above `start`. */
  itemLines: number
  /** The words of prose of a typical item. */
  itemWords: number
}

/** The threads among the lines, none overlapping, in document order. */
export function findLineThreads(blocks: Block[], classes: BlockClass[], headers: ThreadHeaders[]): LineThread[] {
  // A line of code or of several sentences is no header, whatever dates it holds (a log, a reference).
  const headerKeys = byDistinctText(blocks, (block) => {
    const kind = isHeaderLike(block) ? evidenceOf(block, headers) : null
    return kind && { kind, key: `${kind} ${shapeOf(block.text, headers)}` }
  })
  const evidence = headerKeys.map((header) => header?.kind ?? null)
  const byShape = new Map<string, number[]>()
  headerKeys.forEach((header, i) => {
    if (!header) return
    const { key } = header
    const group = byShape.get(key)
    if (group) group.push(i)
    else byShape.set(key, [i])
  })
  const isText = (i: number) => !evidence[i] && blocks[i]!.features.words >= TEXT_MIN_WORDS
  const threads: LineThread[] = []
  for (const group of byShape.values()) {
    if (group.length < MIN_ITEMS || !namesDiffer(group, blocks, evidence, headers)) continue
    const closing = group.filter((i) => headers.some((rule) => rule.closesItem(blocks[i]!.text))).length
    const thread = threadOf(group, blocks, classes, evidence, isText, closing * 2 >= group.length)
    if (thread) threads.push(thread)
  }
  return merged(threads)
}

/**
 * Commenters' names differ. Dated headers that all say the same beside their dates ("Date: …", "Published on
 * … IST") are the fields of a template; headers that are nothing but a time (the name on a line of its own)
 * may make a thread.
 */
function namesDiffer(group: number[], blocks: Block[], evidence: (HeaderEvidence | null)[], headers: ThreadHeaders[]): boolean {
  if (evidence[group[0]!] !== 'name and time') return true
  const nameOf = (i: number) => headers[0]!.distinctiveNameWords(blocks[i]!.text).join(' ')
  const names = new Set(group.map(nameOf))
  return names.size > 1 || names.has('')
}

function isHeaderLike({ text, features }: Block): boolean {
  return !features.codeLike && !CODE_SYMBOLS.test(text) && features.sentences <= HEADER_MAX_SENTENCES
}

function evidenceOf(block: Block, headers: ThreadHeaders[]): HeaderEvidence | null {
  for (const rule of headers) {
    const found = rule.evidence(block.text, block.features.words)
    if (found) return found
  }
  return null
}

/**
 * The shape of a header line: the punctuation of the stretch from its first time to its last, and of the
 * start of what follows ("x,x:x" + "x" for "July 26, 2012 at 3:56 pm"). The name before the time, which
 * changes with every comment, is left out. A header without a time (a marker) is shaped by its whole text.
 */
function shapeOf(text: string, headers: ThreadHeaders[]): string {
  for (const rule of headers) {
    const span = rule.timeSpan(text)
    if (span) return `${squash(text.slice(span.start, span.end))}|${squash(text.slice(span.end, span.end + TAIL_CHARS))}`
  }
  return squash(text.toLowerCase())
}

/** Words and numbers become one mark, spaces go: "3 days ago" and "two days ago" have one shape, "May 2, 2012 at 9:05" another. */
function squash(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, 'x').replace(/\s+/g, '').replace(/x+/g, 'x')
}

/**
 * The thread that one shape of headers makes, or null. It runs from the first header to the end of the last
 * item. The headers open their items when a text follows the last one and most of them end with no button
 * that closes a comment: that text runs on as long as the longest gap between headers, up to the next
 * header line of any shape or a line without words. Otherwise they close them, and the thread ends at the
 * last header.
 */
function threadOf(
  group: number[],
  blocks: Block[],
  classes: BlockClass[],
  evidence: (HeaderEvidence | null)[],
  isText: (i: number) => boolean,
  headersClose: boolean,
): LineThread | null {
  let gapsWithText = 0
  const gaps: number[] = []
  const gapWords: number[] = []
  for (let k = 1; k < group.length; k++) {
    const [from, to] = [group[k - 1]! + 1, group[k]!]
    let words = 0
    let hasText = false
    for (let i = from; i < to; i++) {
      if (classes[i] === 'content') words += blocks[i]!.features.words
      hasText ||= isText(i)
    }
    if (hasText) gapsWithText++
    gaps.push(to - from)
    gapWords.push(words)
  }
  if (gapsWithText < MIN_GAPS_WITH_TEXT * (group.length - 1)) return null
  const start = group[0]!
  let end = group[group.length - 1]! + 1
  // The last item's text follows its header within a typical item's lines, past a name or an avatar's alt text.
  const textAfter = (i: number) => isText(i) && classes[i] !== 'short'
  let next = end
  while (next < Math.min(blocks.length, end + median(gaps)) && !evidence[next] && !textAfter(next)) next++
  const headerFirst = !headersClose && next < blocks.length && textAfter(next)
  const others = gapWords.slice(1)
  // The text between the first two headers, whether they open or close their items: under a dateline of the
  // comments' shape, the article runs to the next header (then with the first comment, when headers close).
  const firstItemOutweighs = group.length - 1 >= MIN_ITEMS && gapWords[0]! >= Math.max(ARTICLE_MIN_WORDS, ARTICLE_FACTOR * median(others))
  if (headerFirst) {
    const limit = Math.min(blocks.length, end + Math.max(...gaps))
    while (end < limit && !evidence[end] && blocks[end]!.features.words > 0) end++
  }
  const kinds = new Set(group.map((i) => evidence[i]))
  return {
    start,
    end,
    items: group.length,
    headers: group,
    evidence: kinds.has('name and time') ? 'name and time' : 'marker',
    headerFirst,
    firstItemOutweighs,
    secondHeader: group[1]!,
    itemLines: median(gaps),
    itemWords: median(gapWords),
  }
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!
}

/**
 * Threads whose lines overlap are one thread: a "Reply" button under each comment makes a thread of its own
 * shape inside the one its dated headers make. The merged thread counts the items of the larger.
 */
function merged(threads: LineThread[]): LineThread[] {
  const sorted = [...threads].sort((a, b) => a.start - b.start)
  const result: LineThread[] = []
  for (const thread of sorted) {
    const last = result[result.length - 1]
    if (last && thread.start < last.end) {
      const larger = thread.items > last.items ? thread : last
      const headers = [...last.headers, ...thread.headers].sort((a, b) => a - b)
      result[result.length - 1] = { ...larger, start: last.start, end: Math.max(last.end, thread.end), headers }
    } else {
      result.push(thread)
    }
  }
  return result
}
