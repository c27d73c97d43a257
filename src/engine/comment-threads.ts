/**
 * Which comment threads of a capture (line-threads.ts) are reader comments, and their verdicts. A thread is
 * comments under a comments heading, under the article that its outweighing first item is, or below a main
 * text; it is the page's content at the top of the page and on a page that shows it is a discussion.
 */
import type { Block } from '../types.js'
import type { PhraseRuleDefinition } from '../rules/phrase-rule.js'
import type { ThreadHeaders } from '../rules/thread-rule.js'
import { isBetweenShortLines, type BlockClass } from './classes.js'
import type { LineThread } from './line-threads.js'
import { hasMainTextBefore } from './main-body.js'
import type { Verdict } from './verdict.js'

/**
 * The main text above a comment thread is at least as long as a typical comment, but never needs more
 * words than this: a short post draws long comments.
 */
const MAX_MAIN_TEXT_WORDS_ASKED = 100
/**
 * A comments heading heads a thread that starts at most this many lines below it: under "13 comments:", a
 * counter "1" or, when the headers close their items, the first comment.
 */
const HEADING_MAX_DISTANCE = 3
/** A page with this many lines that only a forum's posts show is a discussion: its threads are its content. */
const MIN_DISCUSSION_LINES = 3

/**
 * Which threads are reader comments, in this order of evidence:
 * 1. right under a heading that a comments rule matched ("13 comments:", "111 Responses to …"): the thread
 *    starts right under it, since when its headers close their items the first comment lies between;
 * 2. a first item that outweighs the others many times over: it is the article, the thread starts after it;
 * 3. a main text above the thread and its first item, at least as long as a typical item.
 * A thread at the top of the page is its content, a forum's posts; so is one under a few scattered
 * sentences (a forum's log-in notice), and so is every thread of a page whose lines show it is a discussion
 * (a forum member's "Joined:" card, Stack Exchange's "answered Mar 28, 2014").
 */
export function judgeThreads(
  threads: LineThread[],
  page: { blocks: Block[]; classes: BlockClass[]; noise: boolean[]; hits: (PhraseRuleDefinition | undefined)[] },
  rules: ThreadHeaders[],
): { comments: LineThread[]; content: LineThread[]; discussionLines: number[] } {
  const { blocks, classes, noise, hits } = page
  if (threads.length === 0) return { comments: [], content: [], discussionLines: [] }
  const discussionLines = blocks.flatMap((block, i) => (rules.some((rule) => rule.isDiscussionLine(block.text)) ? [i] : []))
  if (discussionLines.length >= MIN_DISCUSSION_LINES) return { comments: [], content: threads, discussionLines }
  // Between the heading and the first header lies at most a counter or one comment's paragraph, not the
  // article under a "Comments" link of its share bar.
  const headingAbove = (start: number) => {
    for (let i = start - 1; i >= Math.max(0, start - HEADING_MAX_DISTANCE); i--) {
      if (hits[i]?.kind === 'section' && hits[i]!.category === 'comments') return i
    }
    return -1
  }
  const comments: LineThread[] = []
  const content: LineThread[] = []
  for (const thread of threads) {
    const heading = headingAbove(thread.start)
    // Over a first item that outweighs the others, a comments link between two short lines is the article's
    // share bar ("4 Comments"), not the thread's heading: the article follows under its dateline.
    if (heading >= 0 && !(thread.firstItemOutweighs && isBetweenShortLines(classes, heading))) {
      comments.push({ ...thread, start: heading + 1 })
      continue
    }
    // With no comments heading above it, a first item that outweighs the others is the article under its
    // own dateline: the thread starts at the next header.
    if (thread.firstItemOutweighs) {
      const headers = thread.headers.filter((line) => line >= thread.secondHeader)
      comments.push({ ...thread, start: thread.secondHeader, items: thread.items - 1, headers })
      continue
    }
    const firstItem = thread.headerFirst ? thread.start : Math.max(0, thread.start - thread.itemLines)
    const minWords = Math.min(thread.itemWords, MAX_MAIN_TEXT_WORDS_ASKED)
    ;(hasMainTextBefore(firstItem, minWords, { blocks, classes, noise }) ? comments : content).push(thread)
  }
  return { comments, content, discussionLines: [] }
}

/** A comment thread takes its lines, but for those a widget rule of its own matched already (a section's). */
export function applyThreads(threads: LineThread[], blocks: Block[], rules: ThreadHeaders[] | undefined, verdicts: (Verdict | null)[]): void {
  const rule = rules?.[0]?.rule
  if (!rule) return
  for (const { start, end, items, evidence, headerFirst } of threads) {
    const header = evidence === 'marker' ? 'a line that marks it as a comment ("says:", "Reply")' : 'a line with a name and a time'
    const why = `it belongs to a comment thread below the main text (lines ${blocks[start]!.line}-${blocks[end - 1]!.line}): ${items} items, each ${headerFirst ? 'opened' : 'closed'} by ${header}`
    for (let i = start; i < end; i++) verdicts[i] ??= { rule: rule.id, category: rule.category, why }
  }
}
