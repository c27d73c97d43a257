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

export const HTML_CODE_RULES: RuleMeta[] = [OUTSIDE_MAIN_CONTENT, PAGE_TITLE]
