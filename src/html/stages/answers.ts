/** Widens Readability's article, on a Q&A page, by the answers that the page's microdata marks (answers.ts). */
import { findAnswers } from '../answers.js'
import { htmlStage } from '../stage.js'

export const ANSWERS_STAGE = htmlStage({
  name: 'answers',
  switchable: true,
  description: "Keeps the answers' bodies that a Q&A page's schema.org microdata marks.",
  codeRules: [],
  run(page) {
    if (page.route !== 'article') return
    page.widenArticle(findAnswers(page.outsideArticle()))
  },
})
