/**
 * Turns the bytes of a capture into text, or says in one sentence why it cannot.
 * Pure: no file system, so the library and the CLI share the same checks and messages.
 */
import { declaredCharset, decoderFor, GUESSED_CHARSET } from './charset.js'
import { detectKind } from './detect-kind.js'
import type { Warning } from '../types.js'
import { warning } from '../report/warnings.js'

/**
 * The largest input accepted by default: 10 MiB.
 * Parsing costs about 130 bytes of memory per input byte (1 MiB of English text measured
 * at about 133 MiB of heap once parsed into an nlcst tree), so 10 MiB already needs
 * about 1.3 GB, close to what Node gives a process by default. Real page captures are
 * far smaller (a long article is tens of KiB of text), so anything larger is almost
 * always a log, a dump or a concatenated crawl that should be split first.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** How much of the input the binary check looks at; the same window git and grep use. */
const BINARY_SAMPLE_SIZE = 8192
/** Share of control characters in the sample above which the input is taken for binary. */
const BINARY_CONTROL_SHARE = 0.1

export type InputErrorReason = 'empty' | 'binary' | 'too-large' | 'too-many-elements' | 'too-deep' | 'malformed' | 'timeout' | 'out-of-memory'

/** An input that cannot be cleaned; `message` tells the user what is wrong and what to do. */
export class InputError extends Error {
  readonly reason: InputErrorReason

  constructor(reason: InputErrorReason, message: string) {
    super(message)
    this.name = 'InputError'
    this.reason = reason
  }
}

export interface DecodeOptions {
  /** Inputs longer than this many bytes are refused; default DEFAULT_MAX_BYTES. */
  maxBytes?: number
}

export interface DecodedInput {
  text: string
  /** The report's warnings, e.g. that invalid UTF-8 was replaced. */
  warnings: Warning[]
}

// Decoders are reusable: `decode` without `stream` starts afresh on every call.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false })
const utf16le = new TextDecoder('utf-16le')
const utf16be = new TextDecoder('utf-16be')

/**
 * Decodes a capture: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. An HTML page that is not valid UTF-8
 * is read in the encoding its <meta> tag declares; one that declares none is read as windows-1252, with a
 * warning that this is a guess.
 * Throws InputError when the input is too large, binary, or has no text.
 * Invalid UTF-8 is not an error: it is replaced with U+FFFD and a warning says so.
 */
export function decodeInput(bytes: Uint8Array, options: DecodeOptions = {}): DecodedInput {
  assertWithinSize(bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES)
  const warnings: Warning[] = []
  let text: string
  const utf16 = utf16Decoder(bytes)
  if (utf16) {
    // Checked after decoding: every ASCII character of UTF-16 has a NUL byte beside it.
    text = utf16.decode(bytes)
    assertNotBinary(text.slice(0, BINARY_SAMPLE_SIZE), (sample, i) => sample.charCodeAt(i))
  } else {
    assertNotBinary(bytes.subarray(0, BINARY_SAMPLE_SIZE), (sample, i) => sample[i] ?? 0)
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    const html = !hasBom && looksLikeHtml(bytes)
    const declared = html ? declaredCharset(bytes) : null
    const declaresOther = declared !== null && !/^utf-?8$/.test(declared)
    const declaredDecoder = declaresOther ? decoderFor(declared) : null
    try {
      // Valid UTF-8 wins over a declaration: saved pages are often converted to UTF-8 with their <meta>
      // left as it was, and non-ASCII text in a legacy encoding is almost never valid UTF-8 by chance.
      text = strictUtf8.decode(bytes)
      if (declaresOther && /[^\x00-\x7f]/.test(text))
        warnings.push(warning('charset-ignored', declared))
    } catch {
      if (declaredDecoder) text = declaredDecoder.decode(bytes)
      else if (html && !declared) {
        text = new TextDecoder(GUESSED_CHARSET).decode(bytes)
        warnings.push(warning('charset-guessed', GUESSED_CHARSET))
      } else {
        text = lenientUtf8.decode(bytes)
        warnings.push(warning('invalid-utf8', countReplacements(text) - countEncodedReplacements(bytes), declaresOther ? declared : null))
      }
    }
  }
  assertHasText(text)
  return { text, warnings }
}

/** Throws InputError 'empty' for a text with nothing but white space (a lone BOM included: \s matches U+FEFF). */
export function assertHasText(text: string): void {
  if (!/\S/.test(text)) {
    throw new InputError('empty', 'The input is empty or only white space, so there is nothing to clean; check that the page was captured and saved completely.')
  }
}

/**
 * Throws InputError 'too-large' when `byteLength` exceeds `maxBytes`.
 * Exported so that a caller can refuse a file from its size before reading it.
 */
export function assertWithinSize(byteLength: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (byteLength > maxBytes) throw tooLargeError(maxBytes, byteLength)
}

/**
 * The error for an input over `maxBytes`. Without `byteLength` it says only "more than the limit",
 * for a stream that was stopped as soon as it passed the limit.
 */
export function tooLargeError(maxBytes: number, byteLength?: number): InputError {
  const size = byteLength === undefined ? ' is' : ` is ${formatBytes(byteLength)},`
  return new InputError('too-large', `The input${size} more than the limit of ${formatBytes(maxBytes)}; split it into smaller documents, or raise the limit (maxBytes, or --max-bytes on the command line) if it really is one page.`)
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  return detectKind(new TextDecoder('latin1').decode(bytes.subarray(0, 1024))) === 'html'
}

function utf16Decoder(bytes: Uint8Array): typeof utf16le | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be
  return undefined
}

/** Works on bytes or UTF-16 code units alike: NUL and C0 controls are ASCII in both. */
function assertNotBinary<T extends { length: number }>(sample: T, codeAt: (sample: T, index: number) => number): void {
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const code = codeAt(sample, i)
    if (code === 0) {
      throw new InputError('binary', 'The input looks like a binary file, not text (it contains NUL bytes); give decruft the page as plain text (UTF-8 or UTF-16 with a BOM).')
    }
    if (isControl(code)) controls++
  }
  if (sample.length > 0 && controls / sample.length > BINARY_CONTROL_SHARE) {
    const percent = Math.round((controls / sample.length) * 100)
    throw new InputError('binary', `The input looks like a binary file, not text (${percent}% of its start is control characters); give decruft the page as plain text (UTF-8 or UTF-16 with a BOM).`)
  }
}

/** C0 controls and DEL, except the white space that text files use: tab, newlines, vertical tab, form feed. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f
}

function countReplacements(text: string): number {
  let count = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++
  return count
}

/** U+FFFD that the input itself encodes (EF BF BD) is valid text, not a replaced sequence. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0
  for (let i = bytes.indexOf(0xef); i !== -1; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++
  }
  return count
}

/** Exact bytes, so that a file one byte over the limit does not read as equal to it; MiB for scale. */
function formatBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} bytes`
  const mebibytes = bytes / (1024 * 1024)
  if (mebibytes < 1) return exact
  return `${exact} (${Number.isInteger(mebibytes) ? mebibytes : mebibytes.toFixed(1)} MiB)`
}
