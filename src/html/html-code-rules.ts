/**
 * The HTML-only rules whose logic lives in the engine (html/clean-html.ts): their metadata and examples live
 * here so that they are listed, switched off and tested like pack rules. Examples are HTML fragments: a cut
 * example is placed after a standard article, a keep example inside it (test/support/html-frame.ts).
 */
import type { RuleMeta } from '../types.js'

export const OUTSIDE_MAIN_CONTENT: RuleMeta = {
  id: 'boilerplate/outside-main-content',
  category: 'boilerplate',
  description: "Blocks outside the main content that Readability's scoring finds: site menus, sidebars, footers, teaser grids.",
  languages: ['*'],
  htmlOnly: true,
  examples: {
    cut: [
      '<div class="sidebar-box"><a href="/a">Markets</a> <a href="/b">Energy</a> <a href="/c">Transport</a> <a href="/d">Housing</a></div>',
    ],
    keep: ['<p>Officials said the next round of talks would take place in the autumn, once the new budget is adopted by the council.</p>'],
  },
}

export const PAGE_TITLE: RuleMeta = {
  id: 'meta/page-title',
  category: 'meta',
  description: "The page's title heading outside the article's text: the result gives it in its title field instead.",
  languages: ['*'],
  htmlOnly: true,
  examples: {
    cut: ['<h1>Security chiefs meet in Moscow</h1>'],
    keep: ['<h2>What the delegates agreed</h2>'],
  },
}

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

export const STREAMED_FALLBACK: RuleMeta = {
  id: 'boilerplate/streamed-fallback',
  category: 'boilerplate',
  description: 'The loading placeholder of a page that React streams ("Loading…"): its script replaces it with the part sent at the end of the page.',
  languages: ['*'],
  htmlOnly: true,
  examples: {
    cut: ['<div class="story-part"><!--$?--><template id="B:0"></template><p>Loading the rest of the story</p><!--/$--></div><div hidden id="S:0"></div>'],
    keep: ['<p>Loading the lorries took the whole night, the drivers said, and the ferry left two hours late.</p>'],
  },
}

export const HTML_CODE_RULES: RuleMeta[] = [OUTSIDE_MAIN_CONTENT, PAGE_TITLE, LINK_MENU_LINE, STREAMED_FALLBACK]
