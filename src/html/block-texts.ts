/**
 * The texts of an HTML page's blocks, as the cleaner sees them before judging them: what site templates are
 * learned from (templates/learner.ts), so that a page's blocks are matched to its site's lines when it is cleaned.
 */
import { loadHtml } from './document.js'
import { revealStreamedSegments } from './streamed.js'
import { collectBlocks } from './blocks.js'

export function blockTexts(html: string): string[] {
  const page = loadHtml(html)
  revealStreamedSegments(page.document)
  const { blocks } = collectBlocks(page.document.body ?? page.document.documentElement, page.locate)
  return blocks.map((block) => block.text)
}
