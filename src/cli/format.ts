/**
 * How a cleaning result is written out, in each output format.
 */
import type { CleanResult } from '../index.js'

export type OutputFormat = 'text' | 'json'

export const OUTPUT_EXTENSIONS: Record<OutputFormat, string> = { text: '.txt', json: '.json' }

export function formatResult(result: CleanResult, format: OutputFormat): string {
  if (format === 'json') {
    const { text, title, language, report } = result
    return prettyJson({ text, title, language, report })
  }
  // A text file ends with a newline; a page that was cut away entirely stays empty.
  return result.text === '' || result.text.endsWith('\n') ? result.text : `${result.text}\n`
}

/** One line of --jsonl output: the record's id beside the result. */
export function formatRecord(id: string | number, result: CleanResult): string {
  const { text, language, report } = result
  return `${JSON.stringify({ id, text, language, report })}\n`
}

export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
