/**
 * Checks that parsed JSON is a decruft report of the schema version this decruft writes (REPORT_VERSION)
 * before the review tools trust its fields.
 * A report from another tool, or a hand-edited one, is refused with a sentence rather than drawn wrongly.
 */
import { REPORT_VERSION, type Report } from '../types.js'

/** Returns the report, or throws an Error whose message is the sentence to show. */
export function readReport(value: unknown): Report {
  if (!isObject(value) || value.decruft === undefined)
    throw new Error('This is not a decruft report (it has no "decruft" field); give the reports written by decruft clean --report.')
  if (value.decruft !== REPORT_VERSION)
    throw new Error(
      `This report has schema version ${JSON.stringify(value.decruft)}, and this decruft reads version ${REPORT_VERSION}; clean the inputs again with this decruft, or review the report with the decruft that wrote it.`,
    )
  const stats = value.stats
  const valid =
    typeof value.source === 'string' &&
    (value.kind === 'text' || value.kind === 'html') &&
    isObject(stats) &&
    ['inputChars', 'keptChars', 'cutChars'].every((key) => typeof stats[key] === 'number') &&
    Array.isArray(value.cuts) &&
    value.cuts.every(isCut) &&
    Array.isArray(value.warnings) &&
    value.warnings.every((warning) => isObject(warning) && typeof warning.id === 'string' && typeof warning.message === 'string')
  if (!valid) throw new Error('This decruft report is incomplete or damaged (a field is missing or has the wrong type); write it again with decruft clean --report.')
  return value as unknown as Report
}

function isCut(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.start === 'number' &&
    typeof value.end === 'number' &&
    value.start <= value.end &&
    typeof value.line === 'number' &&
    typeof value.category === 'string' &&
    typeof value.rule === 'string' &&
    typeof value.reason === 'string' &&
    typeof value.text === 'string'
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
