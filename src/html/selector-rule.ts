/**
 * Selector rules: the HTML-only rule kind. A pack names elements by CSS selectors; the engine cuts every
 * visible block inside a matched element, unless the element holds the article itself (see dom-rules.ts).
 */
import type { RuleMeta } from '../types.js'

export interface SelectorRuleDefinition extends RuleMeta {
  kind: 'selector'
  /** One CSS selector list per rule, compiled once per document query. */
  selectors: string[]
  /** Hits inside an element matching one of these are ignored (a <header> inside an <article> is the article's). */
  notInside: string[]
  /**
   * Hits that hold prose are left to the main-content pass: collapsed panels (FAQ answers, tabs) are hidden
   * the same way as duplicate menus, but they are the page's content.
   */
  spareProse: boolean
  /**
   * Hits are hidden or laid over the page (dialogs, collapsed menus): an h1 or <main> inside one is the
   * overlay's own title or a copy, so it does not mark the article (a "Subscribe to RSS" dialog with an h1
   * inside a sidebar would otherwise shield the whole sidebar).
   */
  overlay: boolean
  /**
   * Hits are cut even when they hold most of the page's prose: a consent dialog's legal text or a footer's
   * list of towns is never the article, however long it is (on a listing page it outweighs the listing).
   */
  alwaysCut: boolean
}

export function isSelectorRule(rule: { kind: string }): rule is SelectorRuleDefinition {
  return rule.kind === 'selector'
}
