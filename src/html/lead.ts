/**
 * The article's lead: the prose a page sets between its title and the article's body, such as a standfirst,
 * an editor's note or an intro paragraph. Readability scores containers and returns the best one, so a lead
 * that the page's header holds beside the title is left out of the article it picks. Human gold keeps it
 * (WCXB dev pages, `with` 0.778 to 0.787); Readability's own fixtures drop it, their gold being its output.
 */
import type { Block } from '../types.js'
import { classify } from '../engine/classes.js'
import type { HtmlBlock } from './blocks.js'

/** A lead is read as prose, not as a menu: under this share of its text is link text. */
const MAX_LINK_SHARE = 0.2

/** Elements whose prose is a caption of a picture, not a lead. */
const CAPTION = new Set(['figure', 'figcaption'])

/**
 * The blocks between the page's title heading and the article's first block that read as prose. Nothing when
 * no title heading comes before the article: without it there is no telling a lead from a sidebar.
 */
export function findLead(outside: HtmlBlock[], article: HtmlBlock[], lines: Block[], title: string | null): HtmlBlock[] {
  const first = article[0]
  if (!title || !first) return []
  const before = outside.filter((block) => block.index < first.index)
  const heading = before.findIndex((block) => block.role.type === 'heading' && sameTitle(block.text, title))
  if (heading < 0) return []
  const seen = new Set(article.map((block) => lines[block.index]!.features.normalised))
  const lead: HtmlBlock[] = []
  for (const block of before.slice(heading + 1)) {
    const line = lines[block.index]!
    // A page may print its standfirst twice (one copy for small screens); the first copy is the lead.
    if (seen.has(line.features.normalised)) continue
    seen.add(line.features.normalised)
    if (readsAsLead(block, line)) lead.push(block)
  }
  return lead
}

function readsAsLead(block: HtmlBlock, line: Block): boolean {
  const chars = block.text.replace(/\s+/g, '').length
  return (
    classify(line) === 'content' &&
    block.linkChars < MAX_LINK_SHARE * chars &&
    !block.ancestors.some((element) => CAPTION.has(element.localName))
  )
}

/**
 * A heading is the page's title when one starts the other and the shorter is at least half the longer, or
 * when the title is the heading and then a separator before the site's name or a subtitle ("Flexbox - Learn
 * web development | MDN" over the heading "Flexbox").
 */
export function sameTitle(heading: string, title: string): boolean {
  const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const a = fold(heading)
  const b = fold(title)
  if (!a || !b) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (long.startsWith(short) && short.length >= long.length / 2) return true
  const shown = heading.trim().toLowerCase()
  return title.toLowerCase().startsWith(shown) && TITLE_SEPARATOR.test(title.slice(shown.length))
}

/** What follows the heading's words in a title that goes on with a site's name or a subtitle. */
const TITLE_SEPARATOR = /^\s*[:|\-–—·•]/
