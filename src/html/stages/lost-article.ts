/** An article is never emptied silently: the report names the rules that cut most of it (article-guard.ts). */
import { lostArticleWarning } from '../article-guard.js'
import { htmlStage } from '../stage.js'

export const LOST_ARTICLE_STAGE = htmlStage({
  name: 'lost-article',
  switchable: false,
  description: "Warns when the output keeps under a tenth of Readability's article, naming the rules that cut it.",
  codeRules: [],
  run(page) {
    const lost = lostArticleWarning(page, page.inArticle(page.blocks))
    if (lost) page.warnings.push(lost)
  },
})
