/**
 * Literal phrases found inside a line by its words: the line's words are walked once, and each word opens
 * only the phrases that start with it. A combined regular expression of the same phrases tries every phrase
 * at every character of every line, which made it the matcher's largest cost.
 *
 * Lines and phrases are compared in their normalised form (features.ts), lower case words joined by single
 * spaces, as the repeat detector compares lines: a phrase matches whole words only, whatever the spacing,
 * apostrophes and punctuation between them ("Save my name, email, and website" with or without its commas).
 */
import { normalise } from '../text/features.js'

interface Entry<T> {
  /** The phrase's words after its first. */
  rest: string[]
  value: T
}

export class WordPhrases<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>()

  /** Adds a phrase; false, and nothing added, for a phrase without a word (symbols only). */
  add(phrase: string, value: T): boolean {
    const normalised = normalise(phrase)
    if (!normalised) return false
    const [first, ...rest] = normalised.split(' ')
    const entries = this.byFirstWord.get(first!)
    if (entries) entries.push({ rest, value })
    else this.byFirstWord.set(first!, [{ rest, value }])
    return true
  }

  /** Calls `visit` with the value of each phrase that occurs in a line, given the line's normalised form. */
  forEachIn(normalisedLine: string, visit: (value: T) => void): void {
    if (!normalisedLine) return
    const words = normalisedLine.split(' ')
    for (let at = 0; at < words.length; at++) {
      const entries = this.byFirstWord.get(words[at]!)
      if (!entries) continue
      for (const { rest, value } of entries) {
        if (at + rest.length < words.length && rest.every((word, i) => words[at + 1 + i] === word)) visit(value)
      }
    }
  }
}
