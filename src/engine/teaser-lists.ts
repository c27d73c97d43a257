/**
 * Teaser lists in a capture, found by the shape of their lines: a run of items of two to four short lines
 * each (a thumbnail's alt text, a title, a byline or a date), in which one line of every item has the same
 * shape: " Post Politics |  Aaron Blake" and " The Fix |  Juliet Eilperin", or "March 5, 2013" and
 * "April 12, 2013". A menu's lines all look alike and a text's lines differ; only a list of teasers repeats one
 * line shape at a fixed step among lines of other shapes. Its titles may be long enough to pass for a line of
 * text, so the list tells the context step that they are labels (decide.ts).
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
}

export interface TeaserInput {
  blocks: Block[]
  classes: BlockClass[]
  hits: (PhraseRuleDefinition | undefined)[]
}

/**
 * The teaser lists among the lines, in document order. Only lines that are not prose take part: an item's
 * lines are labels, never a paragraph.
 */
export function findTeaserLists({ blocks, classes, hits }: TeaserInput, times: ThreadHeaders[]): TeaserList[] {
  // Prose lines are never an item's: their shape is left blank.
  const lineShapes = byDistinctText(blocks, (block) => {
    const shape = leadingShape(block.text)
    return { shape, anchor: isAnchor(block, shape, times) }
  })
  const shapes = lineShapes.map(({ shape }, i) => (classes[i] === 'content' ? '' : shape))
  const byShape = new Map<string, number[]>()
  lineShapes.forEach(({ anchor }, i) => {
    // An image's alt text or file name marks a photo, and the lines after it are the photo's caption.
    if (classes[i] === 'content' || hits[i]?.category === 'media' || !anchor) return
    const group = byShape.get(shapes[i]!)
    if (group) group.push(i)
    else byShape.set(shapes[i]!, [i])
  })
  const isItemLine = (i: number, shape: string) =>
    classes[i] !== 'content' && blocks[i]!.features.words > 0 && shapes[i] !== shape && !LIST_MARK.test(shapes[i]!)
  const isTitle = (i: number) => blocks[i]!.features.words >= TITLE_MIN_WORDS
  const lists: TeaserList[] = []
  for (const [shape, group] of byShape) {
    if (group.length < MIN_ITEMS) continue
    // The lines of one item besides its repeating one: labels of other shapes, a title among them.
    const isItem = (from: number, to: number) => {
      let titled = false
      for (let i = from; i < to; i++) {
        if (!isItemLine(i, shape)) return false
        titled ||= isTitle(i)
      }
      return titled
    }
    lists.push(...evenRuns(group, blocks.length, isItem))
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
 * Whether a line may be the line that repeats in every teaser: a short label of a recognisable shape. A shape of
 * words alone ("x") is every plain label's; only punctuation makes a line recognisable.
 */
function isAnchor({ text, features }: Block, shape: string, times: ThreadHeaders[]): boolean {
  if (features.words > ANCHOR_MAX_WORDS || features.endsSentence || !/[^x]/.test(shape) || LIST_MARK.test(shape) || FIELD_NAME.test(text)) return false
  return (text.match(LETTER_WORD)?.length ?? 0) >= ANCHOR_MIN_LETTER_WORDS || times.some((rule) => rule.timeSpan(text) !== null)
}

const LETTER_WORD = /\p{L}+/gu

/**
 * The runs of at least MIN_ITEMS lines of one shape at one step, with item lines of other shapes between
 * them, a title among them. The repeating line closes its items when the lines before the first of them make
 * an item and those after the last do not, and opens them in the mirror case; the list then takes in that
 * item. Where both sides could be an item, the list keeps to the lines between its repeating ones.
 */
function evenRuns(group: number[], lineCount: number, isItem: (from: number, to: number) => boolean): TeaserList[] {
  const runs: TeaserList[] = []
  let first = 0
  while (first + 1 < group.length) {
    const step = group[first + 1]! - group[first]!
    let last = first
    const continues = (k: number) => group[k + 1]! - group[k]! === step && isItem(group[k]! + 1, group[k + 1]!)
    if (step >= 2 && step <= MAX_ITEM_LINES) while (last + 1 < group.length && continues(last)) last++
    if (last - first + 1 >= MIN_ITEMS) {
      const [from, to] = [group[first]!, group[last]! + 1]
      const itemBefore = from - step + 1 >= 0 && isItem(from - step + 1, from)
      const itemAfter = to + step - 1 <= lineCount && isItem(to, to + step - 1)
      const start = itemBefore && !itemAfter ? from - step + 1 : from
      const end = itemAfter && !itemBefore ? to + step - 1 : to
      runs.push({ start, end, items: last - first + 1, step })
    }
    first = Math.max(last, first + 1)
  }
  return runs
}
