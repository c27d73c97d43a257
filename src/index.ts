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
import { siteTemplate, type SiteTemplate, type TemplateSet } from './templates/template-set.js'
import { TemplateLearner } from './templates/learner.js'

export * from './types.js'
export { InputError, DEFAULT_MAX_BYTES, assertWithinSize, tooLargeError, type InputErrorReason } from './input/decode.js'
// For tools that show a report's offsets in its input (decruft review, decruft explain): they must decode as clean does.
export { decodeInput } from './input/decode.js'
export { OptionError, STAGES, STAGE_INFO, type StageName } from './compile.js'
export type { StageInfo } from './engine/stages.js'
export { RulePackError } from './rules/load-packs.js'
export { readTemplateFile, TemplateFileError, TEMPLATE_FORMAT, type TemplateSet, type SiteLines } from './templates/template-set.js'
export { siteOfFile, siteOfUrl } from './templates/sites.js'

/** The rule packs shipped with decruft. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url))

export interface CleanerOptions {
  /** Folder of rule packs to use instead of the packs shipped in rules/. */
  rules?: string
  /** Folders of rule packs to add to those (the shipped ones, or `rules`). */
  extraRules?: string[]
  /** Rule ids, categories (e.g. "meta") or stages (e.g. "stage:context") to switch off. */
  disable?: string[]
  /** Only run rules for these languages (plus language-independent ones). Default: all, since pages mix them. */
  language?: string[]
  /** Byte inputs larger than this are refused (see input/decode.ts). */
  maxBytes?: number
  /** HTML pages: keep links as [text](url) in the Markdown output (default true). */
  markdownLinks?: boolean
  /**
   * Site templates learned over a batch (createTemplateLearner, or `decruft learn`): a document whose `site`
   * has one loses the lines its site prints on most of its pages.
   */
  templates?: TemplateSet
}

export interface CleanOptions {
  kind?: InputKind
  /** Named in the report: a file path, "-" for stdin, or a record id. */
  source?: string
  /** The document's site (siteOfUrl, siteOfFile), for the cleaner's site templates. */
  site?: string
}

export interface Cleaner {
  clean(input: string | Uint8Array, options?: CleanOptions): Promise<CleanResult>
  /** Every rule the cleaner knows, with its metadata. */
  readonly rules: CompiledRules['rules']
}

export function createCleaner(options: CleanerOptions = {}): Cleaner {
  const compiled = compileRules(loadPacks(options.rules ?? DEFAULT_RULES_DIR, ...(options.extraRules ?? [])), options.disable, options.language)
  // Each site's lookup is built once, on its first page: a batch holds many pages of each site.
  const isDated = (line: string) => compiled.threadRules.some((rule) => rule.timeSpan(line) !== null)
  const templates = new Map<string | undefined, SiteTemplate | undefined>()
  const templateOf = (site: string | undefined) => {
    if (!options.templates) return undefined
    if (!templates.has(site)) templates.set(site, siteTemplate(options.templates, site, isDated))
    return templates.get(site)
  }
  return {
    rules: compiled.rules,
    async clean(input, { kind, source = '-', site } = {}) {
      const { text, warnings } =
        typeof input === 'string' ? { text: input, warnings: [] } : decodeInput(input, { maxBytes: options.maxBytes })
      assertHasText(text)
      const template = templateOf(site)
      if ((kind ?? detectKind(text)) === 'text') return cleanText(text, compiled, { source, warnings, siteTemplate: template })
      // Loaded on the first page that needs it: a DOM costs text-only batches a third of a second to load.
      const { cleanHtml } = await import('./html/clean-html.js')
      return cleanHtml(text, compiled, { source, warnings, output: { links: options.markdownLinks ?? true }, siteTemplate: template })
    },
  }
}

export interface TemplateLearnerOptions {
  /** Byte inputs larger than this are refused, as the cleaner refuses them. */
  maxBytes?: number
}

export interface PageOfSite {
  site: string
  kind?: InputKind
}

/** Learns site templates from a batch's pages, for a cleaner to take (CleanerOptions.templates). */
export interface SiteTemplateLearner {
  /** Adds one page of a site. Throws an InputError for an input the cleaner would refuse. */
  add(input: string | Uint8Array, page: PageOfSite): Promise<void>
  /** The template lines of every site seen so far. */
  templates(): TemplateSet
}

export function createTemplateLearner(options: TemplateLearnerOptions = {}): SiteTemplateLearner {
  const learner = new TemplateLearner()
  return {
    async add(input, { site, kind }) {
      const { text } = typeof input === 'string' ? { text: input } : decodeInput(input, { maxBytes: options.maxBytes })
      assertHasText(text)
      if ((kind ?? detectKind(text)) === 'text') return learner.addPage(site, text.split(/\r\n?|\n/))
      const { blockTexts } = await import('./html/block-texts.js')
      learner.addPage(site, blockTexts(text))
    },
    templates: () => learner.templates(),
  }
}

/** One-off cleaning; for many documents, create one cleaner and reuse it. */
export async function clean(input: string | Uint8Array, options: CleanOptions & CleanerOptions = {}): Promise<CleanResult> {
  return createCleaner(options).clean(input, options)
}
