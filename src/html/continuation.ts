/**
 * The article's continuation: what the page's own <article> element holds after the part that Readability
 * returned. Readability returns its best-scored container and the siblings that score near it, so an
 * article's closing section in a container of its own (an FAQ after a how-to, a last note, an update) is
 * left out, although the page marks it as part of the same article. Human gold keeps it; Readability's own
 * fixtures, whose gold is its output, drop it (commit 9e88248 has the measurements).
 * Only what follows the article joins it: before it, an <article> also holds its disclosure, byline and
 * share bar, which the lead (lead.ts) leaves out for want of an anchor. Only <article> marks the article:
 * <main> or role="main" also hold a site's pitches and footer notes.
 */
import type { HtmlBlock } from './blocks.js'
import { isCaption, sameTitle } from './lead.js'
import { elementsHolding, groupByRegion, readsAsText, regionShape } from './outside.js'

/**
 * The blocks after the article's last block, inside an <article> element that holds the article, whose
 * region reads as text (not a menu, not a list of labels); the page's title heading and captions stay out.
 */
export function findContinuation(outside: HtmlBlock[], article: HtmlBlock[], title: string | null): HtmlBlock[] {
  const last = article[article.length - 1]
  if (!last) return []
  const holdsArticle = elementsHolding(article)
  const after = outside.filter(
    (block) => block.index > last.index && block.ancestors.some((element) => element.localName === 'article' && holdsArticle.has(element)),
  )
  const continuation: HtmlBlock[] = []
  for (const members of groupByRegion(after, holdsArticle).values()) {
    if (!readsAsText(regionShape(members))) continue
    for (const block of members) {
      const isTitle = title !== null && block.role.type === 'heading' && sameTitle(block.text, title)
      if (!isTitle && !isCaption(block)) continuation.push(block)
    }
  }
  return continuation
}
