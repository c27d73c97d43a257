/**
 * What becomes of the selector rules' hits on a page: most are cut at once; a few are held back for the
 * main-content pass to judge, because they hold the article's prose under a misleading name.
 */
import type { Block } from '../types.js'
import type { Verdict } from '../engine/verdict.js'
import { classify } from '../engine/classes.js'
import { sentenceTail } from '../report/messages.js'
import type { SelectorRuleDefinition } from './selector-rule.js'
import { describe } from './describe.js'

/** A selector hit holding more than this share of the page's prose words is held back (see holdingMostProse). */
const MAX_HIT_PROSE_SHARE = 0.5
/** A hit of a rule that spares prose is held back from this many words of prose lines (a short paragraph). */
const SPARED_PROSE_MIN_WORDS = 30

/**
 * A selector hit that holds most of the page's prose is the article under a misleading name (a forum's
 * posts in "#comments", a hero section called "newsletter-wrapper"): it is held back, and cut only where
 * Readability's pass leaves it outside the main content. So is a hit of a rule that spares prose, when it
 * holds some.
 */
export function holdingMostProse(hits: Map<Element, SelectorRuleDefinition>, hitOf: (Element | undefined)[], lines: Block[]): Set<Element> {
  let total = 0
  const prose = new Map<Element, number>()
  lines.forEach((line, i) => {
    if (classify(line) !== 'content') return
    total += line.features.words
    const hit = hitOf[i]
    if (hit) prose.set(hit, (prose.get(hit) ?? 0) + line.features.words)
  })
  return new Set(
    [...hits].filter(([element, rule]) => {
      const words = prose.get(element) ?? 0
      return words > MAX_HIT_PROSE_SHARE * total || (rule.spareProse && words >= SPARED_PROSE_MIN_WORDS)
    }).map(([element]) => element),
  )
}

export function selectorVerdict(element: Element, rule: SelectorRuleDefinition, where: string): Verdict {
  return { rule: rule.id, category: rule.category, why: `it is inside ${describe(element)}${where}, matched as ${sentenceTail(rule.description)}` }
}
