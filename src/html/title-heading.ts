/**
 * The page's title heading: where the article starts, for the steps that need to know what comes below the
 * title (the article gate, the comments under an article).
 */
import type { HtmlBlock } from './blocks.js'
import { sameTitle } from './lead.js'

/** The last h1, or heading that matches the page's title, among the blocks before index `end`. */
export function titleHeadingBefore(blocks: HtmlBlock[], end: number, title: string | null): HtmlBlock | undefined {
  let heading: HtmlBlock | undefined
  for (const block of blocks) {
    if (block.index >= end) break
    if (block.role.type !== 'heading') continue
    if (block.role.level === 1 || (title !== null && sameTitle(block.text, title))) heading = block
  }
  return heading
}
