/**
 * Whether Readability's article stands for the page. It is replaced by a wider judgement (the text engine's
 * main-text step over the whole rule-cleaned page) only on evidence that the page is not one article: its
 * prose lies elsewhere, in places that no rule explains. Prose that a rule has already named (a comment
 * thread, a sidebar, a share bar held back because it is long) is no such evidence: a news page whose
 * readers wrote ten times more than its reporter is still one article.
 *
 * Readability's article is not trusted when it is one item of a thread whose other items hold more prose:
 * a forum's opening post, or a comment that Readability took for the article.
 *
 * Two ways to trust the article:
 * - it holds most of the page's prose and a fair share of its words (a listing with a stray paragraph fails
 *   the second);
 * - it sits below the page's title heading, and the element that holds both holds little prose besides the
 *   article: the prose that Readability left out lies outside the body the page marks by its title (menus
 *   with long dropdowns, sidebars, footers), not beside the article (the other sections of a service page,
 *   the other items of a listing or a forum thread).
 */
import type { Block } from '../types.js'
import { classify } from '../engine/classes.js'
import type { HtmlBlock } from './blocks.js'
import { titleHeadingBefore } from './title-heading.js'
import type { Thread } from './threads.js'

/** The article must hold at least this share of the prose words weighed (page, or titled body). */
const MIN_PROSE_SHARE = 0.5
/**
 * And at least this share of all their words: on a shop or listing page with little prose, Readability may
 * pick a stray paragraph and leave the item grid out.
 */
const MIN_WORD_SHARE = 0.2
/** Below this many words of prose, an article under the title is a caption or a blurb, not the page's text. */
const MIN_TITLED_PROSE_WORDS = 30

export interface GateInput {
  /** The page's blocks that no rule cut. */
  candidates: HtmlBlock[]
  lines: Block[]
  /** Indices of the blocks of Readability's article. */
  article: Set<number>
  /** Whether a block counts in the weighing at all: not when a rule has named its region (a comment thread). */
  weighed: (block: HtmlBlock) => boolean
  /** Whether a weighed block's prose shows on the page: the text of a hidden copy or closed menu does not. */
  shown: (block: HtmlBlock) => boolean
  title: string | null
  /** The page's threads that no rule cut (threads.ts): a forum's posts, a Q&A page's answers. */
  threads: Thread[]
}

export type GateDecision = { trusted: true } | { trusted: false; why: string }

export function judgeArticle({ candidates, lines, article, weighed, shown, title, threads }: GateInput): GateDecision {
  const counted = candidates.filter(weighed)
  const inArticle = counted.filter((block) => article.has(block.index))
  const articleWeight = weigh(inArticle, lines, shown)
  const thread = threadAround(inArticle, lines, threads)
  if (thread) {
    const rest = weigh(thread.blocks.filter((block) => !article.has(block.index) && weighed(block)), lines, shown)
    if (rest.prose > articleWeight.prose)
      return { trusted: false, why: `Readability's article is one item of a thread of ${thread.items} items, whose others hold more prose` }
  }
  const page = weigh(counted, lines, shown)
  if (outweighs(articleWeight, page)) return { trusted: true }

  const body = titledBody(counted, inArticle, lines, title)
  if (!body) return { trusted: false, why: shortfall(articleWeight, page, 'on the page') }
  const bodyWeight = weigh(counted.filter((block) => block.ancestors.includes(body)), lines, shown)
  if (articleWeight.prose < MIN_TITLED_PROSE_WORDS)
    return { trusted: false, why: `Readability's article holds only ${articleWeight.prose} words of prose, too few for the page's text` }
  if (outweighs(articleWeight, bodyWeight)) return { trusted: true }
  return { trusted: false, why: shortfall(articleWeight, bodyWeight, "below the page's title") }
}

/** Which share the article falls short of, as the start of a sentence. */
function shortfall(article: Weight, whole: Weight, where: string): string {
  return article.prose < MIN_PROSE_SHARE * whole.prose
    ? `Readability's article holds only ${article.prose} of the ${whole.prose} words of prose ${where}`
    : `Readability's article holds only ${article.words} of the ${whole.words} words ${where}, which are mostly not prose (a listing)`
}

interface Weight {
  prose: number
  words: number
}

function weigh(blocks: HtmlBlock[], lines: Block[], shown: (block: HtmlBlock) => boolean): Weight {
  let prose = 0
  let words = 0
  for (const block of blocks) {
    const line = lines[block.index]!
    words += line.features.words
    if (shown(block) && classify(line) === 'content') prose += line.features.words
  }
  return { prose, words }
}

function outweighs(article: Weight, whole: Weight): boolean {
  return article.prose >= MIN_PROSE_SHARE * whole.prose && article.words >= MIN_WORD_SHARE * whole.words
}

/** The thread that holds the article's first prose, if one does: the article is then a post of a thread. */
function threadAround(article: HtmlBlock[], lines: Block[], threads: Thread[]): Thread | undefined {
  const first = article.find((block) => classify(lines[block.index]!) === 'content')
  return first && threads.find((thread) => thread.blocks.includes(first))
}

/**
 * The element that the page marks as the article's body: the deepest one that holds both the page's title
 * heading (the last h1, or heading that matches the title, before the article's first prose) and every
 * block of the article. Null when the page sets no title heading above the article's text.
 */
function titledBody(blocks: HtmlBlock[], article: HtmlBlock[], lines: Block[], title: string | null): Element | null {
  if (article.length === 0) return null
  const firstProse = article.find((block) => classify(lines[block.index]!) === 'content') ?? article[0]!
  const heading = titleHeadingBefore(blocks, firstProse.index, title)
  if (!heading) return null
  let depth = heading.ancestors.length
  for (const block of article) {
    let shared = 0
    while (shared < depth && shared < block.ancestors.length && block.ancestors[shared] === heading.ancestors[shared]) shared++
    depth = shared
  }
  return depth > 0 ? heading.ancestors[depth - 1]! : null
}
