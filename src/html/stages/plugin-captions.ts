/** Widens Readability's article by the captions that old pages set in a plugin's fallback content (plugin-captions.ts). */
import { findPluginCaptions } from '../plugin-captions.js'
import { htmlStage } from '../stage.js'

export const PLUGIN_CAPTIONS_STAGE = htmlStage({
  name: 'plugin-captions',
  switchable: true,
  description: "Keeps the caption that an old page sets in a Flash player's fallback content, in or above the article.",
  codeRules: [],
  run(page) {
    if (page.route !== 'article') return
    page.widenArticle(findPluginCaptions(page.outsideArticle(), page.articleBlocks, page.lines, page.title))
  },
})
