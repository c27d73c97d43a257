/**
 * One HTML page: loaded once into its state (page.ts), cleaned by the stages of stages/index.ts in their
 * order, then rendered and reported. When an always-cut rule's hit swallowed the article, the page is
 * cleaned again with that rule's hits left to the main-content pass (article-guard.ts).
 */
import { VFile } from 'vfile'
import type { CleanResult } from '../types.js'
import type { CompiledRules } from '../compile.js'
import { detectLanguage } from '../text/language.js'
import { buildReport, recordCuts, recordWarning } from '../report/build.js'
import { toElementCuts } from './cuts.js'
import { renderMarkdown, renderText } from './render.js'
import { overwhelmingHit } from './article-guard.js'
import { Page, type HtmlCleaning } from './page.js'
import { HTML_STAGES } from './stages/index.js'

export function cleanHtml(html: string, rules: CompiledRules, cleaning: HtmlCleaning): CleanResult {
  const page = new Page(html, rules, cleaning)
  for (const stage of HTML_STAGES) if (!stage.switchable || rules.isEnabled(`stage:${stage.name}`)) stage.run(page)
  if (cleaning.waived === undefined) {
    const overwhelming = overwhelmingHit(page)
    if (overwhelming) return cleanHtml(html, rules, { ...cleaning, warnings: [...cleaning.warnings, overwhelming.warning], waived: overwhelming.rule.id })
  }
  return resultOf(page, html)
}

/** The output: the kept blocks rendered, the report of the cuts, and the page's metadata. */
function resultOf(page: Page, html: string): CleanResult {
  const { blocks, verdicts, metadata, main, standIn } = page
  const file = new VFile({ value: html, path: page.cleaning.source })
  recordCuts(file, toElementCuts(blocks, verdicts, page.layout.steps, page.layout.split, page.parsed.locate))
  for (const warning of page.warnings) recordWarning(file, warning)
  const kept = page.kept(blocks)
  const text = standIn ?? renderText(kept)
  const language = detectLanguage(text)
  const result: CleanResult = {
    text,
    markdown: standIn ?? renderMarkdown(kept, { links: page.cleaning.output.links, baseUrl: metadata.url }),
    language,
    report: buildReport(file, 'html', language, visibleChars(page)),
  }
  const { title, description } = page
  const byline = main?.article.byline ?? metadata.byline
  const publishedTime = main?.article.publishedTime ?? metadata.publishedTime
  const siteName = main?.article.siteName ?? metadata.siteName
  if (title) result.title = title
  if (byline) result.byline = byline
  if (publishedTime) result.publishedTime = publishedTime
  if (siteName) result.siteName = siteName
  if (description) result.description = description
  return result
}

/** HTML reports count visible text, not markup: the characters of the blocks kept and cut. */
function visibleChars(page: Page): { inputChars: number; cutChars: number } {
  let inputChars = 0
  let cutChars = 0
  for (const block of page.blocks) {
    inputChars += block.text.length
    if (page.isCut(block)) cutChars += block.text.length
  }
  return { inputChars, cutChars }
}
