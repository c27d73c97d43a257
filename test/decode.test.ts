import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { DEFAULT_MAX_BYTES, InputError, assertWithinSize, decodeInput, type InputErrorReason } from '../src/input/decode.js'

const utf8 = (text: string) => new TextEncoder().encode(text)
const bytes = (...values: number[]) => Uint8Array.from(values)

function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le')
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body
}

function utf16be(text: string): Uint8Array {
  const body = Buffer.from(text, 'utf16le').swap16()
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body])
}

/** The InputError that `run` throws; fails the test when it throws nothing or something else. */
function inputError(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    assert.instance(error, InputError)
    return error as InputError
  }
  assert.unreachable('expected an InputError')
  throw new Error('unreachable')
}

function assertRefused(input: Uint8Array, reason: InputErrorReason, options?: { maxBytes?: number }): InputError {
  const error = inputError(() => decodeInput(input, options))
  assert.is(error.reason, reason)
  assert.is(error.name, 'InputError')
  // A sentence that says what is wrong and, after the semicolon, what to do.
  assert.match(error.message, /^[A-Z].*; .*\.$/)
  return error
}

/** "Café crème" in windows-1252: é is 0xE9 and è 0xE8, which are not valid UTF-8 on their own. */
const latin1Page = (head: string) =>
  Uint8Array.from([...Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body><p>Caf`), 0xe9, ...Buffer.from(' cr'), 0xe8, ...Buffer.from('me</p></body></html>')])

test('an HTML page is decoded with the charset its meta tag declares', () => {
  for (const head of ['<meta charset="windows-1252">', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">']) {
    const { text, warnings } = decodeInput(latin1Page(head))
    assert.ok(text.includes('Café crème'), head)
    assert.equal(warnings, [])
  }
})

test('an HTML page without a charset that is not UTF-8 is read as windows-1252, with a warning that it is a guess', () => {
  const { text, warnings } = decodeInput(latin1Page('<title>x</title>'))
  assert.ok(text.includes('Café crème'))
  assert.is(warnings[0]!.id, 'charset-guessed')
  assert.match(warnings[0]!.message, /declares no charset and is not valid UTF-8, so it was read as windows-1252, a guess/)
})

test('a page that is valid UTF-8 is read as UTF-8 whatever it declares, with a warning (saved pages keep their old <meta>)', () => {
  const { text, warnings } = decodeInput(new TextEncoder().encode('<!DOCTYPE html><html><head><meta charset="gb2312"></head><body><p>Café 新电脑</p></body></html>'))
  assert.ok(text.includes('Café 新电脑'))
  assert.is(warnings[0]!.id, 'charset-ignored')
  assert.match(warnings[0]!.message, /declares the charset "gb2312" but is valid UTF-8, so it was read as UTF-8/)
})

test('an unknown declared charset on a page that is not UTF-8 is named in the warning', () => {
  const { warnings } = decodeInput(latin1Page('<meta charset="klingon-8">'))
  assert.is(warnings[0]!.id, 'invalid-utf8')
  assert.match(warnings[0]!.message, /invalid byte sequences? (was|were) replaced.*declares the charset "klingon-8", which decruft does not know/)
})

test('a plain-text capture is never read by a charset guess: invalid UTF-8 is replaced', () => {
  const { text } = decodeInput(Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' and more text here.')]))
  assert.ok(text.includes('Caf\uFFFD'))
})

test('valid UTF-8 comes back unchanged and without warnings', () => {
  const text = 'Héllo wörld — ça va? 你好 🙂\nSecond line.\n'
  assert.equal(decodeInput(utf8(text)), { text, warnings: [] })
})

test('a UTF-8 BOM is stripped', () => {
  const result = decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Title\nBody.')]))
  assert.is(result.text, 'Title\nBody.')
  assert.equal(result.warnings, [])
})

test('UTF-16 LE and BE with a BOM are decoded, not taken for binary', () => {
  const text = 'Héllo, wörld.\nA second line.'
  assert.is(decodeInput(utf16le(text)).text, text)
  assert.is(decodeInput(utf16be(text)).text, text)
})

test('UTF-16 without a BOM has NUL bytes and is refused as binary', () => {
  assertRefused(utf16le('Plain ASCII text in UTF-16.', false), 'binary')
})

test('invalid UTF-8 is replaced with U+FFFD and the warning counts the sequences', () => {
  // "café" in Latin-1, then a lone continuation byte and a truncated 3-byte sequence.
  const result = decodeInput(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0xe2, 0x82))
  assert.is(result.text, 'caf\uFFFD \uFFFD \uFFFD')
  assert.equal(result.warnings, [
    { id: 'invalid-utf8', message: 'The input is not valid UTF-8; 3 invalid byte sequences were replaced with U+FFFD (if it uses another encoding, convert it to UTF-8 first).' },
  ])
})

test('a U+FFFD that the input itself encodes is not counted as invalid, and one replacement is singular', () => {
  const result = decodeInput(Uint8Array.from([...utf8('Real \uFFFD here, '), 0xff]))
  assert.is(result.text, 'Real \uFFFD here, \uFFFD')
  assert.match(result.warnings[0]?.message ?? '', /; 1 invalid byte sequence was replaced/)
})

test('empty and white-space-only inputs are refused as empty', () => {
  assertRefused(new Uint8Array(0), 'empty')
  assertRefused(utf8(' \n\t\r\n  '), 'empty')
  assertRefused(utf8('\u00a0\u2003\n'), 'empty')
})

test('a BOM with nothing after it is empty', () => {
  assertRefused(bytes(0xef, 0xbb, 0xbf), 'empty')
  assertRefused(bytes(0xff, 0xfe), 'empty')
  assertRefused(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('\n \n')]), 'empty')
})

test('a NUL byte in the first 8 KiB makes the input binary', () => {
  const error = assertRefused(Uint8Array.from([...utf8('Looks like text'), 0, ...utf8(' but is not.')]), 'binary')
  assert.match(error.message, /NUL bytes/)
})

test('a high share of control characters makes the input binary', () => {
  const noisy = new Uint8Array(1000).map((_, i) => (i % 5 === 0 ? 0x01 : 0x61))
  const error = assertRefused(noisy, 'binary')
  assert.match(error.message, /20% of its start is control characters/)
})

test('tabs, newlines, form feeds and a few stray controls are text', () => {
  const text = `Column\tvalue\r\nNext page\f\n${'Prose. '.repeat(20)}\u001b[0m escape once.\n`
  assert.is(decodeInput(utf8(text)).text, text)
})

test('only the first 8 KiB are checked for binary content', () => {
  const text = `${'a'.repeat(8192)}\u0000 after the sample`
  assert.is(decodeInput(utf8(text)).text, text)
})

test('an input over maxBytes is refused as too large, and one at the limit is accepted', () => {
  const error = assertRefused(utf8('12345678901'), 'too-large', { maxBytes: 10 })
  assert.is(error.message, 'The input is 11 bytes, more than the limit of 10 bytes; split it into smaller documents, or raise the limit (maxBytes, or --max-bytes on the command line) if it really is one page.')
  assert.is(decodeInput(utf8('1234567890'), { maxBytes: 10 }).text, '1234567890')
})

test('the size is checked before anything else, so a huge binary input is refused as too large', () => {
  assertRefused(new Uint8Array(64), 'too-large', { maxBytes: 16 })
})

test('the default limit is 10 MiB', () => {
  assert.is(DEFAULT_MAX_BYTES, 10 * 1024 * 1024)
  assert.not.throws(() => assertWithinSize(DEFAULT_MAX_BYTES))
  const error = inputError(() => assertWithinSize(DEFAULT_MAX_BYTES + 1))
  assert.is(error.reason, 'too-large')
  assert.match(error.message, /^The input is 10,485,761 bytes \(10\.0 MiB\), more than the limit of 10,485,760 bytes \(10 MiB\);/)
})

test.run()
