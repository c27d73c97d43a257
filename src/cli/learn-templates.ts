/**
 * The learning pass over a batch's inputs (`decruft learn`, `decruft clean --site-templates`): every page
 * that can be read is added to the learner under its site. Pages that cannot be read are skipped here; the
 * cleaning pass names them and says why.
 */
import { createTemplateLearner, siteOfFile, siteOfUrl, type SiteTemplateLearner, type TemplateSet } from '../index.js'
import { UsageError } from './errors.js'
import { openLines, readInput } from './read.js'
import { parseRecord } from './record.js'
import type { Input } from './walk.js'
import { warcItems } from './clean-warc.js'

export interface LearnOptions {
  /** The inputs hold records, whose site is the host of their URL: JSON Lines, or WARC files' responses. */
  records: 'jsonl' | 'warc' | undefined
  /** For files: a pattern whose match in a file's path (its first group, if any) names the file's site. */
  siteBy?: RegExp
  maxBytes: number
}

export async function learnTemplates(inputs: Input[], options: LearnOptions): Promise<TemplateSet> {
  if (inputs.some((input) => input.file === undefined)) {
    throw new UsageError('Site templates are learned in a pass of their own before cleaning, and standard input can be read only once; learn from files (decruft learn FILES -o templates.json), then clean with --templates templates.json.')
  }
  const learner = createTemplateLearner({ maxBytes: options.maxBytes })
  for (const input of inputs) {
    if (input.error !== undefined) continue
    if (options.records === 'jsonl') await learnRecords(input, learner, options.maxBytes)
    else if (options.records === 'warc') await learnResponses(input, learner, options.maxBytes)
    else {
      const site = siteOfFile(input.file!, options.siteBy)
      if (site === undefined) continue
      const bytes = await readInput(input, options.maxBytes).catch(() => undefined)
      if (bytes) await learner.add(bytes, { site }).catch(() => {})
    }
  }
  return learner.templates()
}

async function learnRecords(input: Input, learner: SiteTemplateLearner, maxBytes: number): Promise<void> {
  const reader = await openLines(input).catch(() => undefined)
  if (!reader) return
  try {
    for await (const line of reader.lines) {
      let record
      try {
        record = parseRecord(line, maxBytes)
      } catch {
        continue
      }
      const site = siteOfUrl(record.url)
      if (site !== undefined) await learner.add(record.input, { site, kind: record.kind }).catch(() => {})
    }
  } finally {
    reader.close()
  }
}

async function learnResponses(input: Input, learner: SiteTemplateLearner, maxBytes: number): Promise<void> {
  try {
    for await (const item of warcItems(input.file!, input.label, maxBytes)) {
      const site = 'page' in item ? siteOfUrl(item.url) : undefined
      if ('page' in item && site !== undefined) await learner.add(item.page, { site, kind: 'html' }).catch(() => {})
    }
  } catch {
    // A broken WARC file teaches what it held up to the break; the cleaning pass reports the break.
  }
}

/** A --site-by pattern, or a usage error that says what is wrong with it. */
export function siteByPattern(pattern: string | undefined): RegExp | undefined {
  if (pattern === undefined) return undefined
  try {
    return new RegExp(pattern, 'u')
  } catch (error) {
    throw new UsageError(`--site-by takes a regular expression whose match in a file's path names its site, such as "captures/([^/]+)/"; this one does not compile (${(error as Error).message}).`)
  }
}
