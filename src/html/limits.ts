/**
 * The size of tree the HTML front end takes in bounded time and memory, checked while the page is parsed.
 * - Every stage after the parse costs time per element, and each element costs memory in two documents (the
 *   page and Readability's copy): a page of a million elements would fill gigabytes.
 * - Readability measures the text of every ancestor of every candidate, and the selector rules match
 *   descendant combinators up through the ancestors: nesting costs time in proportion to each element's depth,
 *   and a chain of nested blocks costs Readability time in the square of its length.
 * The limits sit far above real pages: the dev set's largest holds about 10,000 elements, its deepest nests 56
 * levels, and its heaviest sums 166,000 levels over its elements.
 */
import { defaultTreeAdapter } from 'parse5'
import { InputError } from '../input/decode.js'

export const MAX_ELEMENTS = 50_000
export const MAX_DEPTH = 256
/** The sum of every element's depth: what nesting costs. */
const MAX_WEIGHT = 600_000

/** Thrown inside parse5 to stop it once the count is over the limit. */
export class OverLimit extends Error {}

/** parse5's own light nodes, counted as they are made: the parse stops at the element limit. */
export function countingTreeAdapter(): typeof defaultTreeAdapter {
  let elements = 0
  return {
    ...defaultTreeAdapter,
    createElement(...args: Parameters<typeof defaultTreeAdapter.createElement>) {
      if (++elements > MAX_ELEMENTS) throw new OverLimit()
      return defaultTreeAdapter.createElement(...args)
    },
  }
}

export function tooManyElements(): InputError {
  return new InputError('too-many-elements', `The page holds more than ${count(MAX_ELEMENTS)} elements, more than decruft cleans in bounded time and memory; no single page as published is so large, so split it or leave it out.`)
}

/** The depth of each element as the tree is built; throws an InputError once the tree is past a nesting limit. */
export class NestingMeasure {
  /** The sum of the depths so far. */
  private weight = 0

  add(depth: number): void {
    this.weight += depth
    if (depth > MAX_DEPTH) throw tooDeep(`more than ${count(MAX_DEPTH)} levels deep`)
    if (this.weight > MAX_WEIGHT) throw tooDeep(`more than ${count(MAX_WEIGHT)} levels summed over its elements`)
  }
}

function tooDeep(how: string): InputError {
  return new InputError('too-deep', `The page's elements nest ${how}, more than decruft cleans in bounded time; no page as published nests so deep, so check how it was made or leave it out.`)
}

function count(n: number): string {
  return n.toLocaleString('en')
}
