/**
 * How a cleaning result is written out, in each output format.
 */
import { InputError, type CleanResult } from '../index.js'
import { describeError } from './errors.js'

export type OutputFormat = 'text' | 'markdown' | 'json'

export const OUTPUT_EXTENSIONS: Record<OutputFormat, string> = { text: '.txt', markdown: '.md', json: '.json' }

export function formatResult(result: CleanResult, format: OutputFormat): string {
  if (format === 'json') {
    const { text, markdown, title, byline, publishedTime, siteName, description, language, report } = result
    return prettyJson({ text, markdown, title, byline, publishedTime, siteName, description, language, report })
  }
  // A capture has no markup: its Markdown is its text.
  return asFile(format === 'markdown' ? (result.markdown ?? result.text) : result.text)
}

/** A text file ends with a newline; a page that was cut away entirely stays empty. */
function asFile(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`
}

/**
 * One line of --jsonl output: the record's other fields as they came, then its id and the result; decruft's
 * own fields (text, title, language, report) replace input fields of the same name.
 */
export function formatRecord(rest: Record<string, unknown>, id: string | number, result: CleanResult): string {
  const { text, title, language, report } = result
  return `${JSON.stringify({ ...rest, id, text, ...(title !== undefined && { title }), language, report })}\n`
}

/**
 * The line of a record that could not be cleaned: its id (null if it has none), where it was (its line in
 * a JSON Lines input, its URL in a WARC file), and why: an input error's reason, or "internal" for a bug.
 */
export function formatErrorRecord(id: string | number | null, where: Record<string, unknown>, error: unknown): string {
  const reason = error instanceof InputError ? error.reason : 'internal'
  return `${JSON.stringify({ id, ...where, error: { reason, message: describeError(error) } })}\n`
}

export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
