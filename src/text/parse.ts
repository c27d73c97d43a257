/** The text front end: a capture becomes one nlcst tree and one Block per non-blank line. */
import { unified } from 'unified'
import retextLatin from 'retext-latin'
import type { Root } from 'nlcst'
import type { Block } from '../types.js'
import lineParagraphs from './line-paragraphs.js'
import { measure } from './features.js'

const parser = unified().use(retextLatin).use(lineParagraphs).freeze()

export function parseText(input: string): { tree: Root; blocks: Block[] } {
  const tree = parser.parse(input) as Root
  const blocks: Block[] = []
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode' || !node.position) continue
    const { start, end } = node.position
    const text = input.slice(start.offset, end.offset)
    if (!text.trim()) continue
    blocks.push({
      index: blocks.length,
      start: start.offset!,
      end: end.offset!,
      line: start.line,
      column: start.column,
      text,
      node,
      features: measure(text, node),
    })
  }
  return { tree, blocks }
}

