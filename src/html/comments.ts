/**
 * Which of a page's threads (threads.ts) are reader comments. A thread is the comments under an article when
 * the article's own text comes before it and does not go on after it: Readability's article has prose
 * outside the thread above it, and little below it. A thread that holds the start of the article is the
 * page's content (a forum's posts, a Q&A page's answers), and so is every thread of a page that declares
 * itself a discussion; a dated list in the middle of an article (a timeline) has the article going on after
 * it.
 */
import type { Block } from '../types.js'
import { classify } from '../engine/classes.js'
import type { HtmlBlock } from './blocks.js'
import type { Thread } from './threads.js'

/** The article has at least this many words of prose of its own before its comments. */
const ARTICLE_BEFORE_WORDS = 30
/** And fewer than this many after them: more is the article going on past a list inside it. */
const ARTICLE_AFTER_WORDS = 30

export interface CommentsInput {
  threads: Thread[]
  /** The blocks of Readability's article, in page order. */
  article: HtmlBlock[]
  lines: Block[]
  /** The page declares itself a discussion (metadata.ts): its threads are its content. */
  discussion: boolean
}

export function commentThreads({ threads, article, lines, discussion }: CommentsInput): Thread[] {
  if (discussion || article.length === 0) return []
  return threads.filter((thread) => {
    if (thread.blocks.some((block) => block.role.type === 'heading' && block.role.level === 1)) return false
    const inThread = new Set(thread.blocks)
    const first = thread.blocks[0]!.index
    const last = thread.blocks[thread.blocks.length - 1]!.index
    let before = 0
    let after = 0
    for (const block of article) {
      if (inThread.has(block) || classify(lines[block.index]!) !== 'content') continue
      const words = lines[block.index]!.features.words
      if (block.index < first) before += words
      else if (block.index > last) after += words
    }
    return before >= ARTICLE_BEFORE_WORDS && after < ARTICLE_AFTER_WORDS
  })
}

/** The reason a comment thread's blocks are cut, as the end of "Removed <what>: <why>". */
export function threadReason(thread: Thread): string {
  const header = thread.evidence === 'marker' ? 'a header line that names it a comment' : 'a header line with a name and a time'
  return `it belongs to a thread of ${thread.items} sibling items after the article, each ${thread.headerFirst ? 'opened' : 'closed'} by ${header}`
}
