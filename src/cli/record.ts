/**
 * The JSON Lines contract (README, "JSON Lines"): a record is an object with an "id" and either a capture's
 * "text" or a page's "html"; every other field passes through to its output line unchanged.
 */
import { InputError, assertWithinSize, type InputKind } from '../index.js'

export interface PageRecord {
  id: string | number
  /** The capture or the page. */
  input: string
  kind: InputKind
  /** The page's address, if the record gives one: its host is the page's site, for site templates. */
  url?: string
  /** The record's other fields, for its output line. */
  rest: Record<string, unknown>
}

const SHAPE = 'each line must hold one JSON object such as {"id": 1, "text": "..."} or {"id": 1, "html": "..."}'

export function parseRecord(line: string, maxBytes: number): PageRecord {
  // Checked before parsing, so that an oversized record costs no more than reading it.
  assertWithinSize(Buffer.byteLength(line), maxBytes)
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new InputError('malformed', `This line is not valid JSON (${(error as Error).message}); ${SHAPE}.`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
    throw new InputError('malformed', `This line holds ${kind}, not an object; ${SHAPE}.`)
  }
  const { id, text, html, ...rest } = value as Record<string, unknown>
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new InputError('malformed', 'This record has no "id" (a string or a number); give every record an id, so that its output line can be matched to it.')
  }
  if (typeof text === 'string' && typeof html === 'string') {
    throw new InputError('malformed', 'This record has both "text" and "html"; give a capture as "text" or a page as "html", not both.')
  }
  if (typeof text !== 'string' && typeof html !== 'string') {
    throw new InputError('malformed', 'This record has no "text" or "html" string; put a capture\'s text in "text", or a page\'s HTML in "html".')
  }
  const url = typeof rest.url === 'string' ? rest.url : undefined
  return typeof html === 'string'
    ? { id, input: html, kind: 'html', ...(url !== undefined && { url }), rest }
    : { id, input: text as string, kind: 'text', ...(url !== undefined && { url }), rest }
}

/** The id of a line that may not parse as a record, for its error record: null when it has none. */
export function idOfLine(line: string): string | number | null {
  try {
    const { id } = JSON.parse(line) as { id?: unknown }
    return typeof id === 'string' || typeof id === 'number' ? id : null
  } catch {
    return null
  }
}
