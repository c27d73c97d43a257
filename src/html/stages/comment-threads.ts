/**
 * Comment threads found by their structure (threads.ts) are cut wherever they lie, inside Readability's
 * article too, when they are reader comments (comments.ts); a forum's posts are the page's content.
 */
import { findThreads } from '../threads.js'
import { commentThreads, threadReason } from '../comments.js'
import { htmlStage } from '../stage.js'

export const COMMENT_THREADS_STAGE = htmlStage({
  name: 'comment-threads',
  switchable: false,
  description: 'Cuts the reader-comment threads that the shape of their items shows, inside the article too.',
  codeRules: [],
  run(page) {
    page.settleCandidates()
    const { candidates, lines, title } = page
    page.threads = page.rules.threadRules.map((headers) => ({ headers, found: findThreads(candidates, lines, headers) }))
    for (const { headers, found } of page.threads)
      for (const thread of commentThreads({ threads: found, candidates, title, article: page.articleBlocks, lines, discussion: page.metadata.discussion })) {
        const why = threadReason(thread)
        for (const block of thread.blocks) page.cut(block, { rule: headers.rule.id, category: headers.rule.category, why })
      }
    page.settleCandidates()
  },
})
