/**
 * Reader-comment threads found by their structure, whatever their markup is called: a run of items under one
 * element, each with a short header line (a name and a time, "says:", "Reply", a permalink) of one shape,
 * and a text of its own. The header may open the item (a <dt> before its <dd>, a <li> with its meta line
 * first) or close it (Movable Type's "Posted by ... at ..." under each comment).
 *
 * A thread is not always noise: a forum's posts and a Q&A page's answers have the same shape, and are the
 * page's content. comments.ts judges which threads are comments.
 */
import type { Block } from '../types.js'
import type { HtmlBlock } from './blocks.js'
import { firstClassOf } from './attribute.js'
import type { HeaderEvidence, ThreadHeaders } from '../rules/thread-rule.js'

/** A thread has at least this many items: two dated paragraphs are not yet a thread. */
const MIN_ITEMS = 3
/** At least this share of the items hold a text besides their header. */
const MIN_ITEMS_WITH_TEXT = 2 / 3
/** A comment's text has at least this many words: "Thanks!" is a text, a lone counter is not. */
const TEXT_MIN_WORDS = 2
/**
 * Between headers beside their texts, at least this share of the lines of the headers' shape are headers:
 * every "Posted by" line of a Movable Type thread is one, while in a list of references only some items
 * hold a date.
 */
const MIN_HEADER_SHARE = 0.8
/** The items' texts are mostly not links: a list of links with dates is a listing, not a thread. */
const MAX_TEXT_LINK_SHARE = 0.5

export interface Thread {
  /** The deepest element that holds every item. */
  container: Element
  /** The blocks of the thread, in page order: the items and what lies between them. */
  blocks: HtmlBlock[]
  items: number
  /** Whether the header line opens or closes each item. */
  headerFirst: boolean
  evidence: HeaderEvidence
}

/** The threads of a page, none inside another; `blocks` are the page's blocks in order. */
export function findThreads(blocks: HtmlBlock[], lines: Block[], headers: ThreadHeaders): Thread[] {
  const evidence = new Map<HtmlBlock, HeaderEvidence>()
  for (const block of blocks) {
    if (block.role.type === 'heading') continue
    const found = headers.evidence(block.text, lines[block.index]!.features.words)
    if (found) evidence.set(block, found)
  }
  // Header lines of one shape are candidates for one thread's headers.
  const byShape = new Map<string, HtmlBlock[]>()
  for (const block of evidence.keys()) {
    const key = shapeOf(block)
    const group = byShape.get(key)
    if (group) group.push(block)
    else byShape.set(key, [block])
  }
  const threads: Thread[] = []
  for (const group of byShape.values()) {
    if (group.length < MIN_ITEMS) continue
    const thread = threadOf(group, blocks, lines, evidence)
    if (thread) threads.push(thread)
  }
  return outermost(threads)
}

/**
 * The shape of a header line: its role and the names of the two innermost elements that hold it ("p.posted"
 * under "div.content", "div.comment-meta" under "li.comment"), numbers dropped ("comment-852100").
 */
function shapeOf(block: HtmlBlock): string {
  return [block.role.type, ...block.ancestors.slice(-2).map(signature)].join(' ')
}

export function signature(element: Element): string {
  return `${element.localName}.${firstClassOf(element).toLowerCase().replace(/\d+/g, '')}`
}

