/**
 * Readability's main-content pass, on what the selector rules left of the page: its article is evidence for
 * the stages after it, which widen it, weigh it against the page and judge it (main-content.ts).
 */
import { findMainContent, MAX_ELEMENTS_FOR_READABILITY } from '../main-content.js'
import { htmlStage } from '../stage.js'

export const MAIN_CONTENT_STAGE = htmlStage({
  name: 'main-content',
  switchable: true,
  description: "Readability's main-content pass finds the article; without it, the text engine's own main-text step judges the page.",
  codeRules: [],
  run(page) {
    // linkedom's getElementsByTagName('*') finds nothing; its querySelectorAll('*') finds every element.
    const elements = page.parsed.document.querySelectorAll('*').length
    if (elements > MAX_ELEMENTS_FOR_READABILITY) page.tooLargeForMainContent = elements
    else page.main = findMainContent(page.parsed, page.blocks)
  },
})
