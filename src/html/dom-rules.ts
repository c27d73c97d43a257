/**
 * Runs the selector rules on a page. A rule proposes elements (the first rule in pack order wins on the same
 * element); hits nested in other hits are kept too, for when the outer one is held back (selector-verdicts.ts).
 * An element that holds the article itself is never a hit: a selector such as [id*=comment] also matches a wrapper called "page-with-comments". An h1
 * inside an overlay rule's hit (a dialog, a hidden panel) is that overlay's title and marks no article.
 * Simple selectors are tested in one walk of the page (simple-selector.ts); others go to the DOM's
 * querySelectorAll, once per page.
 */
import { RulePackError } from '../rules/load-packs.js'
import type { SelectorRuleDefinition } from './selector-rule.js'
import { compileSelectorList, ElementFacts, type ElementTest } from './simple-selector.js'
import { attributeOf } from './attribute.js'

/** An element that holds one of these holds the article, whatever its name says: h1, main, [itemprop="articleBody"], [role="main"]. */
function isArticleMarker(facts: ElementFacts): boolean {
  return facts.tag === 'h1' || facts.tag === 'main' || facts.attribute('itemprop') === 'articleBody' || facts.attribute('role') === 'main'
}
/** Their content is never shown, so no rule needs to look inside them. */
const NEVER_SHOWN = new Set(['script', 'style', 'template', 'head', 'svg', 'math'])

interface CompiledSelectors {
  /** The simple selectors of the list, as one test. */
  test: ElementTest
  /** The others, to query on each page. */
  complex: string[]
}

interface CompiledRule {
  rule: SelectorRuleDefinition
  selectors: CompiledSelectors
  notInside: CompiledSelectors | null
}

interface CompiledRuleSet {
  rules: CompiledRule[]
  /**
   * Whether any rule's simple selectors match: most elements match none, and this one test spares them the
   * test of each rule in turn.
   */
  anyRule: ElementTest
}

// Compiled once per cleaner: a cleaner's rule list is one array for its whole life.
const compiledSets = new WeakMap<SelectorRuleDefinition[], CompiledRuleSet>()

/** Every matched element that holds no article, nested ones included, with the rule that matched it. */
export function findSelectorHits(document: Document, rules: SelectorRuleDefinition[]): Map<Element, SelectorRuleDefinition> {
  const compiled = compiledSets.get(rules) ?? compileRuleSet(rules)
  compiledSets.set(rules, compiled)
  const queried = compiled.rules.map(({ rule, selectors, notInside }) => ({
    matches: queryAll(document, rule, selectors.complex),
    inside: notInside ? queryAll(document, rule, notInside.complex) : new Set<Element>(),
  }))
  // One walk finds every element's first matching rule and the elements that mark the article; vetoes and
  // the outermost hits are settled afterwards, when it is known what each element holds.
  const candidates = new Map<Element, SelectorRuleDefinition>()
  const markers: Element[] = []
  const visit = (element: Element, insideExcluded: boolean[], insideOverlay: boolean) => {
    const facts = new ElementFacts(element.localName, (name) => attributeOf(element, name))
    // A new array only where an element starts an excluded zone: most elements pass their parent's on.
    const starts = compiled.rules.some(({ notInside }, i) => !insideExcluded[i] && notInside !== null && (notInside.test(facts) || queried[i]!.inside.has(element)))
    const excludedHere = starts
      ? compiled.rules.map(({ notInside }, i) => insideExcluded[i]! || (notInside !== null && (notInside.test(facts) || queried[i]!.inside.has(element))))
      : insideExcluded
    const mayMatch = compiled.anyRule(facts) || queried.some(({ matches }) => matches.has(element))
    const match = mayMatch
      ? compiled.rules.findIndex(({ selectors }, i) => !insideExcluded[i] && (selectors.test(facts) || queried[i]!.matches.has(element)))
      : -1
    const rule = match === -1 ? undefined : compiled.rules[match]!.rule
    if (rule) candidates.set(element, rule)
    const overlayHere = insideOverlay || rule?.overlay === true
    if (!overlayHere && isArticleMarker(facts)) markers.push(element)
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (!NEVER_SHOWN.has(child.localName)) visit(child, excludedHere, overlayHere)
    }
  }
  if (document.body) visit(document.body, compiled.rules.map(() => false), false)

  const holdsArticle = new Set<Element>([document.documentElement])
  for (const marker of markers) for (let element: Element | null = marker; element; element = element.parentElement) holdsArticle.add(element)
  const hits = new Map<Element, SelectorRuleDefinition>()
  for (const [element, rule] of candidates) {
    if (!holdsArticle.has(element) && element.localName !== 'body') hits.set(element, rule)
  }
  return hits
}

function compileRuleSet(rules: SelectorRuleDefinition[]): CompiledRuleSet {
  return {
    rules: rules.map((rule) => ({
      rule,
      selectors: compileSelectorList(rule.selectors),
      notInside: rule.notInside.length > 0 ? compileSelectorList(rule.notInside) : null,
    })),
    anyRule: compileSelectorList(rules.flatMap((rule) => rule.selectors)).test,
  }
}

function queryAll(document: Document, rule: SelectorRuleDefinition, selectors: string[]): Set<Element> {
  if (selectors.length === 0) return new Set()
  try {
    return new Set(document.querySelectorAll(selectors.join(', ')))
  } catch {
    // Name the faulty selector, not the whole list.
    const bad = selectors.find((selector) => !isValidSelector(document, selector)) ?? selectors.join(', ')
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
