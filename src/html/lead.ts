/**
 * The article's lead: the prose a page sets between its title and the article's body, such as a standfirst,
 * an editor's note or an intro paragraph. Readability scores containers and returns the best one, so a lead
 * that the page's header holds beside the title is left out of the article it picks. Human gold keeps it
 * (WCXB dev pages, `with` 0.778 to 0.791 with the title matched by its parts); Readability's own fixtures
 * drop it, their gold being its output (0.958 to 0.957).
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
