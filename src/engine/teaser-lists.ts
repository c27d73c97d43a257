/**
 * Teaser lists in a capture, found by the shape of their lines: a run of items of two to four lines each (a
 * thumbnail's alt text, a title, a byline or a date, and at most one line of summary), in which one line of
 * every item has the same shape: " Post Politics |  Aaron Blake" and " The Fix |  Juliet Eilperin", or
 * "March 5, 2013" and "April 12, 2013". A menu's lines all look alike and a text's lines differ; only a list
 * of teasers repeats one line shape at a fixed step among lines of other shapes. Its titles may be long enough
 * to pass for a line of text, and its summaries are prose, so the list tells the context step that they are
 * teasers (decide.ts).
 */
import type { Block } from '../types.js'
import type { BlockClass } from './classes.js'
import { byDistinctText } from '../text/by-text.js'
import type { ThreadHeaders } from '../rules/thread-rule.js'
import type { PhraseRuleDefinition } from '../rules/phrase-rule.js'

/** A list has at least this many items: two title-and-date pairs may be a text's own. */
const MIN_ITEMS = 3
/** An item has this many lines at most: more, and the repeating line is a heading over a text. */
const MAX_ITEM_LINES = 4
/** The repeating line is a byline, a date or a label: this many words at most. */
const ANCHOR_MAX_WORDS = 8
/**
 * Without a date, the repeating line holds this many words of letters: "Post Politics | Aaron Blake", not a
 * price ("$99 USD", "69,99 €"), which marks the products of a shop's listing.
 */
const ANCHOR_MIN_LETTER_WORDS = 2
/** Every item has a title: a line of this many words besides the repeating one. */
const TITLE_MIN_WORDS = 3
/**
 * A title may read as a sentence ("Neck pain at your computer? A 10-minute reset"), but no longer than this:
 * an item holds one line of prose beyond it, its summary.
 */
const TITLE_MAX_WORDS = 16
/**
 * Leading shapes that no line of a teaser list has: a bullet ("- Fix for …", "+ Doors …") or a word or number
 * closed by a period or a bracket ("1.", "b)", and the abbreviations that open a menu's lines, "Md. Politics")
 * open the items of a text's own lists and menus, and a hash the comments of a listing of code ("# Create a
 * branch" above "git branch login").
 */
