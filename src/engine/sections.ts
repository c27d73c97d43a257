/**
 * Noise sections: a heading such as "Related Articles" or "Comments" opens a run of lines that belong to the
 * widget. The engine decides where each run ends; this module tells inline asides from block sections.
 *
 * An inline aside ("À lire aussi" + one teaser title in the middle of an article) is followed by the
 * article resuming: a short run of items, then prose that repeats nothing and goes on. A block section
 * (a teaser list, a comment thread, an app prompt) is a barrier: the main text never spans it.
 */
import { isBetweenShortLines, type BlockClass } from './classes.js'
import type { PhraseRuleDefinition } from '../rules/phrase-rule.js'

/** An inline aside has at most this many item lines between its heading and the resumed prose. */
const INLINE_ASIDE_MAX_ITEMS = 2

export interface Section {
  heading: number
  rule: PhraseRuleDefinition
  inline: boolean
  /** A menu link named like a heading ("Newsletter" among "News", "Sport"): only the link itself is cut. */
  menuItem: boolean
  /** Exclusive end for inline asides; block sections get their end once the main text is known. */
  end: number
}

export interface SectionInput {
  classes: BlockClass[]
  hits: (PhraseRuleDefinition | undefined)[]
  repeatOf: (number | undefined)[]
  /**
   * Whether a block-section heading printed more than once is a per-item link rather than a section (text
   * captures). HTML pages leave it off: there a section ends with the element that holds its heading, so a
   * repeated widget heading ("Latest News" in a header menu and in a sidebar) still opens its own section.
   */
  repeatedHeadingsAreLinks: boolean
}

export function findSections({ classes, hits, repeatOf, repeatedHeadingsAreLinks }: SectionInput): Section[] {
  const isFreshProse = (i: number) => classes[i] === 'content' && repeatOf[i] === undefined && !hits[i]
  // Lines printed more than once: the first copy (repeated) and the later ones (repeatOf).
  const repeated = new Set<number>()
  if (repeatedHeadingsAreLinks) repeatOf.forEach((original, i) => original !== undefined && repeated.add(original).add(i))
  const sections: Section[] = []
  hits.forEach((rule, heading) => {
    if (rule?.kind !== 'section') return
    let resume = heading + 1
    while (resume < classes.length && !isFreshProse(resume) && hits[resume]?.kind !== 'section') resume++
    const items = resume - heading - 1
    // Comments are never an aside in the article's flow: the prose after their heading is a comment's.
    const inline = rule.category !== 'comments' && items <= INLINE_ASIDE_MAX_ITEMS && isFreshProse(resume) && isFreshProse(resume + 1)
    // A block-section heading printed more than once is a link under each item ("Add a comment" under every
    // answer of a Q&A thread), not the one heading of a widget: only the line itself is cut, by its phrase
    // rule (commit 95a5c08 measured it on the forum pages).
    if (!inline && repeated.has(heading)) return
    sections.push({ heading, rule, inline, menuItem: false, end: inline ? resume : classes.length })
  })
  return sections
}

/**
 * Sets where each block section ends: at the main text when it opens above it, else at the next section,
 * and never past the limit of its heading when there are limits.
 * Above the main text, a heading between two short lines is a menu link, not the start of a widget.
 */
export function settleSectionEnds(
  sections: Section[],
  body: { start: number; end: number } | null,
  classes: BlockClass[],
  limits?: number[],
): void {
  const blocks = sections.filter((section) => !section.inline)
  blocks.forEach((section, i) => {
    const next = blocks[i + 1]?.heading ?? classes.length
    const above = body !== null && section.heading < body.start
    section.menuItem = above && isBetweenShortLines(classes, section.heading)
    section.end = section.menuItem ? section.heading + 1 : above ? Math.min(next, body.start) : next
  })
  // A section never runs past the element that holds its heading (HTML pages only).
  if (limits) for (const section of sections) section.end = Math.min(section.end, Math.max(section.heading + 1, limits[section.heading]!))
}
