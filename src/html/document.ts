/**
 * The HTML front end's parser. parse5, the standard's own parsing algorithm (the one jsdom and browsers'
 * test suites follow), reads the page once into light nodes with their source locations; they are then built
 * into a linkedom document, a DOM whose walks and queries are fast enough for Readability and the selector
 * rules. No script runs and nothing is fetched: neither library can do either. The rest of the HTML code sees
 * the standard DOM plus `locate` and `copy`.
 */
import { parse, type DefaultTreeAdapterMap, type Token } from 'parse5'
import { parseHTML } from 'linkedom'
import { countingTreeAdapter, NestingMeasure, OverLimit, tooManyElements } from './limits.js'

export interface SourceSpan {
  /** JavaScript string offsets into the HTML source. */
  start: number
  end: number
  /** 1-based position of `start`. */
  line: number
  column: number
}

export interface HtmlDocument {
  document: Document
  /** Where a node of the original tree sits in the source; null for nodes that the parser made up. */
  locate(node: Node): SourceSpan | null
  /**
   * A copy of the page as it stands, for a stage that rewrites the page it reads (Readability); `original`
   * gives, for a node of the copy, the page's node it copies.
   */
  copy(): { document: Document; original(node: Node): Node | undefined }
}

type ParsedNode = DefaultTreeAdapterMap['node']
type ParsedParent = DefaultTreeAdapterMap['parentNode']

const NOSCRIPT_TAG = /<(\/?)noscript(?=[\s>\/])/gi
/** A custom element name as long as "noscript": an inline container, so it never closes a paragraph. */
const NOSCRIPT_STAND_IN = 'dc-noscr'
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg'
/**
 * An element with more attributes than this holds the words of a tag left open (a stray "<" before prose
 * reads every word up to the next ">" as an attribute's name), which are no page text: the element is built
 * without them. Real elements carry a few (the dev pages at most 19). linkedom looks each new attribute up
 * among those set before, and keeps them in the chain of nodes that Readability's text measurements walk:
 * a page of such tags took 10 s of CPU, nearly all of it in those two.
 */
const MAX_ATTRIBUTES = 200

export function loadHtml(html: string): HtmlDocument {
  const locations = new WeakMap<Node, Token.Location>()
  const document = buildDocument(parseWithinLimits(exposeNoscript(html)), (node, from) => {
    if (from.sourceCodeLocation) locations.set(node, from.sourceCodeLocation)
  })
  return {
    document,
    locate(node) {
      const location = locations.get(node)
      if (!location) return null
      return { start: location.startOffset, end: location.endOffset, line: location.startLine, column: location.startCol }
    },
    copy() {
      const copy = document.cloneNode(true) as Document
      const originals = new WeakMap<Node, Node>()
      // From the root element, which holds every text: linkedom gives the doctype no next sibling, so a walk
      // of the document's own children would stop at the doctype.
      pairNodes(document.documentElement, copy.documentElement, (node, twin) => originals.set(twin, node))
      return { document: copy, original: (node) => originals.get(node) }
    },
  }
}

/** Visits the nodes of two trees of the same shape side by side, roots included, without recursion. */
function pairNodes(root: Node, twinRoot: Node, visit: (node: Node, twin: Node) => void): void {
  visit(root, twinRoot)
  const stack: [Node, Node][] = [[root, twinRoot]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [parent, twinParent] = next
    for (let node = parent.firstChild, twin = twinParent.firstChild; node && twin; node = node.nextSibling, twin = twin.nextSibling) {
      visit(node, twin)
      if (node.firstChild) stack.push([node, twin])
    }
  }
}

/** Parses the page with parse5, refusing it as soon as it is past the element limit (limits.ts). */
function parseWithinLimits(html: string): DefaultTreeAdapterMap['document'] {
  try {
    return parse(html, { sourceCodeLocationInfo: true, treeAdapter: countingTreeAdapter() })
  } catch (error) {
    if (error instanceof OverLimit) throw tooManyElements()
    throw error
  }
}

/**
 * Builds the parsed tree into a linkedom document, visiting each node with the parsed node it was built from.
 * The walk keeps its own stack, since a page's nesting is the input's to choose; it measures the nesting as it
 * goes and refuses a page past the limits (limits.ts) before building further.
 */
function buildDocument(parsed: DefaultTreeAdapterMap['document'], visit: (node: Node, from: ParsedNode) => void): Document {
  const document = emptyDocument()
  const nesting = new NestingMeasure()
  const stack: [ParsedParent, Node, number][] = [[parsed, document, 0]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [from, into, depth] = next
    for (const child of from.childNodes) {
      if (child.nodeName === '#documentType') continue
      const node = createNode(document, child)
      into.appendChild(node)
      visit(node, child)
      // An image's paths and shapes are no text anyone reads, and an icon set of them is a large share of some
      // pages (inline SVG is 8% of the dev pages' bytes): they are not built, and no later stage walks them.
      if (!('childNodes' in child) || child.nodeName === 'svg') continue
      nesting.add(depth + 1)
      stack.push([child, node, depth + 1])
      // A template's content is no part of the page until a script uses it: it goes where the standard keeps it.
      if ('content' in child) stack.push([child.content, (node as HTMLTemplateElement).content, depth + 1])
    }
  }
  return document
}

function emptyDocument(): Document {
  const { document } = parseHTML('<!doctype html><html></html>')
  document.documentElement.remove()
  return document as unknown as Document
}

function createNode(document: Document, from: ParsedNode): Node {
  if (from.nodeName === '#text') return document.createTextNode((from as DefaultTreeAdapterMap['textNode']).value)
  if (from.nodeName === '#comment') return document.createComment((from as DefaultTreeAdapterMap['commentNode']).data)
  const parsed = from as DefaultTreeAdapterMap['element']
  const element = parsed.namespaceURI === SVG_NAMESPACE ? document.createElementNS(SVG_NAMESPACE, parsed.tagName) : document.createElement(parsed.tagName)
  if (parsed.attrs.length > MAX_ATTRIBUTES) return element
  // linkedom puts each new attribute first: set from the last, they keep the source's order.
  for (let i = parsed.attrs.length - 1; i >= 0; i--) element.setAttribute(parsed.attrs[i]!.name, parsed.attrs[i]!.value)
  return element
}

/**
 * Renames the <noscript> elements of the body to an element of the same length that the parser reads as
 * markup. Scripts never run here, so their content is what this reader sees (Discourse forums serve their
 * posts in it); but the parser, as the standard asks of one for a browser that runs scripts, reads a
 * <noscript> as raw text. Offsets and lines stay as they are.
 */
function exposeNoscript(html: string): string {
  const body = html.search(/<body[\s>]/i)
  if (body === -1) return html
  return html.slice(0, body) + html.slice(body).replace(NOSCRIPT_TAG, `<$1${NOSCRIPT_STAND_IN}`)
}
