/**
 * The text engine judges the article's blocks as the main text: phrase and section rules, repeats and context
 * clean inside it, since Readability keeps "Related" lists and "Read more" lines in its article. When no
 * article stands for the page, the engine judges the whole rule-cleaned page with its own main-text step (or
 * whole, for a listing or a product's page, engine/page-shape.ts), and the report says why.
 */
import { judgeWithEngine } from '../engine-blocks.js'
import { MAX_ELEMENTS_FOR_READABILITY } from '../main-content.js'
import type { Page } from '../page.js'
import { htmlStage } from '../stage.js'
import { warning } from '../../report/warnings.js'
import type { Warning } from '../../types.js'

export const TEXT_ENGINE_STAGE = htmlStage({
  name: 'text-engine',
  switchable: false,
  description: "The text engine judges Readability's article as the main text, or the whole rule-cleaned page when no article stands for it.",
  codeRules: [],
  run(page) {
    switch (page.route) {
      case 'article':
        judgeWithEngine(page, page.articleBlocks, 'article')
        return
      case 'no text':
        page.warnings.push(warning('no-visible-text', Boolean(page.standIn)))
        return
      case 'whole page':
        if (page.rules.isEnabled('stage:main-content')) page.warnings.push(noArticleWarning(page))
        judgeWithEngine(page, page.kept(page.candidates), page.metadata.product ? 'product page' : 'page')
    }
  },
})

function noArticleWarning({ gate, tooLargeForMainContent }: Page): Warning {
  if (tooLargeForMainContent !== null) return warning('article-pass-skipped', tooLargeForMainContent, MAX_ELEMENTS_FOR_READABILITY)
  return gate && !gate.trusted ? warning('article-distrusted', gate.why) : warning('no-article-found')
}
