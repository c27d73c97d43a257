import type { Block } from '../types.js'

/**
 * What a line's own text decides, computed once per distinct text and given for every block. A quarter of a
 * capture's lines repeat an earlier one (a menu printed at the top and the bottom), and a capture that holds
 * its page over and over has tens of thousands of lines and a hundred texts.
 */
export function byDistinctText<T>(blocks: readonly Block[], compute: (block: Block) => T): T[] {
  const known = new Map<string, T>()
  return blocks.map((block) => {
    if (known.has(block.text)) return known.get(block.text) as T
    const value = compute(block)
    known.set(block.text, value)
    return value
  })
}
