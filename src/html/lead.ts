/**
 * The article's lead: the prose a page sets between its title and the article's body, such as a standfirst,
 * an editor's note or an intro paragraph. Readability scores containers and returns the best one, so a lead
 * that the page's header holds beside the title is left out of the article it picks. Human gold keeps it;
 * Readability's own fixtures drop it, their gold being its output (commit 4f81adf has the measurements).
 */
import type { Block } from '../types.js'
import { classify } from '../engine/classes.js'
import { normalise } from '../text/features.js'
import type { HtmlBlock } from './blocks.js'

/** A lead is read as prose, not as a menu: under this share of its text is link text. */
const MAX_LINK_SHARE = 0.2

/** Elements whose prose is a caption of a picture, not a lead. */
const CAPTION = new Set(['figure', 'figcaption'])

/**
 * What marks a lead: the page's title, matched by a heading that the lead follows, and the page's own
 * summary from its meta tags, which a standfirst prints with or without a title heading above it.
 */
export interface LeadAnchors {
  title: string | null
  description: string | null
}

/**
 * The blocks before the article's first block that are its lead: those between the page's title heading and
 * the article that read as prose, and one that prints the page's description. Without a title heading or a
 * description there is no telling a lead from a sidebar.
 */
export function findLead(outside: HtmlBlock[], article: HtmlBlock[], lines: Block[], { title, description }: LeadAnchors): HtmlBlock[] {
  const first = article[0]
  if (!first) return []
  const before = outside.filter((block) => block.index < first.index)
  const heading = title ? before.findIndex((block) => block.role.type === 'heading' && sameTitle(block.text, title)) : -1
  const summary = description ? normalise(description) : ''
  const seen = new Set(article.map((block) => lines[block.index]!.features.normalised))
  const lead: HtmlBlock[] = []
  before.forEach((block, i) => {
    const line = lines[block.index]!
    const belowTitle = heading >= 0 && i > heading
    const printsSummary = summary !== '' && sameSummary(line.features.normalised, summary)
    if (!belowTitle && !printsSummary) return
    // A page may print its standfirst twice (one copy for small screens); the first copy is the lead.
    if (seen.has(line.features.normalised)) return
    seen.add(line.features.normalised)
    if (printsSummary || readsAsLead(block, line)) lead.push(block)
  })
  return lead
}

/** A summary shorter than this (in normalised characters) is a label, not a standfirst. */
const MIN_SUMMARY_CHARS = 20

/**
 * Whether a block prints the page's description: the same words, or one the start of the other and at least
 * four fifths of it (meta descriptions are cut short, or carry a last sentence more).
 */
function sameSummary(block: string, summary: string): boolean {
  if (block.length < MIN_SUMMARY_CHARS) return false
  const [short, long] = block.length <= summary.length ? [block, summary] : [summary, block]
  return long.startsWith(short) && short.length >= 0.8 * long.length
}

/** Prose, not a menu or a caption: how a block that Readability left out may still be the article's. */
export function readsAsLead(block: HtmlBlock, line: Block): boolean {
  const chars = block.text.replace(/\s+/g, '').length
  return (
    classify(line) === 'content' &&
    block.linkChars < MAX_LINK_SHARE * chars &&
    !isCaption(block)
  )
}

/** Whether the block is a caption of a picture. */
export function isCaption(block: HtmlBlock): boolean {
  return block.ancestors.some((element) => CAPTION.has(element.localName))
}

/**
 * A heading is the page's title when the words of one start the other and the shorter is at least half the
 * longer, the other being the whole title or one of its parts ("Flexbox - Learn web development | MDN" over
 * the heading "Flexbox", "Hugging Face – The AI community building the future." over "The AI community
 * building the future.").
 */
export function sameTitle(heading: string, title: string): boolean {
  const a = normalise(heading)
  if (!a) return false
  return [title, ...title.split(TITLE_SEPARATOR)].some((part) => {
    const b = normalise(part)
    if (!b) return false
    const [short, long] = a.length <= b.length ? [a, b] : [b, a]
    const startsWithWords = long.startsWith(short) && (long.length === short.length || long[short.length] === ' ')
    return startsWithWords && short.length >= long.length / 2
  })
}

/** What parts a title into a headline, a subtitle and the site's name. */
const TITLE_SEPARATOR = /\s+[|\-–—·•]\s+|:\s+|\s+\|/
