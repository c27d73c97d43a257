/**
 * Which of a page's threads (threads.ts) are reader comments. A thread is the comments under an article when
 * the article's own text comes before it and does not go on after it: there is prose above it, in
 * Readability's article or below the page's title heading (Readability sometimes takes a long thread for
 * the article and leaves the short post above it out), and little of Readability's article below it. A thread that holds the start of the article is the
 * page's content (a forum's posts, a Q&A page's answers), and so is every thread of a page that declares
 * itself a discussion; a dated list in the middle of an article (a timeline) has the article going on after
 * it.
 */
import type { Block } from '../types.js'
import { classify } from '../engine/classes.js'
import type { HtmlBlock } from './blocks.js'
import type { Thread } from './threads.js'
import { titleHeadingBefore } from './title-heading.js'

/** The article has at least this many words of prose of its own before its comments. */
const ARTICLE_BEFORE_WORDS = 30
/**
 * And after them fewer than this many, or than this share of the words before: more is the article going
 * on past a list inside it; less is a comment form's notes or a closing line.
 */
const ARTICLE_AFTER_WORDS = 30
const ARTICLE_AFTER_SHARE = 0.25

export interface CommentsInput {
  threads: Thread[]
  /** The page's blocks that no rule cut, in page order. */
  candidates: HtmlBlock[]
  title: string | null
  /** The blocks of Readability's article, in page order. */
  article: HtmlBlock[]
  lines: Block[]
  /** The page declares itself a discussion (metadata.ts): its threads are its content. */
  discussion: boolean
}

export function commentThreads({ threads, candidates, title, article, lines, discussion }: CommentsInput): Thread[] {
  if (discussion || article.length === 0) return []
  const inArticle = new Set(article)
  const inAnyThread = new Set(threads.flatMap((thread) => thread.blocks))
  return threads.filter((thread) => {
    if (thread.blocks.some((block) => block.role.type === 'heading' && block.role.level === 1)) return false
    const first = thread.blocks[0]!.index
    const last = thread.blocks[thread.blocks.length - 1]!.index
    const heading = titleHeadingBefore(candidates, first, title)
    const isProse = (block: HtmlBlock) => !inAnyThread.has(block) && classify(lines[block.index]!) === 'content'
    let before = 0
    for (const block of candidates) {
      if (block.index >= first) break
      if (isProse(block) && (inArticle.has(block) || (heading && block.index > heading.index))) before += lines[block.index]!.features.words
    }
    let after = 0
    for (const block of article) if (block.index > last && isProse(block)) after += lines[block.index]!.features.words
    return before >= ARTICLE_BEFORE_WORDS && after < Math.max(ARTICLE_AFTER_WORDS, ARTICLE_AFTER_SHARE * before)
  })
}

/** The reason a comment thread's blocks are cut, as the end of "Removed <what>: <why>". */
export function threadReason(thread: Thread): string {
  const header = thread.evidence === 'marker' ? 'a header line that names it a comment' : 'a header line with a name and a time'
  return `it belongs to a thread of ${thread.items} sibling items after the article, each ${thread.headerFirst ? 'opened' : 'closed'} by ${header}`
}
