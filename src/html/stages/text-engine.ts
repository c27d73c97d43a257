/**
 * The text engine judges the article's blocks as the main text: phrase and section rules, repeats and context
 * clean inside it, since Readability keeps "Related" lists and "Read more" lines in its article. When no
 * article stands for the page, the engine judges the whole rule-cleaned page with its own main-text step (or
 * whole, for a listing or a product's page, engine/page-shape.ts), and the report says why.
 */
import { judgeWithEngine } from '../engine-blocks.js'
import type { Page } from '../page.js'
import { htmlStage } from '../stage.js'

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
        page.warnings.push(
          `The page's body shows no text: it is probably filled in by scripts, which decruft does not run. ${
            page.standIn ? "The output is the page's own description, from its meta tags." : 'The output is empty.'
          }`,
        )
        return
      case 'whole page':
        if (page.rules.isEnabled('stage:main-content')) page.warnings.push(`${noArticleReason(page)}, so the page was cleaned by its rules and the text engine's own main-text step.`)
        judgeWithEngine(page, page.kept(page.candidates), page.metadata.product ? 'product page' : 'page')
    }
  },
})

function noArticleReason({ gate }: Page): string {
  return gate && !gate.trusted ? gate.why : "Readability's main-content pass found no article"
}
