/**
 * Reads one line of --jsonl input as a record: an object with an "id" and the page's "text".
 */
import { InputError, assertWithinSize } from '../index.js'

export interface TextRecord {
  id: string | number
  text: string
  /** The page's address, if the record gives one: its host is the page's site, for site templates. */
  url?: string
}

const SHAPE = 'each line must hold one JSON object such as {"id": 1, "text": "..."}'

export function parseRecord(line: string, maxBytes: number): TextRecord {
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
  const { id, text, url } = value as Record<string, unknown>
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new InputError('malformed', 'This record has no "id" (a string or a number); give every record an id, so that its output line can be matched to it.')
  }
  if (typeof text !== 'string') {
    throw new InputError('malformed', 'This record has no "text" string; put the page\'s text in a "text" field.')
  }
  return typeof url === 'string' ? { id, text, url } : { id, text }
}
