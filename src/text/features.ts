/** Context-free measurements of one block, computed once when the document is parsed. */
import type { Paragraph } from 'nlcst'
import type { BlockFeatures } from '../types.js'

/** Sentence-final marks in Latin, Arabic, Devanagari and CJK scripts, then any closing quotes or brackets. */
const SENTENCE_END = /[.!?…؟۔।。！？]["'”’»)\]]*$/u
const CAPITALISED = /^\p{Lu}/u
const WORD_CHARACTERS = /[\p{L}\p{N}]+/gu

export function measure(text: string, paragraph: Paragraph): BlockFeatures {
  let words = 0
  let sentences = 0
  let longWords = 0
  let capitalised = 0
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    sentences++
    for (const token of sentence.children) {
      if (token.type !== 'WordNode') continue
      words++
      const first = token.children[0]
      const value = first?.type === 'TextNode' ? first.value : ''
      if (value.length >= 2) {
        longWords++
        if (CAPITALISED.test(value)) capitalised++
      }
    }
  }
  return {
    words,
    chars: text.length,
    sentences,
    endsSentence: SENTENCE_END.test(text),
    capitalisedShare: longWords ? capitalised / longWords : 0,
    normalised: normalise(text),
  }
}

/** Lowercase words joined by single spaces: the form in which blocks are compared for repeats. */
export function normalise(text: string): string {
  return (text.toLowerCase().match(WORD_CHARACTERS) ?? []).join(' ')
}
