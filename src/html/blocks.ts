/**
 * Turns a page into blocks: the runs of visible text between block-level boundaries, the way a browser lays
 * out anonymous block boxes. A <p> is a block; so is a line of text directly inside a <div> that also holds
 * other blocks; a <br> ends a line, as it does in a text capture. Each block keeps its text, its inline
 * structure (for Markdown), its role (heading, list item, table cell, code), the chain of elements above it
 * and its source offsets, so that the engine can judge it like a line of a capture and a cut can name the
 * element it removes.
 */
import type { SourceSpan } from './document.js'
import { firstClassOf } from './attribute.js'

export type InlineNode = string | InlineGroup

export interface InlineGroup {
  mark: 'link' | 'strong' | 'em' | 'code'
  href?: string
  children: InlineNode[]
}

export type BlockRole =
  | { type: 'paragraph' }
  | { type: 'heading'; level: number }
  | { type: 'list-item'; ordered: boolean; depth: number }
  | { type: 'code' }
  | { type: 'table-cell'; row: Element; cell: Element; header: boolean }

export interface HtmlBlock {
  index: number
  /** Visible text, white space collapsed (kept as is in <pre>). */
  text: string
  inline: InlineNode[]
  role: BlockRole
  quoteDepth: number
  /** Every element from <body> down to the innermost one that holds the whole run of the block. */
  ancestors: Element[]
  span: SourceSpan
  /** Characters of the text inside links: link density is the engine's and Readability's sign of a menu. */
  linkChars: number
  /** The text nodes of the block, to map Readability's result back. */
  textNodes: Text[]
}

export interface PageBlocks {
  blocks: HtmlBlock[]
  /**
   * Inline elements that a line break splits between blocks (<b>one<br>two</b>): they hold text of more than
   * one block, so no cut may take one of them whole.
   */
  split: Set<Element>
  /** A CSS step for each element above a block ("div#main", "li:nth-of-type(3)"), taken before anything moves. */
  steps: Map<Element, string>
}

/**
 * Never visible as text: code, metadata, embedded media and form widgets that show no text of their own. Text
 * that stands in a <picture> or a <map> shows, as in browsers. <noscript> is visible: scripts never run here,
 * and forums such as Discourse put their posts in it. What an <iframe> or a <frame> holds is another page's,
 * which decruft does not fetch.
 */
const INVISIBLE = new Set([
  'script', 'style', 'template', 'head', 'title', 'meta', 'link', 'base', 'svg', 'math', 'iframe', 'frame', 'embed', 'canvas', 'audio', 'video', 'img', 'source', 'track', 'area', 'select',
  'option', 'optgroup', 'datalist', 'textarea', 'input', 'frameset',
])

/**
 * What an <object> shows natively: images, documents and frames. Browsers run no plugins any more, so an
 * object of any other type (a Flash player, a Java applet) shows its fallback content, which old pages fill
 * with the video's caption or a transcript.
 */
