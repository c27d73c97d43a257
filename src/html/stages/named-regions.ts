/**
 * The held-back selector hits that name a region other than the article (Page.inNamedRegion): inside
 * Readability's article, such a region comes after the article's own text (a long comment thread that the
 * article runs into), and goes; when no article stands, what Readability left out and a rule named stays cut,
 * since the wider judgement is for the prose that no rule explains.
 */
import { selectorVerdict } from '../selector-verdicts.js'
import type { HtmlBlock } from '../blocks.js'
import type { Page } from '../page.js'
import { htmlStage } from '../stage.js'

export const NAMED_REGIONS_STAGE = htmlStage({
  name: 'named-regions',
  switchable: false,
  description: 'Cuts the long selector hits held back for the main-content pass that name a region other than the article.',
  codeRules: [],
  run(page) {
    if (page.route === 'article') {
      cutNamedRegions(page, page.articleBlocks, ", after the article's own text")
      page.articleBlocks = page.kept(page.articleBlocks)
    } else if (page.route === 'whole page') {
      cutNamedRegions(page, page.candidates.filter((block) => !page.main?.blocks.has(block.index)), '')
    }
  },
})

function cutNamedRegions(page: Page, blocks: HtmlBlock[], where: string): void {
  for (const block of blocks)
    if (page.inNamedRegion(block)) {
      const hit = page.heldBy(block)!
      page.cut(block, selectorVerdict(hit, page.hits.get(hit)!, where))
    }
}
