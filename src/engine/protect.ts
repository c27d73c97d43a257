/** What must stay even when it looks like chrome: the article's title, its dateline and its credits. */
import type { Block } from '../types.js'
import type { Span } from './main-body.js'

/** A dateline or agency credit ("MAP: 28 mai 2025", "Reuters, 12/05/2024") is a short line. */
const DATELINE_MAX_WORDS = 10
// A month's name starts at a word's start: tried from inside a long word too, it would scan the rest of the
// word from every letter, in time square in the word's length.
const DATE =
  /\d{1,2}(?:er)?\s+\p{L}{3,}\.?,?\s+\d{4}|(?<!\p{L})\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}/u

/** The title sits at most this many lines above the main text (bylines, dates and avatars come between). */
export const TITLE_WINDOW = 6
/** A line this long above the main text is a deck (a standfirst), and the title is just above it. */
const DECK_MIN_WORDS = 12
/** A line this long without a sentence end is prose that lost its punctuation, not a heading. */
const HEADING_MAX_WORDS = 30

export interface HeaderEvidence {
  /** Lines that a rule matched or the site's template holds. */
  isChrome: (i: number) => boolean
  /** Lines that a rule of the `meta` category matched: bylines, dates, reading times. */
  isMeta: (i: number) => boolean
}

/**
 * The article's header: its title, and the deck between title and text when there is one. The title is the
 * main text's first line when that is a heading; else the nearest line above the main text that no rule
 * matched (nor the site's template) and that is not a byline-like single word or a date, unless a line further
 * up in the window sits by a byline or a date and the nearest does not: a title keeps its byline and date
 * beside it, and a line between them and the text is a picture's alt text or a box's teaser. When the title
 * repeats an earlier line (titles are often printed twice), the first copy is the title and the repeat is
 * left to the repeats step.
 */
export function findHeader(blocks: Block[], body: Span, { isChrome, isMeta }: HeaderEvidence, repeatOf: (number | undefined)[]): number[] {
  const first = blocks[body.start]!.features
  const opensWithHeading = !first.endsSentence && first.words < HEADING_MAX_WORDS && repeatOf[body.start] === undefined
  const candidates: number[] = opensWithHeading ? [body.start] : []
  let linesAbove = 0
  for (let i = body.start - 1; i >= 0; i--) {
    // A run of chrome lines (a share bar and its label) parts title and text as one line does.
    const continuesChromeRun = i + 1 < body.start && isChrome(i) && isChrome(i + 1)
    if (!continuesChromeRun && ++linesAbove > TITLE_WINDOW) break
    const block = blocks[i]!
    if (isChrome(i) || block.features.words < 2 || isDateline(block) || isByline(block)) continue
    if (block.text.trimEnd().endsWith(':')) break
    candidates.push(i)
  }
  const [nearest, above] = candidates
  if (nearest === undefined) return []
  const isBylined = (i: number) => [i - 1, i + 1].some((j) => j >= 0 && j < blocks.length && (isMeta(j) || isDateline(blocks[j]!) || isByline(blocks[j]!)))
  const bylined = candidates.find(isBylined)
  if (bylined !== undefined && !isBylined(nearest)) return [firstCopy(bylined, repeatOf)]
  const isDeck = blocks[nearest]!.features.words >= DECK_MIN_WORDS
  if (above !== undefined && isDeck && blocks[above]!.features.words < DECK_MIN_WORDS) return [firstCopy(above, repeatOf), firstCopy(nearest, repeatOf)]
  return [firstCopy(nearest, repeatOf)]
}

/** A byline that ends with its author's social handle ("Meredith Clark, @MeredithLClark"), in any language. */
const ENDS_WITH_HANDLE = /(?:^|[\s,(])@[\p{L}\p{N}_]{2,30}\)?$/u
/**
 * A byline that opens with "By" and a capitalised name: "By  Washington Post Editors", "Par Jean Dupont",
 * "Por Ana Gómez", "بقلم سارة علي" (Arabic has no capitals). German "Von" and Italian "Di" also open surnames
 * and titles ("Von Trier's new film", "Di Maio resigns"), so they stay out. The capital is checked apart:
 * under the `i` flag, \p{Lu} matches every letter.
 */
const BY_NAME = /^(?:by|par|por)\s+(\p{L})|^(?:بقلم|كتب)\s*:?\s*\p{L}/iu
const CAPITAL = /\p{Lu}/u
const BYLINE_MAX_WORDS = 8

/** A short line that names the author: by its handle at the end, or after "By". A sentence is no byline. */
function isByline({ text, features }: Block): boolean {
  if (features.words > BYLINE_MAX_WORDS) return false
  if (ENDS_WITH_HANDLE.test(text)) return true
  const byName = features.endsSentence ? null : BY_NAME.exec(text)
  return byName !== null && (byName[1] === undefined || CAPITAL.test(byName[1]))
}

function firstCopy(i: number, repeatOf: (number | undefined)[]): number {
  while (repeatOf[i] !== undefined) i = repeatOf[i]!
  return i
}

export function isDateline(block: Block): boolean {
  return block.features.words <= DATELINE_MAX_WORDS && DATE.test(block.text)
}

/** A credit names who wrote, edited or produced the text: "作者︱春春", "[责任编辑:肖春芳]", "Source: AFP". */
const CREDIT = /^[[【(（]?[\p{L}\p{M} ]{1,16}\s*[:：︱|丨]\s*[^\s:：︱|丨]/u
const CREDIT_MAX_WORDS = 6
/** The article's sign-off is short: a dateline, an author, an editor. */
const SIGN_OFF_MAX_LINES = 3

/**
 * The lines right below the main text that sign it off: datelines and credits, in a row. rd-gmw's author and
 * editor lines ("作者︱春春", "[责任编辑:肖春芳]") are part of the article for Readability and its readers.
 */
export function findSignOff(blocks: Block[], body: Span): number[] {
  const lines: number[] = []
  for (let i = body.end; i < blocks.length && lines.length < SIGN_OFF_MAX_LINES; i++) {
    const block = blocks[i]!
    if (!isDateline(block) && !(block.features.words <= CREDIT_MAX_WORDS && CREDIT.test(block.text))) break
    lines.push(i)
  }
  return lines
}