const LIST_MARK = /^(?:[-+*•·–—#]|x[.)])/
/** A name ending with a colon opens the value of a field ("Release date:" above "15 Aug"), not a teaser. */
const FIELD_NAME = /:\s*$/

export interface TeaserList {
  /** The first line of the first item. */
  start: number
  /** Exclusive: after the last line of the last item. */
  end: number
  items: number
  /** Lines per item. */
  step: number
  /** Whether every item holds a line of prose, its summary: then the main text must not run through the list. */
  summarised: boolean
}

export interface TeaserInput {
  blocks: Block[]
  classes: BlockClass[]
  hits: (PhraseRuleDefinition | undefined)[]
}

/**
 * The teaser lists among the lines, in document order. An item's lines are labels, but for one line of prose
 * under its title, the teaser's summary; the lines of every item of a list are alike in that.
 */
export function findTeaserLists({ blocks, classes, hits }: TeaserInput, times: ThreadHeaders[]): TeaserList[] {
  // A line of prose is never an item's repeating line (at most its summary): its shape is left blank.
  const lineShapes = byDistinctText(blocks, (block) => {
    const shape = leadingShape(block.text)
    return { shape, anchor: anchorKind(block, shape, times) }
  })
  const shapes = lineShapes.map(({ shape }, i) => (classes[i] === 'content' ? '' : shape))
  // Dates and labels of one shape ("March 5, 2013" and "Washington, DC") are apart: only a date marks the
  // items of a list whose teasers have summaries.
  const byAnchor = new Map<string, { shape: string; dated: boolean; group: number[] }>()
  lineShapes.forEach(({ anchor }, i) => {
    // An image's alt text or file name marks a photo, and the lines after it are the photo's caption.
    if (classes[i] === 'content' || hits[i]?.category === 'media' || !anchor) return
    const key = `${anchor} ${shapes[i]}`
    const entry = byAnchor.get(key)
    if (entry) entry.group.push(i)
    else byAnchor.set(key, { shape: shapes[i]!, dated: anchor === 'date', group: [i] })
  })
  const isItemLine = (i: number, shape: string) => blocks[i]!.features.words > 0 && shapes[i] !== shape && !LIST_MARK.test(shapes[i]!)
  const words = (i: number) => blocks[i]!.features.words
  const lists: TeaserList[] = []
  for (const { shape, dated, group } of byAnchor.values()) {
    if (group.length < MIN_ITEMS) continue
    // The lines of one item besides its repeating one: labels of other shapes and a title among them, and,
    // under a date, at most one line of prose, the longest, that is more than a title. Under a label, a
    // line of prose makes the items a text's sections ("Main article: …" under each heading of a wiki).
    const itemKind = (from: number, to: number): ItemKind | null => {
      let summary = -1
      for (let i = from; i < to; i++) {
        if (!isItemLine(i, shape)) return null
        if (classes[i] === 'content' && (summary < 0 || words(i) > words(summary))) summary = i
      }
      let titled = false
      for (let i = from; i < to; i++) {
        if (i === summary) continue
        if (classes[i] === 'content' && words(i) > TITLE_MAX_WORDS) return null
        titled ||= words(i) >= TITLE_MIN_WORDS
      }
      if (!titled || (summary >= 0 && !dated)) return null
      return summary >= 0 ? 'summarised' : 'labels'
    }
    lists.push(...evenRuns(group, blocks.length, itemKind))
  }
  return lists.sort((a, b) => a.start - b.start)
}

/**
 * The shape of a line up to its first mark: "x|" for " On Leadership |  Tom Fox" and for " On Faith |
 * Georgetown/ On Faith", "x_" for "tom_fox" and for "georgetown_on_faith". What follows the first mark is
 * the names and titles of the item, whose punctuation varies.
 */
function leadingShape(text: string): string {
  const [, words, mark] = LEADING_MARK.exec(text) ?? []
  return mark === undefined ? 'x' : `${words ? 'x' : ''}${mark.replace(/\s+/g, '')}`
}

/** Words and spaces, then the first run of marks and spaces. */
const LEADING_MARK = /^\s*([\p{L}\p{N}][\p{L}\p{N}\s]*)?([^\p{L}\p{N}\s][^\p{L}\p{N}]*)/u

/**
 * Whether a line may be the line that repeats in every teaser, and as what: a short label of a recognisable
 * shape, or a date. A shape of words alone ("x") is every plain label's; only punctuation makes a line
 * recognisable.
 */
function anchorKind({ text, features }: Block, shape: string, times: ThreadHeaders[]): 'date' | 'label' | null {
  if (features.words > ANCHOR_MAX_WORDS || features.endsSentence || !/[^x]/.test(shape) || LIST_MARK.test(shape) || FIELD_NAME.test(text)) return null
  if (times.some((rule) => rule.timeSpan(text) !== null)) return 'date'
  return (text.match(LETTER_WORD)?.length ?? 0) >= ANCHOR_MIN_LETTER_WORDS ? 'label' : null
}

const LETTER_WORD = /\p{L}+/gu

/** What an item's lines besides its repeating one are: labels only, or labels and a summary. */
type ItemKind = 'labels' | 'summarised'

/**
 * The runs of at least MIN_ITEMS lines of one shape at one step, with item lines of other shapes between
 * them, a title among them, all items of one kind. The repeating line closes its items when the lines before
 * the first of them make an item and those after the last do not, and opens them in the mirror case; the
 * list then takes in that item. Where both sides could be an item, the list keeps to the lines between its
 * repeating ones.
 */
function evenRuns(group: number[], lineCount: number, itemKind: (from: number, to: number) => ItemKind | null): TeaserList[] {
  const runs: TeaserList[] = []
  let first = 0
  while (first + 1 < group.length) {
    const step = group[first + 1]! - group[first]!
    const kind = itemKind(group[first]! + 1, group[first + 1]!)
    let last = first
    const isItem = (from: number, to: number) => itemKind(from, to) === kind
    const continues = (k: number) => group[k + 1]! - group[k]! === step && isItem(group[k]! + 1, group[k + 1]!)
    if (kind && step >= 2 && step <= MAX_ITEM_LINES) while (last + 1 < group.length && continues(last)) last++
    // Teasers with summaries are the whole of a list's even run: where the run goes on past them with items of
    // other lines, they are some of the entries of a listing, whose pictures' descriptions may read as prose.
    const runGoesOn = (first > 0 && group[first]! - group[first - 1]! === step) || (last + 1 < group.length && group[last + 1]! - group[last]! === step)
    if (last - first + 1 >= MIN_ITEMS && !(kind === 'summarised' && runGoesOn)) {
      const [from, to] = [group[first]!, group[last]! + 1]
      const itemBefore = from - step + 1 >= 0 && isItem(from - step + 1, from)
      const itemAfter = to + step - 1 <= lineCount && isItem(to, to + step - 1)
      const start = itemBefore && !itemAfter ? from - step + 1 : from
      const end = itemAfter && !itemBefore ? to + step - 1 : to
      runs.push({ start, end, items: last - first + 1, step, summarised: kind === 'summarised' })
    }
    first = Math.max(last, first + 1)
  }
  return runs
}
