/**
 * Readability's main-content pass, as evidence for the engine rather than as the answer. Readability scores
 * the page's containers and returns the article's nodes; this module maps them back to the page's blocks.
 *
 * Readability runs on a linkedom copy of the page as the selector rules left it: jsdom serialises it in a few
 * milliseconds and linkedom parses it in about fifteen, and Readability then takes about a third of the time
 * it takes on jsdom (its node walks and selector queries cost several times more there). Both trees come from
 * the same markup, so the article's text nodes are found among the page's in document order. A page that
 * linkedom cannot handle is read by Readability on the jsdom page itself.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
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

/** Readability's result as the element itself, not serialised HTML: its text nodes are what is mapped back. */
const keepElement = (element: Node) => element as Element

type Parsed = ReturnType<Readability<Element>['parse']>

export function findMainContent(document: Document, blocks: HtmlBlock[]): MainContent | null {
  let parsed: Parsed
  let onPage: boolean
  try {
    const { document: copy } = parseHTML(document.documentElement.outerHTML)
    // linkedom's parser splits text at character references ("a &lt;b&gt;" makes three nodes); jsdom's does not.
    copy.documentElement.normalize()
    parsed = new Readability(copy as unknown as Document, { serializer: keepElement }).parse()
    onPage = false
  } catch {
    // Readability moves and removes nodes; the page's blocks are taken already and hold all the engine needs.
    parsed = new Readability(document, { serializer: keepElement }).parse()
    onPage = true
  }
  if (!parsed?.content) return null
  const content = parsed.content as unknown as Element
  const article: ReadabilityArticle = {
    title: parsed.title || null,
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    publishedTime: parsed.publishedTime || null,
    excerpt: parsed.excerpt || null,
  }
  const mapped = onPage ? mapByNodes(content, blocks) : null
  return { blocks: mapped ?? mapByTextNodes(content, blocks), article }
}

/**
 * The blocks whose text nodes Readability kept, on the page itself. Returns null when the nodes are not the
 * page's own: when its first try finds too little, Readability rebuilds the page from its HTML and retries.
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

/**
 * The blocks of the article's text nodes, found among the page's text nodes by their text, in document order:
 * Readability moves nodes into its article but keeps their order and their text. A text node that is not
 * found further on (a caption Readability moved) is passed over.
 */
function mapByTextNodes(content: Element, blocks: HtmlBlock[]): Set<number> {
  const page: { text: string; block: number }[] = []
  for (const block of blocks) {
    for (const node of block.textNodes) {
      const text = node.data.trim()
      if (text) page.push({ text, block: block.index })
    }
  }
  const kept = new Set<number>()
  let next = 0
  forEachText(content, (node) => {
    const text = node.data.trim()
    if (!text) return
    for (let i = next; i < page.length; i++) {
      if (page[i]!.text !== text) continue
      kept.add(page[i]!.block)
      next = i + 1
      return
    }
  })
  return kept
}

/** Plain recursion: a DOM TreeWalker costs several times more on jsdom. */
function forEachText(node: Node, visit: (text: Text) => void): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) visit(child as Text)
    else if (child.nodeType === 1) forEachText(child, visit)
  }
}
