/**
 * Mends two faults of jsdom 29's HTML parsing with node locations, which decruft needs to place its cuts in
 * the source. Imported for its effect, once, before any page is parsed; each is tested in html-input.test.ts.
 */
import { createRequire } from 'node:module'
import { Parser } from 'parse5'

const require = createRequire(import.meta.url)

/**
 * Text standing directly inside a <table> is moved in front of the table ("foster parenting"): the parser
 * asks for it to be inserted before the table, and jsdom's parser adapter asks for that with
 * `_append(text, table)`, which ignores the table and appends the text at the end of the parent. The parser
 * then looks for the text just before the table, finds none, and throws ("reading 'sourceCodeLocation'").
 * Honouring the reference node, as `_preInsert` does, gives the order the standard and browsers give; jsdom's
 * only other caller of `_append` passes one argument.
 */
interface NodeImpl {
  _append(node: NodeImpl, reference?: NodeImpl | null): unknown
  _preInsert(node: NodeImpl, reference: NodeImpl | null): unknown
  readonly lastChild: NodeImpl | null
  readonly previousSibling: NodeImpl | null
}
const { implementation } = require('jsdom/lib/jsdom/living/nodes/Node-impl.js') as { implementation: { prototype: NodeImpl } }
implementation.prototype._append = function append(this: NodeImpl, node: NodeImpl, reference: NodeImpl | null = null) {
  return this._preInsert(node, reference)
}

/**
 * After inserting text, the parser finds the text node to give it its location by listing all of the
 * parent's children, and jsdom builds that list afresh each time: a parent of 30,000 inline elements took
 * half a minute. The parser only wants the child before the insertion point (`siblings[i - 1]`, where `i` is
 * the list's length or the index of the node inserted before); for jsdom's adapter this hands it just that.
 */
interface ParserInternals {
  treeAdapter: { constructor: { name: string }; getChildNodes?: (parent: NodeImpl) => unknown }
  _insertCharacters(token: unknown): void
}

/** The one sibling the parser reads: the parent's last child, or the one before the node it inserted before. */
class SiblingBeforeInsertion {
  private before: NodeImpl | undefined
  readonly length = 1
  constructor(private readonly parent: NodeImpl) {}
  lastIndexOf(node: NodeImpl): number {
    this.before = node
    return 1
  }
  get 0(): NodeImpl | null {
    return this.before ? this.before.previousSibling : this.parent.lastChild
  }
}

const parserPrototype = Parser.prototype as unknown as ParserInternals
const insertCharacters = parserPrototype._insertCharacters
parserPrototype._insertCharacters = function insertCharactersLocated(this: ParserInternals, token: unknown) {
  const adapter = this.treeAdapter
  if (adapter.constructor.name !== 'JSDOMParse5Adapter') return insertCharacters.call(this, token)
  // An own property shadows the adapter's method for this one call, whose only listing is that lookup.
  adapter.getChildNodes = (parent) => new SiblingBeforeInsertion(parent)
  try {
    insertCharacters.call(this, token)
  } finally {
    delete adapter.getChildNodes
  }
}
