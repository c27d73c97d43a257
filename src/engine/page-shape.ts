/**
 * The shape of a page judged as a whole: a text with chrome around it, or a listing. The main-text step looks
 * for the densest run of prose; a listing (a shop's grid, a ranking, a blog's front page, a forum's index)
 * has little prose, and its items are short lines that the strict bar outside a main text would cut. When
 * the main text keeps too little of such a page, every block is judged as main text instead.
 * Only HTML pages are judged this way, once the selector rules have taken out their menus, headers and
 * footers: a capture still holds them, and judged whole it keeps them (commit a9a6b36 measured it).
 */
import type { Block } from '../types.js'
import { classifyAll } from './classes.js'
import { decide, type EngineOptions, type EngineResult } from './decide.js'
import { CHROME_BEFORE_TEXT } from '../kinds/code-rules.js'
import type { IsEnabled } from '../compile.js'
import { warning } from '../report/warnings.js'

/**
 * A page is a listing when its main text would keep less than this share of its words...
 */
const LISTING_MAX_KEPT_SHARE = 0.25
/**
 * ...and most of its words are not prose: an article drowned in a video player's labels (rd-yahoo-3, 71% of
 * its words prose) is still judged by its main text. The listings of the dev pages hold 0 to 10% prose.
 * Both shares were tuned on the dev HTML pages (the sweep is in commit 967b57e's message).
 */
const LISTING_MAX_PROSE_SHARE = 0.5

/**
 * Decides by the main text, or, for a listing, with every block as main text; a warning says which. On a
 * page that declares itself a product's page (its metadata, see html/metadata.ts), what comes before the
 * main text (the product's name, price, options and specifications, short lines all) is not cut as chrome
 * before the text: the product's description is the main text, and the rest of the product is above it.
 * Judging such a page whole, as a listing, would also keep what follows the description (reviews, related
 * products, the shop's notes); commit e7b0149 compares the two.
 */
export function decidePage(blocks: Block[], options: EngineOptions, product = false): EngineResult {
  const asProduct = product && options.isEnabled('stage:product')
  const isEnabled: IsEnabled = asProduct ? (id) => id !== CHROME_BEFORE_TEXT.id && options.isEnabled(id) : options.isEnabled
  const byMainText = decide(blocks, { ...options, isEnabled, wholeBody: false })
  if (asProduct)
    byMainText.warnings.push(warning('judged-as-product'))
  if (!options.isEnabled('stage:listing')) return byMainText
  const classes = classifyAll(blocks)
  let total = 0
  let kept = 0
  let prose = 0
  blocks.forEach((block, i) => {
    const { words } = block.features
    total += words
    if (!byMainText.verdicts[i]) kept += words
    if (classes[i] === 'content') prose += words
  })
  if (kept >= LISTING_MAX_KEPT_SHARE * total || prose >= LISTING_MAX_PROSE_SHARE * total) return byMainText
  const asListing = decide(blocks, { ...options, wholeBody: true })
  asListing.warnings.push(warning('judged-as-listing', kept, total, prose))
  return asListing
}