const NATIVE_OBJECT_TYPE = /^(?:image\/|text\/|application\/(?:pdf|xhtml\+xml)$)/i
const NATIVE_OBJECT_DATA = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|pdf|html?|xhtml|txt)(?:[?#]|$)/i

function rendersItself(object: Element): boolean {
  const type = object.getAttribute('type')
  if (type) return NATIVE_OBJECT_TYPE.test(type.trim())
  return NATIVE_OBJECT_DATA.test(object.getAttribute('data') ?? '')
}

/** Elements that start and end a block (CSS display: block, list-item or table parts by default). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** Elements that start a structure of their own: a role found above one does not reach inside it. */
const STRUCTURE = new Set(['ul', 'ol', 'table', 'blockquote', 'dl', 'body'])

/** Void elements that end a line. */
const LINE_BREAK = new Set(['br', 'hr'])

const MARKS: Record<string, InlineGroup['mark']> = { a: 'link', strong: 'strong', b: 'strong', em: 'em', i: 'em', code: 'code', kbd: 'code', samp: 'code' }

const TEXT_NODE = 3
const ELEMENT_NODE = 1
const CSS_IDENTIFIER = /^-?[A-Za-z_][\w-]*$/

export function collectBlocks(body: Element, locate: (node: Node) => SourceSpan | null): PageBlocks {
  const collector = new BlockCollector(locate)
  collector.enter(body, 'body')
  collector.visitChildren(body)
  collector.flush()
  collector.leave()
  demoteLayoutCells(collector.blocks)
  return { blocks: collector.blocks, steps: collector.steps, split: collector.split }
}

/** A table cell holding several blocks is page layout (old sites lay out whole articles in <td>s), not data. */
function demoteLayoutCells(blocks: HtmlBlock[]): void {
  const blocksPerCell = new Map<Element, number>()
  for (const { role } of blocks) if (role.type === 'table-cell') blocksPerCell.set(role.cell, (blocksPerCell.get(role.cell) ?? 0) + 1)
  for (const block of blocks) if (block.role.type === 'table-cell' && blocksPerCell.get(block.role.cell)! > 1) block.role = { type: 'paragraph' }
}

class BlockCollector {
  readonly blocks: HtmlBlock[] = []
  readonly steps = new Map<Element, string>()
  readonly split = new Set<Element>()
  /** The elements from <body> down to the one being visited. */
  private readonly path: Element[] = []
  /** Per element on the path, how many of each tag its children had so far (for :nth-of-type). */
  private readonly tagCounts: Map<string, number>[] = []
  private quoteDepth = 0
  private preDepth = 0
  // The run of inline content being gathered.
  private raw = ''
  private linkChars = 0
  private textNodes: Text[] = []
  /** The path when the run's first text came, and how far the path has shrunk since: what holds the whole run. */
  private pathAtStart: Element[] = []
  private shallowest = 0
  private root: InlineNode[] = []
  private open: InlineGroup[] = []

  constructor(private readonly locate: (node: Node) => SourceSpan | null) {}

  enter(element: Element, step: string): void {
    this.path.push(element)
    this.tagCounts.push(new Map())
    this.steps.set(element, step)
  }

  leave(): void {
    this.path.pop()
    this.tagCounts.pop()
    this.shallowest = Math.min(this.shallowest, this.path.length)
  }

  visitChildren(element: Element): void {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) this.addText(child as Text)
      else if (child.nodeType === ELEMENT_NODE) this.visitElement(child as Element)
    }
  }

  private visitElement(element: Element): void {
    const tag = element.localName
    const counts = this.tagCounts[this.tagCounts.length - 1]!
    const nth = (counts.get(tag) ?? 0) + 1
    counts.set(tag, nth)
    if (INVISIBLE.has(tag) || (tag === 'object' && rendersItself(element))) return
    if (LINE_BREAK.has(tag)) {
      this.flush()
      return
    }
    const block = BLOCK.has(tag)
    if (block) this.flush()
    this.enter(element, stepOf(element, tag, nth))
    const mark = block ? undefined : MARKS[tag]
    if (mark) this.openGroup(mark, element)
    if (tag === 'blockquote') this.quoteDepth++
    if (tag === 'pre') this.preDepth++
    this.visitChildren(element)
    if (block) this.flush()
    if (tag === 'pre') this.preDepth--
    if (tag === 'blockquote') this.quoteDepth--
    if (mark) this.open.pop()
    this.leave()
  }

  private addText(node: Text): void {
    const data = node.data
    if (this.textNodes.length === 0) {
      this.pathAtStart = this.path.slice()
      this.shallowest = this.path.length
    }
    this.raw += data
    if (this.open.some((group) => group.mark === 'link')) this.linkChars += data.replace(/\s+/g, '').length
    this.textNodes.push(node)
    const parent = this.open[this.open.length - 1]
    ;(parent ? parent.children : this.root).push(data)
  }

  private openGroup(mark: InlineGroup['mark'], element: Element): void {
    const group: InlineGroup = { mark, children: [] }
    if (mark === 'link') {
      const href = element.getAttribute('href')
      if (href) group.href = href
    }
    const parent = this.open[this.open.length - 1]
    ;(parent ? parent.children : this.root).push(group)
    this.open.push(group)
  }

  /** Ends the current run: it becomes a block if it has visible text. Open inline groups carry on empty. */
  flush(): void {
    const text = this.preDepth > 0 ? this.raw.replace(/^\n/, '').trimEnd() : this.raw.replace(/\s+/g, ' ').trim()
    // The span runs from the first to the last text that shows: white space between tags belongs to no one.
    const first = this.textNodes.find((node) => /\S/.test(node.data))
    const last = this.textNodes.findLast((node) => /\S/.test(node.data))
    if (text && first && last) {
      // The elements that hold the whole run; those that hold only its start or its end are split.
      const holding = Math.min(this.shallowest, this.path.length)
      for (const element of [...this.pathAtStart.slice(holding), ...this.path.slice(holding)]) this.split.add(element)
      const ancestors = this.path.slice(0, holding)
      const container = ancestors[ancestors.length - 1]!
      const start = this.locate(first) ?? this.locate(container)
      const end = this.locate(last) ?? start
      if (start && end) {
        this.blocks.push({
          index: this.blocks.length,
          text,
          inline: this.root,
          role: this.roleOf(),
          quoteDepth: this.quoteDepth,
          ancestors,
          span: { start: start.start, end: end.end, line: start.line, column: start.column },
          linkChars: this.linkChars,
          textNodes: this.textNodes,
        })
      }
    }
    this.raw = ''
    this.linkChars = 0
    this.textNodes = []
    this.root = []
    let children = this.root
    this.open = this.open.map((group) => {
      const copy: InlineGroup = { ...group, children: [] }
      children.push(copy)
      children = copy.children
      return copy
    })
  }

  /**
   * The role of the run from its block-level ancestors: the nearest heading, list item or table cell, unless a
   * list, table or quote starts between it and the run (a <p> in an <li> is the item's text; an <li> in a
   * <td> is a list item).
   */
  private roleOf(): BlockRole {
    if (this.preDepth > 0) return { type: 'code' }
    for (let i = this.path.length - 1; i >= 0; i--) {
      const tag = this.path[i]!.localName
      if (/^h[1-6]$/.test(tag)) return { type: 'heading', level: Number(tag[1]) }
      if (tag === 'li') {
        const lists = this.path.slice(0, i).filter((element) => element.localName === 'ul' || element.localName === 'ol')
        return { type: 'list-item', ordered: lists[lists.length - 1]?.localName === 'ol', depth: Math.max(1, lists.length) }
      }
      if (tag === 'td' || tag === 'th') {
        const row = this.path.slice(0, i).reverse().find((element) => element.localName === 'tr')
        if (row) return { type: 'table-cell', row, cell: this.path[i]!, header: tag === 'th' }
      }
      if (STRUCTURE.has(tag)) break
    }
    return { type: 'paragraph' }
  }
}

/** "aside#sidebar", "div.post:nth-of-type(2)": an id is taken as unique, so a path can start there. */
function stepOf(element: Element, tag: string, nth: number): string {
  const id = element.getAttribute('id')
  if (id && CSS_IDENTIFIER.test(id)) return `${tag}#${id}`
  const className = firstClassOf(element)
  const withClass = className && CSS_IDENTIFIER.test(className) ? `${tag}.${className}` : tag
  return `${withClass}:nth-of-type(${nth})`
}

/** A CSS path to `element`, from its nearest ancestor with an id (or from <body>). */
export function selectorOf(ancestors: Element[], element: Element, steps: Map<Element, string>): string {
  const end = ancestors.indexOf(element)
  const parts: string[] = []
  for (let i = end; i >= 0; i--) {
    const step = steps.get(ancestors[i]!) ?? ancestors[i]!.localName
    parts.unshift(step)
    if (step.includes('#')) break
  }
  return parts.join(' > ')
}
