/**
 * The blocks outside the article that Readability's pass found, and that no stage widened it by: each is cut
 * with the best evidence there is for it. A held-back selector hit or a text rule that knows the block names it
 * best ("12 Comments"); the title heading moves to the result's title field; every other block is cut with the
 * evidence of the outermost element around it that holds no article text (outside.ts).
 */
import type { RuleMeta } from '../../types.js'
import { sentenceTail } from '../../report/messages.js'
import { selectorVerdict } from '../selector-verdicts.js'
import { elementsHolding, groupByRegion, regionEvidence } from '../outside.js'
import { sameTitle } from '../lead.js'
import { htmlStage } from '../stage.js'

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

export const OUTSIDE_MAIN_CONTENT_STAGE = htmlStage({
  name: 'outside-main-content',
  switchable: false,
  description: "Cuts the blocks outside Readability's article, each with the evidence of the region it lies in, or the text rule that knows it.",
  codeRules: [OUTSIDE_MAIN_CONTENT, PAGE_TITLE],
  run(page) {
    if (page.route !== 'article' || !page.rules.isEnabled(OUTSIDE_MAIN_CONTENT.id)) return
    const { main, title, rules } = page
    const outside = page.candidates.filter((block) => !main!.blocks.has(block.index))
    // Matched together: the matcher matches each distinct text once (a menu printed twice costs one).
    const matches = rules.matcher.matchAll(outside.map((block) => page.lineOf(block)))
    const textRule = new Map(outside.map((block, i) => [block, matches[i]]))
    for (const [region, members] of groupByRegion(outside, elementsHolding(page.articleBlocks))) {
      const evidence = regionEvidence(region, members)
      for (const block of members) {
        const element = page.heldBy(block)
        const hit = textRule.get(block)
        if (element) page.cut(block, selectorVerdict(element, page.hits.get(element)!, ', outside the main content'))
        else if (hit) page.cut(block, { rule: hit.id, category: hit.category, why: `${sentenceTail(hit.description)}, outside the main content` })
        else if (title && block.role.type === 'heading' && sameTitle(block.text, title) && rules.isEnabled(PAGE_TITLE.id))
          page.cut(block, { rule: PAGE_TITLE.id, category: 'meta', why: "it is the page's title, which the result gives in its title field" })
        else page.cut(block, { rule: OUTSIDE_MAIN_CONTENT.id, ...evidence })
      }
    }
  },
})
