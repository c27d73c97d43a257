/** What must stay even when it looks like chrome: the article's title and its dateline. */
import type { Block } from '../types.js'
import type { PhraseRuleDefinition } from '../rules/phrase-rule.js'
import type { Span } from './main-body.js'

/** The title sits at most this many lines above the main text (bylines and timestamps come between). */
const TITLE_MAX_DISTANCE = 3
/** A dateline or agency credit ("MAP: 28 mai 2025", "Reuters, 12/05/2024") is a short line. */
const DATELINE_MAX_WORDS = 10
const DATE =
  /\d{1,2}(?:er)?\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}/u

/**
 * The title: the main text's first line when that is a heading, else the nearest line above the main text
 * that no rule matched. When it repeats an earlier line (titles are often printed twice), the first copy is
 * the title and the repeat is left to the repeats step.
 */
export function findTitle(
  blocks: Block[],
  body: Span,
  hits: (PhraseRuleDefinition | undefined)[],
  repeatOf: (number | undefined)[],
): number | undefined {
  if (!blocks[body.start]!.features.endsSentence && repeatOf[body.start] === undefined) return body.start
  for (let i = body.start - 1; i >= Math.max(0, body.start - TITLE_MAX_DISTANCE); i--) {
    if (hits[i]) continue
    if (blocks[i]!.features.words < 2 || blocks[i]!.text.trimEnd().endsWith(':')) return undefined
    let title = i
    while (repeatOf[title] !== undefined) title = repeatOf[title]!
    return title
  }
  return undefined
}

export function isDateline(block: Block): boolean {
  return block.features.words <= DATELINE_MAX_WORDS && DATE.test(block.text)
}
