/**
 * decruft's library API (the contract in DESIGN.md): compile the rules once with createCleaner, then clean
 * as many documents as you like.
 */
import { fileURLToPath } from 'node:url'
import type { CleanResult, InputKind } from './types.js'
import { loadPacks } from './rules/load-packs.js'
import { compileRules, type CompiledRules } from './compile.js'
import { assertHasText, decodeInput } from './input/decode.js'
import { cleanText } from './pipeline.js'
import { detectKind } from './input/detect-kind.js'

export * from './types.js'
export { InputError, DEFAULT_MAX_BYTES, assertWithinSize, tooLargeError, type InputErrorReason } from './input/decode.js'
// For tools that show a report's offsets in its input (decruft review, decruft explain): they must decode as clean does.
export { decodeInput } from './input/decode.js'
export { OptionError, STAGES } from './compile.js'
export { RulePackError } from './rules/load-packs.js'

/** The rule packs shipped with decruft. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url))

export interface CleanerOptions {
  /** Folder of rule packs; defaults to the packs shipped in rules/. */
  rules?: string
  /** Rule ids, categories (e.g. "meta") or stages (e.g. "stage:context") to switch off. */
  disable?: string[]
  /** Only run rules for these languages (plus language-independent ones). Default: all, since pages mix them. */
  language?: string[]
  /** Byte inputs larger than this are refused (see input/decode.ts). */
  maxBytes?: number
  /** HTML pages: keep links as [text](url) in the Markdown output (default true). */
  markdownLinks?: boolean
}

export interface CleanOptions {
  kind?: InputKind
  /** Named in the report: a file path, "-" for stdin, or a record id. */
  source?: string
}

export interface Cleaner {
  clean(input: string | Uint8Array, options?: CleanOptions): Promise<CleanResult>
  /** Every rule the cleaner knows, with its metadata. */
  readonly rules: CompiledRules['rules']
}

export function createCleaner(options: CleanerOptions = {}): Cleaner {
  const compiled = compileRules(loadPacks(options.rules ?? DEFAULT_RULES_DIR), options.disable, options.language)
  return {
    rules: compiled.rules,
    async clean(input, { kind, source = '-' } = {}) {
      const { text, warnings } =
        typeof input === 'string' ? { text: input, warnings: [] } : decodeInput(input, { maxBytes: options.maxBytes })
      assertHasText(text)
      if ((kind ?? detectKind(text)) === 'text') return cleanText(text, compiled, source, warnings)
      // Loaded on the first page that needs it: a DOM costs text-only batches a third of a second to load.
      const { cleanHtml } = await import('./html/clean-html.js')
      const result = cleanHtml(text, compiled, { source, warnings, output: { links: options.markdownLinks ?? true } })
      // jsdom frees a closed page in tasks it queued while parsing; a batch loop that never yields to the
      // event loop would hold every page it cleaned (the dev set ran out of memory at 4 GB).
      await new Promise((resolve) => setImmediate(resolve))
      return result
    },
  }
}

/** One-off cleaning; for many documents, create one cleaner and reuse it. */
export async function clean(input: string | Uint8Array, options: CleanOptions & CleanerOptions = {}): Promise<CleanResult> {
  return createCleaner(options).clean(input, options)
}
