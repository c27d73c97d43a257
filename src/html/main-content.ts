/**
 * Readability's main-content pass, as evidence for the engine rather than as the answer. Readability scores
 * the page's containers and returns the article's nodes; this module maps them back to the page's blocks.
 * It runs on the page itself once the blocks are taken (Readability moves and removes nodes, and the blocks
 * already hold all the engine needs), which spares a clone of the whole document.
 */
import { Readability } from '@mozilla/readability'
import type { HtmlBlock } from './blocks.js'

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

/** Readability's result as the element itself, not serialised HTML: its text nodes are the page's own. */
const keepElement = (element: Node) => element as Element

export function findMainContent(document: Document, blocks: HtmlBlock[]): MainContent | null {
  const parsed = new Readability(document, { serializer: keepElement }).parse()
  if (!parsed?.content) return null
  const content = parsed.content as unknown as Element
  const article: ReadabilityArticle = {
    title: parsed.title || null,
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    publishedTime: parsed.publishedTime || null,
    excerpt: parsed.excerpt || null,
  }
  return { blocks: mapByNodes(content, blocks) ?? mapByText(content, blocks), article }
}

/**
 * The blocks whose text nodes Readability kept. Returns null when the nodes are not the page's own: when its
 * first try finds too little, Readability rebuilds the page from its HTML and retries on new nodes.
 */
function mapByNodes(content: Element, blocks: HtmlBlock[]): Set<number> | null {
  const blockOf = new Map<Text, number>()
  for (const block of blocks) for (const node of block.textNodes) blockOf.set(node, block.index)
  const kept = new Set<number>()
  let found = 0
  let foreign = 0
  forEachText(content, (node) => {
    const size = node.data.trim().length
    if (size === 0) return
    const index = blockOf.get(node)
    if (index === undefined) foreign += size
    else {
      found += size
      kept.add(index)
    }
  })
  return foreign > found ? null : kept
}

/** Plain recursion: a DOM TreeWalker costs several times more on jsdom. */
function forEachText(node: Node, visit: (text: Text) => void): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) visit(child as Text)
    else if (child.nodeType === 1) forEachText(child, visit)
  }
}

/** The fallback for rebuilt nodes: a block is in the article when its text is, in order. */
function mapByText(content: Element, blocks: HtmlBlock[]): Set<number> {
  const text = (content.textContent ?? '').replace(/\s+/g, ' ')
  const kept = new Set<number>()
  let from = 0
  for (const block of blocks) {
    const at = text.indexOf(block.text.replace(/\s+/g, ' '), from)
    if (at === -1) continue
    kept.add(block.index)
    from = at + 1
  }
  return kept
}
