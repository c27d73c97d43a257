/** Byte helpers shared by the mutators and the shrinker: inputs are bytes, so that decoding is fuzzed too. */

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** The parts as one array; they come as an array, not as arguments, since a page can have 100,000 lines. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** `bytes` with `insert` at `at`. */
export function insertAt(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
  return concat([bytes.subarray(0, at), insert, bytes.subarray(at)])
}

/**
 * The first character boundary at or after `at`: past UTF-8 continuation bytes. Text is inserted there, so
 * that a mutator meant to add markup or characters does not also break the encoding (which would send every
 * page without a charset to the windows-1252 fallback); the encoding has mutators of its own.
 */
export function boundary(bytes: Uint8Array, at: number): number {
  let position = Math.max(0, Math.min(at, bytes.length))
  while (position < bytes.length && (bytes[position]! & 0xc0) === 0x80) position++
  return position
}

/** Bytes as a string of the same length, one character per byte: for finding ASCII markup by regular expression. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
}

