/**
 * Whether Readability's article stands for the page (article-gate.ts), weighed without the prose of regions
 * that rules named: a long comment thread, a sidebar. What the page's later stages judge follows from it
 * (Page.route).
 */
import { classify } from '../../engine/classes.js'
import { judgeArticle } from '../article-gate.js'
import type { Page } from '../page.js'
import { htmlStage } from '../stage.js'

/** Below this many words of the article's own prose before it, a held-back hit holds the article's start. */
const ARTICLE_START_WORDS = 30

export const ARTICLE_GATE_STAGE = htmlStage({
  name: 'article-gate',
  switchable: false,
  description: "Keeps Readability's article for the page unless the page shows it is not one article.",
  codeRules: [],
  run(page) {
    page.articleHolders = articleHolders(page)
    const { main } = page
    page.gate = main
      ? judgeArticle({
          candidates: page.candidates,
          lines: page.lines,
          article: main.blocks,
          weighed: (block) => !page.inNamedRegion(block),
          shown: (block) => page.shownOnPage(block),
          title: page.title,
          threads: page.threads.flatMap(({ found }) => found).filter((thread) => !thread.blocks.some((block) => page.isCut(block))),
        })
      : null
  },
})

/**
 * The held-back hits that hold the start of Readability's article: those that its article enters before it
 * has this many words of prose of its own.
 */
function articleHolders(page: Page): Set<Element> {
  const holders = new Set<Element>()
  const passed = new Set<Element>()
  let prose = 0
  for (const block of page.articleBlocks) {
    const hit = page.heldBy(block)
    if (hit && !passed.has(hit)) {
      passed.add(hit)
      if (prose < ARTICLE_START_WORDS) holders.add(hit)
    }
    const line = page.lineOf(block)
    if (!hit && classify(line) === 'content') prose += line.features.words
  }
  return holders
}
