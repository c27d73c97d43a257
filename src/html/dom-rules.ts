/**
 * Runs the selector rules on a page. A rule proposes elements; the engine keeps the outermost hit of each
 * branch (the first rule in pack order wins on the same element) and never cuts an element that holds the
 * article itself: a selector such as [id*=comment] also matches a wrapper called "page-with-comments".
 */
import { RulePackError } from '../rules/load-packs.js'
import type { SelectorRuleDefinition } from './selector-rule.js'

/** An element that holds one of these holds the article, whatever its name says. */
const ARTICLE_MARKERS = 'h1, main, [itemprop="articleBody"], [role="main"]'

/** The outermost matched element of each branch, with the rule that matched it. */
export function findSelectorHits(document: Document, rules: SelectorRuleDefinition[]): Map<Element, SelectorRuleDefinition> {
  const hits = new Map<Element, SelectorRuleDefinition>()
  for (const rule of rules) {
    for (const element of queryAll(document, rule)) {
      if (hits.has(element) || holdsArticle(element)) continue
      if (rule.notInside.length > 0 && element.parentElement?.closest(rule.notInside.join(', '))) continue
      hits.set(element, rule)
    }
  }
  // Nested hits are covered by their outermost one.
  for (const element of [...hits.keys()]) {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (hits.has(parent)) {
        hits.delete(element)
        break
      }
    }
  }
  return hits
}

function holdsArticle(element: Element): boolean {
  const tag = element.localName
  return tag === 'html' || tag === 'body' || element.matches(ARTICLE_MARKERS) || element.querySelector(ARTICLE_MARKERS) !== null
}

function queryAll(document: Document, rule: SelectorRuleDefinition): Element[] {
  try {
    return [...document.querySelectorAll(rule.selectors.join(', '))]
  } catch {
    // Name the faulty selector, not the whole list.
    const bad = rule.selectors.find((selector) => !isValidSelector(document, selector)) ?? rule.selectors.join(', ')
    throw new RulePackError(`Rule ${rule.id}: "${bad}" is not a valid CSS selector; fix it in its pack.`)
  }
}

function isValidSelector(document: Document, selector: string): boolean {
  try {
    document.querySelector(selector)
    return true
  } catch {
    return false
  }
}
