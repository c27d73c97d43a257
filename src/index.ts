/**
 * decruft's library API (the contract in DESIGN.md).
 * TEMPORARY: the pipeline is being written; this placeholder keeps every block.
 */
import type { CleanResult, InputKind } from './types.js'
export * from './types.js'

export interface CleanerOptions {
  /** Folder of rule packs; defaults to the packs shipped in rules/. */
  rules?: string
  /** Rule ids, categories (e.g. "meta") or stages (e.g. "stage:context") to switch off. */
  disable?: string[]
  /** Only run rules for these languages (plus language-independent ones). Default: all. */
  language?: string[]
}

export interface CleanOptions {
  kind?: InputKind
  /** Named in the report: a file path, "-" for stdin, or a record id. */
  source?: string
}

export interface Cleaner {
  clean(input: string | Uint8Array, options?: CleanOptions): Promise<CleanResult>
}

export function createCleaner(_options: CleanerOptions = {}): Cleaner {
  return {
    async clean(input, options = {}) {
      const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
      return {
        text,
        language: null,
        report: { decruft: 1, source: options.source ?? '-', kind: 'text', language: null,
          stats: { inputChars: text.length, keptChars: text.length, cutChars: 0, cuts: 0, byCategory: {} }, cuts: [], warnings: [] },
      }
    },
  }
}

export async function clean(input: string | Uint8Array, options: CleanOptions & CleanerOptions = {}): Promise<CleanResult> {
  return createCleaner(options).clean(input, options)
}
