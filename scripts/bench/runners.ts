/**
 * A runner turns one page's input into output text. Every tool the bench compares is a runner, so a
 * mode that puts decruft beside other extractors only lists more runners.
 */
import { createCleaner, InputError, type InputKind } from '../../src/index.js'

export interface RunnerOutput {
  text: string
  /** The language the runner detected, when it detects one. */
  language: string | null
  /** Why the runner refused this input, if it did; the page is then scored as an empty output. */
  refusal?: string
}

export interface Runner {
  name: string
  /** Tools are timed; a baseline (such as the raw capture) is only scored, as its speed means nothing. */
  timed: boolean
  clean(input: Uint8Array, id: string): Promise<RunnerOutput>
}

/** decruft through its public API, with one cleaner for the whole run, as a batch user would. */
export function decruftRunner(kind: InputKind): Runner {
  const cleaner = createCleaner()
  return {
    name: 'decruft',
    timed: true,
    async clean(input, id) {
      try {
        const result = await cleaner.clean(input, { kind, source: id })
        return { text: result.text, language: result.language }
      } catch (error) {
        // A refused input (e.g. an empty capture) is the API working as documented; anything else is a bug.
        if (error instanceof InputError) return { text: '', language: null, refusal: error.message }
        throw error
      }
    },
  }
}

/** The input itself as output: what a user gets without decruft. */
export function rawInputBaseline(name: string): Runner {
  const decoder = new TextDecoder()
  return {
    name,
    timed: false,
    async clean(input) {
      return { text: decoder.decode(input), language: null }
    },
  }
}
