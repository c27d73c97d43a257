/** Widens Readability's article by what the page's <article> element holds after it (continuation.ts). */
import { findContinuation } from '../continuation.js'
import { htmlStage } from '../stage.js'

export const CONTINUATION_STAGE = htmlStage({
  name: 'continuation',
  switchable: true,
  description: "Keeps the rest of the page's <article> element after Readability's part of it (an FAQ, a closing note).",
  codeRules: [],
  run(page) {
    if (page.route !== 'article') return
    page.widenArticle(findContinuation(page.outsideArticle(), page.articleBlocks, page.title))
  },
})
