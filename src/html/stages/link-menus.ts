/**
 * Lines of links joined by separators ("Past 30 Days Of News | Articles & Reviews | RSS Feed"): a menu, wherever
 * it sits. Readability keeps such rows inside the article, and the text engine cannot tell them from a title,
 * since it sees no links; the block's links can.
 */
import type { RuleMeta } from '../../types.js'
import type { HtmlBlock, InlineNode } from '../blocks.js'
import { htmlStage } from '../stage.js'

export const LINK_MENU_LINE: RuleMeta = {
  id: 'navigation/link-menu-line',
  category: 'navigation',
  description: 'A line of links joined by separators ("News | Archives | RSS Feed"): a menu row, inside the article or out of it.',
  languages: ['*'],
  htmlOnly: true,
  examples: {
    cut: ['<p><a href="/30">Past 30 Days Of News</a> | <a href="/r">Articles &amp; Reviews</a> | <a href="/a">News Archives</a> | <a href="/rss">RSS Feed</a></p>'],
    keep: [
      '<p>Prices rose by 4% in <a href="/jan">January</a> | <a href="/feb">February</a>, the office said, before falling back in March as fuel became cheaper.</p>',
      '<p><a href="/models/llama">Updated 6 days ago • 868k downloads • 583 likes</a></p>',
    ],
  },
}

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

export const LINK_MENUS_STAGE = htmlStage({
  name: 'link-menus',
  switchable: false,
  description: 'Cuts lines of links joined by separators, menu rows, wherever they sit.',
  codeRules: [LINK_MENU_LINE],
  run(page) {
    if (!page.rules.isEnabled(LINK_MENU_LINE.id)) return
    for (const block of page.kept(page.blocks))
      if (isLinkMenuLine(block)) page.cut(block, { rule: LINK_MENU_LINE.id, category: 'navigation', why: 'it is a row of links joined by separators, a menu' })
  },
})

function isLinkMenuLine(block: HtmlBlock): boolean {
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
