/**
 * A page whose text is all drawn by scripts, which never run here, still says what it holds in its meta tags;
 * that beats nothing.
 */
import { htmlStage } from '../stage.js'

export const DESCRIPTION_STAGE = htmlStage({
  name: 'description',
  switchable: true,
  description: "Gives the page's own description (its meta tags) as the output of a page whose body shows no text.",
  codeRules: [],
  run(page) {
    if (page.blocks.length === 0) page.standIn = page.description
  },
})
