/** Widens Readability's article by its lead, which the page's header holds beside the title (lead.ts). */
import { findLead } from '../lead.js'
import { htmlStage } from '../stage.js'

export const LEAD_STAGE = htmlStage({
  name: 'lead',
  switchable: true,
  description: "Keeps the prose between the page's title and Readability's article, or that prints the page's description, as the article's lead.",
  codeRules: [],
  run(page) {
    if (page.route !== 'article') return
    page.widenArticle(findLead(page.outsideArticle(), page.articleBlocks, page.lines, { title: page.title, description: page.metadata.description }))
  },
})
