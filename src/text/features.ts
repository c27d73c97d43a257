/** Context-free measurements of one block, computed once when the document is parsed. */
import type { Paragraph } from 'nlcst'
import type { BlockFeatures } from '../types.js'

/** Sentence-final marks in Latin, Arabic, Devanagari and CJK scripts, then any closing quotes or brackets. */
const SENTENCE_END = /[.!?…؟۔।。！？]["'”’»)\]]*$/u
const WORD_CHARACTERS = /[\p{L}\p{N}]+/gu
/** Scripts written without spaces, where parse-latin sees a whole clause as one word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu
/**
 * Characters of an unspaced script per word: Chinese and Japanese words run two to three characters. Three keeps
 * menu items and teaser titles under the prose bar (rd-yahoo-4: at two, its menus counted as prose).
 */
const UNSPACED_CHARS_PER_WORD = 3
/** Code: a line that ends in ; { or }, or starts by closing a block; or one dense with code punctuation. */
const CODE_EDGE = /[;{}]\s*$|^\s*[}\])]/
const CODE_PUNCTUATION = /[{}();=<>$\\/|_[\]#*&]/g
const CODE_PUNCTUATION_SHARE = 0.12
/** A counter in brackets ("Asolo (24)", a listing's facet) is not code punctuation. */
const BRACKETED_COUNTER = /\(\d[\d,.]*\)/g

export function measure(text: string, paragraph: Paragraph): BlockFeatures {
  let words = 0
  let sentences = 0
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    sentences++
    for (const token of sentence.children) {
      if (token.type !== 'WordNode') continue
      const first = token.children[0]
      const value = first?.type === 'TextNode' ? first.value : ''
      words += wordsIn(value)
    }
  }
  return {
    words,
    sentences,
    endsSentence: SENTENCE_END.test(text),
    codeLike: isCodeLike(text),
    normalised: normalise(text),
    continuesLine: false,
  }
}

function isCodeLike(text: string): boolean {
  if (CODE_EDGE.test(text)) return true
  const rest = text.replace(BRACKETED_COUNTER, '')
  return (rest.match(CODE_PUNCTUATION)?.length ?? 0) >= rest.length * CODE_PUNCTUATION_SHARE
}

/** One word, or as many as an unspaced clause holds. */
function wordsIn(token: string): number {
  const unspaced = token.match(UNSPACED)?.length ?? 0
  return unspaced ? Math.max(1, Math.round(unspaced / UNSPACED_CHARS_PER_WORD)) : 1
}

/** Lowercase words joined by single spaces: the form in which blocks are compared for repeats. */
export function normalise(text: string): string {
  return (text.toLowerCase().match(WORD_CHARACTERS) ?? []).join(' ')
}
