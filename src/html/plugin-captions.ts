/**
 * Plugin captions: the fallback content of an <object> that browsers no longer run (a Flash video player),
 * where old pages put the video's caption or transcript. Readability drops every <object> from its article,
 * so such a caption set in the article, or between the page's title heading and the article, is left out;
 * it rejoins the article when it reads as prose. The player's own status lines ("This video is
 * unavailable") are not prose and stay out.
 */
import type { Block } from '../types.js'
import type { HtmlBlock } from './blocks.js'
import { readsAsLead } from './lead.js'
import { titleHeadingBefore } from './title-heading.js'

export function findPluginCaptions(outside: HtmlBlock[], article: HtmlBlock[], lines: Block[], title: string | null): HtmlBlock[] {
  const first = article[0]
  const last = article[article.length - 1]
  if (!first || !last) return []
  const start = titleHeadingBefore(outside, first.index, title)?.index ?? first.index
  return outside.filter(
    (block) =>
      block.index > start &&
      block.index < last.index &&
      block.ancestors.some((element) => element.localName === 'object') &&
      readsAsLead(block, lines[block.index]!),
  )
}
