/**
 * The shared vocabulary of decruft: noise categories, blocks, proposals and the report.
 * Everything else depends on this module; it depends on nothing.
 */
import type { Paragraph } from 'nlcst'

/** The fixed vocabulary of noise categories (DESIGN.md). */
export const CATEGORIES = [
  'comments',
  'app-prompt',
  'related',
  'promo',
  'newsletter',
  'share',
  'cookie',
  'navigation',
  'meta',
  'media',
  'duplicate',
  'ads',
  'boilerplate',
] as const
export type Category = (typeof CATEGORIES)[number]

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value)
}

export type InputKind = 'text' | 'html'

/** One line of a text capture: the unit that rules judge and the engine keeps or cuts. */
export interface Block {
  index: number
  /** JavaScript string offsets of the line's visible text (edge white space excluded) in the decoded input. */
  start: number
  end: number
  /** 1-based position of `start`. */
  line: number
  column: number
  text: string
  /** The nlcst paragraph of this line, with positions into the input. */
  node: Paragraph
  features: BlockFeatures
}

/** Cheap, context-free measurements of a block, computed once when the document is parsed. */
export interface BlockFeatures {
  words: number
  sentences: number
  /** Ends like a sentence in its script: . ! ? … ؟ ۔ and closing quotes or brackets after them. */
  endsSentence: boolean
  /** Looks like a line of program code or configuration: kept in the main text, never weighed as a label. */
  codeLike: boolean
  /** Text normalised for comparison: lowercase, punctuation folded to spaces, white space collapsed. */
  normalised: string
  /**
   * The line goes on with the sentence of the line just above it, which the capture broke (a hard-wrapped
   * paragraph, a line break at a link): no blank line between them, no sentence end above, and this line
   * starts in lower case. Set by the text front end; always false for the blocks of an HTML page.
   */
  continuesLine: boolean
}

/**
 * Examples that every rule carries; they run as tests (test/rule-examples.test.ts).
 * A one-line example is judged in a standard article: a cut line is appended after it and must be cut by
 * the rule; a keep line is placed inside it and must stay. A multi-line example is a whole document of its
 * own, for rules that judge context: its lines marked "[cut] " must be cut by the rule, and in keep examples
 * its lines marked "[keep] " must stay.
 */
export interface RuleExamples {
  cut: string[]
  keep: string[]
}

export interface RuleMeta {
  /** kebab-case `category/name`. */
  id: string
  category: Category
  description: string
  /** BCP-47 primary codes, or ['*'] for language-independent rules. */
  languages: string[]
  examples: RuleExamples
  /** The rule judges HTML pages only (selector rules, Readability's pass); its examples are HTML fragments. */
  htmlOnly?: true
  /** Each example is a batch of one site's pages, separated by a line "=== page ===", learned together before each page is judged. */
  batch?: true
}

export interface Cut {
  start: number
  end: number
  line: number
  column: number
  category: Category
  rule: string
  reason: string
  text: string
  selector?: string
}

export interface ReportStats {
  inputChars: number
  keptChars: number
  cutChars: number
  cuts: number
  byCategory: Partial<Record<Category, number>>
}

/** A warning of the report: a stable id (report/warnings.ts lists them) and the sentence that tells a reviewer. */
export interface Warning {
  id: string
  message: string
}

/**
 * The report's schema version. 2: each warning is an object with a stable id and its sentence, where version
 * 1 had the sentence alone.
 */
export const REPORT_VERSION = 2

/** One report per document; the contract in DESIGN.md, with warnings as objects since version 2. */
export interface Report {
  decruft: typeof REPORT_VERSION
  source: string
  kind: InputKind
  language: string | null
  stats: ReportStats
  cuts: Cut[]
  warnings: Warning[]
}

export interface CleanResult {
  /**
   * The kept blocks. Two blocks that were neighbours in the input (nothing cut between them) keep the
   * input's separation: one line break, or a blank line if the input had one (or more). Where text was cut
   * between two kept blocks, they are separated by a blank line. No other separators occur.
   */
  text: string
  /** HTML pages: the kept blocks as Markdown (headings, lists, tables, quotes, code, links). */
  markdown?: string
  title?: string
  /** HTML pages: from Readability, meta tags and JSON-LD. */
  byline?: string
  publishedTime?: string
  siteName?: string
  /** HTML pages: the page's own summary (its meta description, or Readability's excerpt of the article). */
  description?: string
  language: string | null
  report: Report
}
