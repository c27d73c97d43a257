/**
 * The selector rules cut whole elements (comment threads, share bars, consent dialogs...), which then leave the
 * page, so that Readability never mistakes a comment thread for the article. A hit that may hold the article
 * under a misleading name is held back for the main-content pass (selector-verdicts.ts).
 */
import { findSelectorHits } from '../dom-rules.js'
import { selectorVerdict, settleHits } from '../selector-verdicts.js'
import { htmlStage } from '../stage.js'

export const SELECTOR_RULES_STAGE = htmlStage({
  name: 'selector-rules',
  switchable: false,
  description: 'The selector rules cut whole elements; a hit that may hold the article is held back for the main-content pass.',
  codeRules: [],
  run(page) {
    page.hits = findSelectorHits(page.parsed.document, page.rules.selectorRules)
    page.settled = settleHits(page.hits, page.blocks, page.lines, page.cleaning.waived)
    for (const block of page.blocks) {
      const hit = page.cutBy(block)
      if (hit) page.cut(block, selectorVerdict(hit, page.hits.get(hit)!, ''))
    }
    for (const element of page.settled.cut) element.remove()
  },
})
