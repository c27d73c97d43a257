/**
 * The guard rails of an HTML page: an article is never emptied silently.
 * - A rule whose hits are always cut (a dialog, a footer) may still match an element that wraps the whole
 *   article (a "modal" wrapper around a page's content). When the cleaned page keeps almost none of the
 *   page's prose and such a hit held most of it, the page is cleaned again with that rule's hits left to
 *   the main-content pass, as any rule's long hits are, and the report says so.
 * - When the output keeps under a tenth of Readability's article, the report names the rules that cut it.
 */
import { classify } from '../engine/classes.js'
import type { HtmlBlock } from './blocks.js'
import type { Page } from './page.js'
import type { SelectorRuleDefinition } from './selector-rule.js'
import { describe } from './describe.js'
import { warning } from '../report/warnings.js'
import type { Warning } from '../types.js'

/** A page keeps at least this share of its prose, or of Readability's article... */
const MIN_KEPT_SHARE = 0.1
/** ...unless it has fewer words of prose than this: too little to judge. */
const MIN_PROSE_WORDS = 100
/** A hit holding at least this share of the page's prose is what emptied it. */
const OVERWHELMING_SHARE = 0.5

export interface Overwhelming {
  rule: SelectorRuleDefinition
  warning: Warning
}

/**
 * The always-cut rule whose hit emptied the page, if one did: the page kept under a tenth of its prose, and
 * the hit held at least half of it.
 */
export function overwhelmingHit(page: Page): Overwhelming | null {
  const { hits } = page
  let prose = 0
  let kept = 0
  const byHit = new Map<Element, number>()
  for (const block of page.blocks) {
    const line = page.lineOf(block)
    if (classify(line) !== 'content') continue
    prose += line.features.words
    if (!page.isCut(block)) kept += line.features.words
    const hit = page.cutBy(block)
    if (hit && hits.get(hit)!.alwaysCut) byHit.set(hit, (byHit.get(hit) ?? 0) + line.features.words)
  }
  if (prose < MIN_PROSE_WORDS || kept >= MIN_KEPT_SHARE * prose) return null
  const [hit, words] = [...byHit].sort((a, b) => b[1] - a[1])[0] ?? []
  if (!hit || words! < OVERWHELMING_SHARE * prose) return null
  const rule = hits.get(hit)!
  return {
    rule,
    warning: warning('rule-waived', rule.id, describe(hit), words!, prose),
  }
}

/** A warning when the output keeps under a tenth of Readability's article, naming the rules that cut the rest. */
export function lostArticleWarning(page: Page, article: HtmlBlock[]): Warning | null {
  let words = 0
  let kept = 0
  const byRule = new Map<string, number>()
  for (const block of article) {
    const count = page.lineOf(block).features.words
    words += count
    const verdict = page.verdicts[block.index]
    if (!verdict) kept += count
    else byRule.set(verdict.rule, (byRule.get(verdict.rule) ?? 0) + count)
  }
  if (words < MIN_PROSE_WORDS || kept >= MIN_KEPT_SHARE * words) return null
  const rules = [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([rule, count]) => `${rule} (${count} words)`)
  return warning('article-mostly-cut', kept, words, rules)
}
