/**
 * The loading placeholders of a page that React streams: the page's script replaces each with a part sent at
 * the end of the page, which loading the page moved into place (streamed.ts), so the placeholder is no text
 * the page shows.
 */
import type { RuleMeta } from '../../types.js'
import { htmlStage } from '../stage.js'

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

export const STREAMED_FALLBACK_STAGE = htmlStage({
  name: 'streamed-fallback',
  switchable: false,
  description: "Cuts the loading placeholders of a page that React streams, which the page's script replaces.",
  codeRules: [STREAMED_FALLBACK],
  run(page) {
    const fallbacks = page.streamedFallbacks
    if (fallbacks.length === 0 || !page.rules.isEnabled(STREAMED_FALLBACK.id)) return
    for (const block of page.blocks)
      if (block.textNodes.every((node) => fallbacks.some((fallback) => fallback.contains(node))))
        page.cut(block, { rule: STREAMED_FALLBACK.id, category: 'boilerplate', why: 'it is a loading placeholder, which the page\'s script replaces with a part streamed at its end' })
  },
})
