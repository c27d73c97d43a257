/**
 * Readability's main-content pass, as evidence for the engine rather than as the answer. Readability scores
 * the page's containers and returns the article's nodes; this module maps them back to the page's blocks.
 *
 * Readability runs on a copy of the page as the selector rules left it, since it moves and removes nodes; each
 * node of the copy knows the page's node it copies, so the article's text nodes lead to the page's blocks.
 */
import { createRequire } from 'node:module'
import type { Readability as ReadabilityClass } from '@mozilla/readability'
import type { HtmlBlock } from './blocks.js'
import type { HtmlDocument } from './document.js'

export interface ReadabilityArticle {
  title: string | null
  byline: string | null
  siteName: string | null
  publishedTime: string | null
  /** The meta description, or the start of the article's first paragraph. */
  excerpt: string | null
}

export interface MainContent {
  /** Indices of the blocks in the article Readability found. */
  blocks: Set<number>
  article: ReadabilityArticle
}

/**
 * Past this many elements, Readability's pass is skipped and the text engine's own main-text step judges the
 * page. Readability's time grows faster than the page: each candidate container is measured through its
 * subtree, and linkedom removes and moves nodes by walking them, so a page of thousands of repeated form
 * controls and wrappers took it up to 5 s at 15,000 to 18,000 elements, while the dev set's largest page
 * (10,000 elements) takes it under half a second.
 */
export const MAX_ELEMENTS_FOR_READABILITY = 12_000

/**
 * A srcset longer than this is no list of image sources: real ones hold a few addresses. Readability splits
 * srcsets with a pattern whose every failed start backtracks through the rest of the value, in time square
 * in its length: a 100,000-character srcset took it over a minute.
 */
const MAX_SRCSET_CHARS = 10_000

/**
 * The elements whose attributes Readability may split as a srcset: those with one, and the images and
 * figures of a lazy loader, any of whose attributes ("data-srcset", "data-lazy") it copies into a srcset
 * when the value looks like a list of images.
 */
const SRCSET_HOLDERS = '[srcset], img, picture, figure'

/** The attributes that Readability neither splits nor copies into a srcset. */
const NEVER_SPLIT = new Set(['src', 'alt'])

/** Drops the srcsets that Readability would take minutes over; they hold no text, only image addresses. */
function withoutHugeSrcsets(document: Document): Document {
  for (const element of document.querySelectorAll(SRCSET_HOLDERS)) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (value.length > MAX_SRCSET_CHARS && !NEVER_SPLIT.has(name)) element.removeAttribute(name)
    }
  }
  return document
}

/**
 * The form widgets that hold text of their own, none of it the page's (blocks.ts reads them as invisible):
 * Readability would score and measure each of them, and may take thousands of stray options for the article.
 */
const FORM_WIDGETS = 'select, option, optgroup, datalist, textarea'

/**
 * The copy of the page that Readability reads, without what would cost it time and holds no text of the
 * page: huge srcsets and the form widgets.
 */
function forReadability(document: Document): Document {
  for (const widget of document.querySelectorAll(FORM_WIDGETS)) widget.remove()
  return withoutHugeSrcsets(document)
}

/** Readability's result as the element itself, not serialised HTML: its text nodes are what is mapped back. */
const keepElement = (element: Node) => element as Element

/**
 * Readability, loaded on the first page that runs the pass: the stage list that holds this pass is also read
 * for its names and rules by text-only runs (compile.ts), which should not pay for loading it.
 */
let Readability: typeof ReadabilityClass | undefined

export function findMainContent(page: HtmlDocument, blocks: HtmlBlock[]): MainContent | null {
  Readability ??= (createRequire(import.meta.url)('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability
  const copy = page.copy()
  const parsed = new Readability(forReadability(copy.document), { serializer: keepElement }).parse()
  if (!parsed?.content) return null
  const content = parsed.content as unknown as Element
  const article: ReadabilityArticle = {
    title: parsed.title || null,
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    publishedTime: parsed.publishedTime || null,
    excerpt: parsed.excerpt || null,
  }
  return { blocks: mapByNodes(content, blocks, copy.original) ?? mapByTextNodes(content, blocks), article }
}

/**
 * The blocks whose text nodes Readability kept, found through the page's nodes that the article's copy. Returns
 * null when too much of the article's text is no copy of the page's: when its first try finds too little,
 * Readability rebuilds the page from its HTML and retries.
 */
function mapByNodes(content: Element, blocks: HtmlBlock[], original: (node: Node) => Node | undefined): Set<number> | null {
  const blockOf = new Map<Node, number>()
  for (const block of blocks) for (const node of block.textNodes) blockOf.set(node, block.index)
  const kept = new Set<number>()
  let found = 0
  let foreign = 0
  forEachTextRun(content, (run) => {
    for (const node of run) {
      const size = node.data.trim().length
      if (size === 0) continue
      const copied = original(node)
      const index = copied && blockOf.get(copied)
      if (index === undefined) foreign += size
      else {
        found += size
        kept.add(index)
      }
    }
  })
  return foreign > found ? null : kept
}

/**
 * The blocks of the article's text, found in the page's text in document order: Readability moves nodes into
 * its article but keeps their order and their text. The page's text nodes are read as one stream without
 * white space, and the article's text is found in it as whole page nodes, from where the last find ended.
 * The article's text is matched in runs of adjacent text nodes, since its nodes are not always the page's:
 * when its first try finds too little, Readability parses the page again from its HTML, and linkedom's parser
 * splits text at character references ("price &amp; copies" makes three nodes); and removing a <script> from
 * a paragraph leaves its two texts side by side. A run that is not found is tried node by node (Readability
 * removed a visible element from inside it); a text that is not found further on (a caption Readability
 * moved) is passed over.
 */
function mapByTextNodes(content: Element, blocks: HtmlBlock[]): Set<number> {
  const nodeStarts: number[] = []
  const nodeBlocks: number[] = []
  let stream = ''
  for (const block of blocks) {
    for (const node of block.textNodes) {
      const text = withoutSpace(node.data)
      if (!text) continue
      nodeStarts.push(stream.length)
      nodeBlocks.push(block.index)
      stream += text
    }
  }
  const startsNode = new Set(nodeStarts)
  const endsNode = new Set([...nodeStarts.slice(1), stream.length])
  const kept = new Set<number>()
  let next = 0
  const find = (text: string): boolean => {
    let at = stream.indexOf(text, next)
    while (at >= 0 && !(startsNode.has(at) && endsNode.has(at + text.length))) at = stream.indexOf(text, at + 1)
    if (at < 0) return false
    for (let i = nodeAt(nodeStarts, at); i < nodeStarts.length && nodeStarts[i]! < at + text.length; i++) kept.add(nodeBlocks[i]!)
    next = at + text.length
    return true
  }
  forEachTextRun(content, (run) => {
    const pieces = run.map((node) => withoutSpace(node.data)).filter(Boolean)
    if (pieces.length === 0 || find(pieces.join(''))) return
    if (pieces.length > 1) for (const piece of pieces) find(piece)
  })
  return kept
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '')

/** Each run of adjacent text nodes under `node`, in document order. */
function forEachTextRun(node: Node, visit: (run: Text[]) => void): void {
  let run: Text[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      run.push(child as Text)
      continue
    }
    if (run.length) visit(run)
    run = []
    if (child.nodeType === 1) forEachTextRun(child, visit)
  }
  if (run.length) visit(run)
}

/** The index of the page node that holds the stream's character at `offset`. */
function nodeAt(nodeStarts: number[], offset: number): number {
  let low = 0
  let high = nodeStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (nodeStarts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}
