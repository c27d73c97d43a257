import type { Warning } from '../types.js'

/**
 * Every warning a report can carry, in one place. A warning has a stable id, which pipelines and the review
 * page key on and which never changes once released, and the sentence a reviewer reads, which may be
 * reworded. The code that notices a situation names the id and gives the numbers; the sentence is written
 * here.
 */

/** Each warning's sentence, from the facts of the document it is about. */
const SENTENCES = {
  /** Decoding: a declared legacy charset lost to valid UTF-8. */
  'charset-ignored': (declared: string) => `The page declares the charset "${declared}" but is valid UTF-8, so it was read as UTF-8.`,
  /** Decoding: neither UTF-8 nor a declared charset, so a guess was used. */
  'charset-guessed': (charset: string) =>
    `The page declares no charset and is not valid UTF-8, so it was read as ${charset}, a guess; check its accented letters, or convert it to UTF-8 first.`,
  /** Decoding: invalid UTF-8 sequences were replaced. */
  'invalid-utf8': (replaced: number, unknownCharset: string | null) =>
    `The input is not valid UTF-8; ${replaced === 1 ? '1 invalid byte sequence was' : `${replaced} invalid byte sequences were`} replaced with U+FFFD (if it uses another encoding, convert it to UTF-8 first).` +
    (unknownCharset ? ` (it declares the charset "${unknownCharset}", which decruft does not know)` : ''),
  /** Engine: the cuts would have removed most of the prose, so they were undone. */
  'rolled-back': (lines: number, kept: number, prose: number) =>
    `Left ${lines} lines uncut: the cuts would have kept only ${kept} of their ${prose} words of prose, so the main text was probably misread; check this page by hand.`,
  /** Engine: the page was judged as a listing of short items. */
  'judged-as-listing': (kept: number, total: number, prose: number) =>
    `The page's main text would have kept only ${kept} of its ${total} words, and only ${prose} of them are prose, so the page was taken for a listing of short items and every block was judged as main text.`,
  /** Engine: a product's page keeps the short lines above its description. */
  'judged-as-product': () =>
    "The page declares itself a product's page in its metadata, so the short lines above its main text (name, price, options, specifications) were kept as the product's.",
  /** HTML: the body has no text (a page drawn by scripts). */
  'no-visible-text': (describedInstead: boolean) =>
    `The page's body shows no text: it is probably filled in by scripts, which decruft does not run. ${
      describedInstead ? "The output is the page's own description, from its meta tags." : 'The output is empty.'
    }`,
  /** HTML: Readability found no article; the text engine's main-text step decided instead. */
  'no-article-found': () =>
    "Readability's main-content pass found no article, so the page was cleaned by its rules and the text engine's own main-text step.",
  /** HTML: the page had too many elements for Readability's pass to run in bounded time (main-content.ts). */
  'article-pass-skipped': (elements: number, limit: number) =>
    `The page holds ${elements.toLocaleString('en')} elements, more than the ${limit.toLocaleString('en')} that Readability's main-content pass takes in bounded time, so the page was cleaned by its rules and the text engine's own main-text step.`,
  /** HTML: Readability's article was not trusted (`why` says what was wrong with it). */
  'article-distrusted': (why: string) => `${why}, so the page was cleaned by its rules and the text engine's own main-text step.`,
  /** HTML: an always-cut rule's hit held the article, so it was left to the main-content pass. */
  'rule-waived': (rule: string, element: string, words: number, prose: number) =>
    `The rule ${rule} matched ${element}, which holds ${words} of the page's ${prose} words of prose; cutting it would have left almost nothing, so it was left to Readability's main-content pass.`,
  /** HTML: the output keeps little of Readability's article. */
  'article-mostly-cut': (kept: number, words: number, cutBy: string[]) =>
    `The output keeps only ${kept} of the ${words} words of Readability's article; they were cut by ${cutBy.join(', ')}. Check this page by hand.`,
} satisfies Record<string, (...facts: never[]) => string>

export type WarningId = keyof typeof SENTENCES


/** Every warning id, in the order above. */
export const WARNING_IDS = Object.keys(SENTENCES) as WarningId[]

export function warning<Id extends WarningId>(id: Id, ...facts: Parameters<(typeof SENTENCES)[Id]>): Warning & { id: Id } {
  const sentence = SENTENCES[id] as (...facts: Parameters<(typeof SENTENCES)[Id]>) => string
  return { id, message: sentence(...facts) }
}
