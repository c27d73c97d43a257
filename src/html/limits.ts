/**
 * The size of tree the HTML front end takes in bounded time and memory, checked before jsdom sees a page.
 * - jsdom builds each node at about a kilobyte, and the later stages take about 0.06 ms per element: a page
 *   of a million elements fills gigabytes.
 * - jsdom walks a node's ancestors, recursively, each time it inserts one, and Readability measures the text
 *   of every ancestor of every candidate: nesting costs time in proportion to each element's depth (about
 *   4 µs per level of each element), a chain of nested blocks costs Readability time in the square of its
 *   length (855 levels of 860 elements took 2.5 s), and 100,000 levels overflow the stack.
 * The limits sit far above real pages: the dev set's largest holds about 10,000 elements, its deepest nests 56
 * levels, and its heaviest sums 166,000 levels over its elements.
 *
 * A scan of the source's tags bounds the tree cheaply; only a page whose scan comes near a limit is parsed
 * with parse5 alone, which builds light nodes and stops at the element limit. The scan is no exact bound:
 * elements that a page leaves open (formatting elements above all) are reopened by the parser in every
 * block that follows, so its bounds are multiplied by how many of them it saw open at once.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5'
import { InputError } from '../input/decode.js'

export const MAX_ELEMENTS = 50_000
export const MAX_DEPTH = 256
/** The sum of every element's depth: what nesting costs. */
const MAX_WEIGHT = 600_000

/**
 * A tag, its name and attributes stopping at the next "<": an unclosed "<a" must not send a match to the end.
 * The name is taken whole, as an atomic group would take it (a lookahead and a back-reference): were it free
 * to give characters back to the attributes, a long run of letters after an unclosed "<a" would be split at
 * every one of its points, in time square in its length.
 */
const TAG = /<(\/?)(?=([a-zA-Z][^\s/<>]*))\2[^<>]*>/g
/** Elements without content: they never open a level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** Elements that the parser reopens in each new block while they are open ("active formatting elements"). */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u'])

/** Throws an InputError when the page's tree would be larger, deeper or heavier than the limits. */
export function assertWithinTreeLimits(html: string): void {
  const scan = scanTags(html)
  const reopened = 1 + scan.formatting
  if (scan.elements * reopened <= MAX_ELEMENTS && scan.depth * reopened <= MAX_DEPTH && scan.weight * reopened <= MAX_WEIGHT) return
  const tree = measureTree(html)
  if (tree.elements > MAX_ELEMENTS) {
    throw new InputError('too-many-elements', `The page holds more than ${count(MAX_ELEMENTS)} elements, more than decruft cleans in bounded time and memory; no single page as published is so large, so split it or leave it out.`)
  }
  if (tree.depth > MAX_DEPTH || tree.weight > MAX_WEIGHT) {
    const how = tree.depth > MAX_DEPTH ? `${count(tree.depth)} levels deep, more than the ${count(MAX_DEPTH)}` : `${count(tree.weight)} levels summed over its elements, more than the ${count(MAX_WEIGHT)}`
    throw new InputError('too-deep', `The page's elements nest ${how} that decruft cleans in bounded time; no page as published nests so deep, so check how it was made or leave it out.`)
  }
}

interface TreeSize {
  elements: number
  /** The deepest element's depth. */
  depth: number
  /** The sum of every element's depth. */
  weight: number
}

function count(n: number): string {
  return n.toLocaleString('en')
}

/**
 * The tree's size as the tags give it, and `formatting`, the most formatting elements open at once. An end
 * tag closes the innermost open element of its name and those inside it, as the parser does; one with no
 * such element open is ignored, as the parser ignores it, so that stray end tags cannot hide the nesting of
 * the tags around them. Elements the parser closes without an end tag (a <p> before a <div>) count as open.
 */
function scanTags(html: string): TreeSize & { formatting: number } {
  const scan = { elements: 0, depth: 0, weight: 0, formatting: 0 }
  const open: string[] = []
  const openByName = new Map<string, number>()
  let formatting = 0
  for (const [tag, close, name] of html.matchAll(TAG)) {
    const element = name!.toLowerCase()
    if (close) {
      if (!openByName.get(element)) continue
      for (let popped = ''; popped !== element; ) {
        popped = open.pop()!
        openByName.set(popped, openByName.get(popped)! - 1)
        if (FORMATTING.has(popped)) formatting--
      }
      continue
    }
    scan.elements++
    scan.weight += open.length + 1
    if (VOID.has(element) || tag.endsWith('/>')) continue
    open.push(element)
    openByName.set(element, (openByName.get(element) ?? 0) + 1)
    scan.depth = Math.max(scan.depth, open.length)
    if (FORMATTING.has(element)) scan.formatting = Math.max(scan.formatting, ++formatting)
  }
  return scan
}

/** Thrown inside parse5 to stop it once the count is over the limit. */
class OverLimit extends Error {}

/** The size of the tree that the HTML parser builds; past the element limit, only that it is past. */
function measureTree(html: string): TreeSize {
  let elements = 0
  const counting = {
    ...defaultTreeAdapter,
    createElement(...args: Parameters<typeof defaultTreeAdapter.createElement>) {
      if (++elements > MAX_ELEMENTS) throw new OverLimit()
      return defaultTreeAdapter.createElement(...args)
    },
  }
  let document: DefaultTreeAdapterMap['document']
  try {
    document = parse(html, { treeAdapter: counting })
  } catch (error) {
    if (error instanceof OverLimit) return { elements, depth: 0, weight: 0 }
    throw error
  }
  const size = { elements, depth: 0, weight: 0 }
  const stack: [DefaultTreeAdapterMap['parentNode'], number][] = [[document, 0]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next
    for (const child of node.childNodes) {
      if (!('childNodes' in child)) continue
      size.depth = Math.max(size.depth, depth + 1)
      size.weight += depth + 1
      stack.push([child, depth + 1])
    }
    if ('content' in node) stack.push([node.content, depth + 1])
  }
  return size
}
