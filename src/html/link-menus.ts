/**
 * Lines of links joined by separators ("Past 30 Days Of News | Articles & Reviews | RSS Feed"): a menu, wherever
 * it sits. Readability keeps such rows inside the article, and the text engine cannot tell them from a title,
 * since it sees no links; the block's links can.
 */
import type { HtmlBlock, InlineNode } from './blocks.js'

/** At least this share of the line's characters (white space aside) is link text. */
const MIN_LINK_SHARE = 0.9
/** Separator characters of menu rows; a slash is left out, since titles and dates hold slashes. */
const SEPARATORS = /[|•·]/g
/**
 * Two separators between three links: one could be a title such as "Home | Example News", and a card whose
 * one link wraps "Updated 6 days ago • 868k • 583" is an item's details, not a menu.
 */
const MIN_SEPARATORS = 2
const MIN_LINKS = 3

export function isLinkMenuLine(block: HtmlBlock): boolean {
  const chars = block.text.replace(/\s+/g, '').length
  return (
    chars > 0 &&
    block.linkChars >= MIN_LINK_SHARE * chars &&
    (block.text.match(SEPARATORS)?.length ?? 0) >= MIN_SEPARATORS &&
    countLinks(block.inline) >= MIN_LINKS
  )
}

function countLinks(nodes: InlineNode[]): number {
  let links = 0
  for (const node of nodes) if (typeof node !== 'string') links += node.mark === 'link' ? 1 : countLinks(node.children)
  return links
}