function threadOf(headerLines: HtmlBlock[], blocks: HtmlBlock[], lines: Block[], evidence: Map<HtmlBlock, HeaderEvidence>): Thread | null {
  const depth = sharedDepth(headerLines)
  if (depth === 0) return null
  const container = headerLines[0]!.ancestors[depth - 1]!
  // An item is the child of the container that holds a header line; a header that is the container's own
  // text has no item.
  const itemOf = (block: HtmlBlock) => block.ancestors[depth]
  if (headerLines.some((block) => itemOf(block) === undefined)) return null
  const items = [...new Set(headerLines.map(itemOf))] as Element[]
  if (items.length < MIN_ITEMS) return null
  const inside = blocks.filter((block) => block.ancestors[depth - 1] === container)
  const isText = (block: HtmlBlock) => !evidence.has(block) && lines[block.index]!.features.words >= TEXT_MIN_WORDS
  const headerSet = new Set(headerLines)

  // Sets and maps, not searches of `inside` per item: a page of thousands of repeated items is no rarer than a long thread.
  const itemsWithText = new Set(inside.filter(isText).map(itemOf))
  const textsInItems = items.filter((item) => itemsWithText.has(item)).length
  const first = inside.findIndex((block) => block === headerLines[0] || itemOf(block) === items[0])
  let start = first
  let end: number
  let headerFirst: boolean
  if (textsInItems >= MIN_ITEMS_WITH_TEXT * items.length) {
    // Items that hold their own text: the thread runs from the first item to the end of the last.
    end = findLastIndex(inside, (block) => itemOf(block) === items[items.length - 1]) + 1
    const firstItem = inside.filter((block) => itemOf(block) === items[0])
    headerFirst = firstItem[0] === headerLines[0] || !firstItem.slice(0, firstItem.indexOf(headerLines[0]!)).some(isText)
  } else {
    // Header lines beside their texts: each gap between two headers must hold a text.
    const positionIn = new Map(inside.map((block, i) => [block, i]))
    const positions = headerLines.map((block) => positionIn.get(block) ?? -1)
    let gapsWithText = 0
    let longestGap = 0
    for (let i = 1; i < positions.length; i++) {
      const gap = inside.slice(positions[i - 1]! + 1, positions[i]!)
      if (gap.some(isText)) gapsWithText++
      longestGap = Math.max(longestGap, gap.length)
    }
    if (gapsWithText < MIN_ITEMS_WITH_TEXT * (positions.length - 1)) return null
    const shape = shapeOf(headerLines[0]!)
    const sameShape = inside.filter((block) => shapeOf(block) === shape).length
    if (headerLines.length < MIN_HEADER_SHARE * sameShape) return null
    // The thread starts at its first header, whatever the orientation: before a closing header lies the
    // article's own text, which a comment under the article does not include. After the last header, the
    // last item's text runs on while it has the shape of the texts between headers.
    start = positions[0]!
    end = positions[positions.length - 1]! + 1
    // A text directly inside the container has no item of its own: its shape is that of loose text.
    const itemShape = (block: HtmlBlock) => {
      const item = itemOf(block)
      return item ? signature(item) : '#text'
    }
    const textShapes = new Set(inside.slice(start, end).filter((block) => !headerSet.has(block)).map(itemShape))
    const limit = Math.min(inside.length, end + longestGap)
    while (end < limit && !headerSet.has(inside[end]!) && textShapes.has(itemShape(inside[end]!))) end++
    headerFirst = true
  }
  const threadBlocks = inside.slice(start, end)
  let textChars = 0
  let linkChars = 0
  for (const block of threadBlocks) {
    if (headerSet.has(block)) continue
    textChars += block.text.replace(/\s+/g, '').length
    linkChars += block.linkChars
  }
  if (linkChars > MAX_TEXT_LINK_SHARE * textChars) return null
  const kinds = new Set(headerLines.map((block) => evidence.get(block)!))
  return {
    container,
    blocks: threadBlocks,
    items: items.length,
    headerFirst,
    evidence: kinds.has('name and time') ? 'name and time' : 'marker',
  }
}

/** How many ancestors, from <body> down, every block shares. */
function sharedDepth(blocks: HtmlBlock[]): number {
  let depth = blocks[0]!.ancestors.length
  for (const block of blocks) {
    let shared = 0
    while (shared < depth && shared < block.ancestors.length && block.ancestors[shared] === blocks[0]!.ancestors[shared]) shared++
    depth = shared
  }
  return depth
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i
  return -1
}

/** Threads that share blocks are one: the one with more blocks stands for both. */
function outermost(threads: Thread[]): Thread[] {
  const sorted = [...threads].sort((a, b) => b.blocks.length - a.blocks.length)
  const taken = new Set<HtmlBlock>()
  const kept: Thread[] = []
  for (const thread of sorted) {
    if (thread.blocks.some((block) => taken.has(block))) continue
    for (const block of thread.blocks) taken.add(block)
    kept.push(thread)
  }
  return kept.sort((a, b) => a.blocks[0]!.index - b.blocks[0]!.index)
}
