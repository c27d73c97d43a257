/**
 * What becomes of the selector rules' hits on a page: most are cut at once; a few are held back for the
 * main-content pass to judge, because they hold the article's prose under a misleading name.
 */
import type { Block } from '../types.js'
import type { Verdict } from '../engine/verdict.js'
import { classify } from '../engine/classes.js'
import { sentenceTail } from '../report/messages.js'
import type { SelectorRuleDefinition } from './selector-rule.js'
import type { HtmlBlock } from './blocks.js'
import { describe } from './describe.js'

/** A selector hit holding more than this share of the page's prose words is held back (see settleHits). */
const MAX_HIT_PROSE_SHARE = 0.5
/** A hit of a rule that spares prose is held back from this many words of prose lines (a short paragraph). */
const SPARED_PROSE_MIN_WORDS = 30

export interface SettledHits {
  /** Per block: the hit that cuts it now, the outermost one around it that is not held back. */
  cutBy: (Element | undefined)[]
  /** Per block not cut now: the outermost held-back hit around it, named if the main-content pass cuts it. */
  heldBy: (Element | undefined)[]
  /** The hits that cut now, to take out of the page before the main-content pass. */
  cut: Set<Element>
}

/**
 * A selector hit that holds most of the page's prose is the article under a misleading name (a forum's
 * posts in "#comments", a hero section called "newsletter-wrapper"): it is held back, and cut only where
 * Readability's pass leaves it outside the main content. So is a hit of a rule that spares prose, when it
 * holds some. Rules whose hits are never the article (consent dialogs, footers) say so, and always cut.
 * The hits of other rules nested in a held-back one still cut: a share bar inside a forum's "#comments"
 * goes, though the thread stays to be judged. Nested hits of the held-back hit's own rule do not: inside
 * "#comments", every post is a "comment" too. A rule can be waived its always-cut (article-guard.ts).
 */
export function settleHits(hits: Map<Element, SelectorRuleDefinition>, blocks: HtmlBlock[], lines: Block[], waived?: string): SettledHits {
  const chains = blocks.map((block) => block.ancestors.filter((element) => hits.has(element)))
  let total = 0
  const prose = new Map<Element, number>()
  chains.forEach((chain, i) => {
    const line = lines[i]!
    if (classify(line) !== 'content') return
    total += line.features.words
    for (const hit of chain) prose.set(hit, (prose.get(hit) ?? 0) + line.features.words)
  })
  const heldBack = (element: Element): boolean => {
    const rule = hits.get(element)!
    const words = prose.get(element) ?? 0
    const alwaysCut = rule.alwaysCut && rule.id !== waived
    return !alwaysCut && (words > MAX_HIT_PROSE_SHARE * total || (rule.spareProse && words >= SPARED_PROSE_MIN_WORDS))
  }
  const cutBy = chains.map((chain) => {
    const heldRules = new Set<SelectorRuleDefinition>()
    for (const element of chain) {
      const rule = hits.get(element)!
      if (heldRules.has(rule)) continue
      if (!heldBack(element)) return element
      heldRules.add(rule)
    }
    return undefined
  })
  return {
    cutBy,
    heldBy: chains.map((chain, i) => (cutBy[i] ? undefined : chain[0])),
    cut: new Set(cutBy.filter((element): element is Element => element !== undefined)),
  }
}

export function selectorVerdict(element: Element, rule: SelectorRuleDefinition, where: string): Verdict {
  return { rule: rule.id, category: rule.category, why: `it is inside ${describe(element)}${where}, matched as ${sentenceTail(rule.description)}` }
}
