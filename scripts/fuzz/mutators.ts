/**
 * The mutators: each turns an input's bytes into a damaged or hostile variant of the kind a crawl delivers,
 * or one aimed at a known weak spot (recursion over deep trees, quadratic work on long words, line counting
 * across unusual line breaks, decoding). All chance comes from the context's seeded generator.
 */
import { boundary, concat, encode, insertAt, latin1 } from './bytes.js'
import type { Random } from './prng.js'

export interface MutationContext {
  random: Random
  /** Whether the input is an HTML page; the tag mutators need tags. */
  html: boolean
  /** Another input of the corpus, for splices. */
  donor(): Uint8Array
  /**
   * The heavy mutators' sizes (huge attributes and words, nesting depth, repeats) as a share of their full
   * sizes: 1 aims at slow paths; a quick run uses less, so that its inputs stay quick to clean.
   */
  scale: number
}

export interface Mutator {
  name: string
  htmlOnly: boolean
  apply(bytes: Uint8Array, context: MutationContext): Uint8Array
}

/** An opening or closing tag, found in the bytes read one character per byte. */
const TAG = /<\/?[a-zA-Z][^<>]{0,500}>/g
const OPENING_TAG = /<[a-zA-Z][^<>]{0,500}>/g

/** What a stray-markup insertion adds: half-open tags, comments and references, valid or not. */
const STRAY_MARKUP = ['<', '&', '</', '<!', '<!--', '<?', '&#', '&#x', '&amp', '&#0;', '&#x110000;', '&#xD800;', '<<', '&&', '<a', '&nbsp', '<![CDATA[']
/**
 * Characters that trip text handling: NUL and the other C0 controls, DEL, a lone CR, the Unicode line and
 * paragraph separators, NEL (U+0085, a line break to some regular expressions and not to others), a BOM
 * in the middle, and bidi and zero-width controls.
 */
const CONTROL_CHARACTERS = [
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((char) => !'\t\n'.includes(char)),
  '\x7f', '\u2028', '\u2029', '\u0085', '\ufeff', '\u200b', '\u200e', '\u202e',
]
/** Line breaks to put in place of every "\n": old Mac files, Windows files, and the Unicode separators. */
const LINE_BREAKS = ['\r', '\r\n', '\u2028', '\u0085', '\r\r\n']
/**
 * Byte sequences that are not UTF-8: a lone continuation byte, an overlong "/", an encoded surrogate, a code
 * point past U+10FFFF, bytes UTF-8 never uses, and sequences cut short.
 */
const INVALID_UTF8 = [[0x80], [0xbf], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe], [0xff], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc3]].map((sequence) => new Uint8Array(sequence))
/** Attributes that the HTML front end reads: classes and ids name noise, styles hide it, links and alt text are shown. */
const ATTRIBUTES = ['class', 'id', 'style', 'href', 'alt', 'title', 'data-fuzz', 'aria-label']
/** What a huge attribute repeats: class words the rules look for, a hiding style, a URL, or one letter. */
const ATTRIBUTE_UNITS = ['comment ', 'share-buttons nav ', 'display:none;', 'https://example.com/a?b=', 'x']
/** Letters for huge words: Latin, accented (two bytes each), Cyrillic and Greek. */
const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'aeioubcdéèàçñü', 'абвгдежзиклмнопрст', 'αβγδεζηθικλμν']
/** Elements that nest inside themselves without the parser closing them. */
const NESTING_TAGS = ['div', 'b', 'span', 'i', 'blockquote', 'section', 'font', 'ul']
/** A repeated run never adds more than this (scaled), so that inputs stay under the cleaner's size limit. */
const MAX_REPEATED_BYTES = 2_000_000

export const MUTATORS: readonly Mutator[] = [
  {
    name: 'byte-flip',
    htmlOnly: false,
    apply(bytes, { random }) {
      const out = bytes.slice()
      if (out.length === 0) return out
      for (let n = random.int(1, 16); n > 0; n--) {
        const at = random.int(0, out.length - 1)
        out[at] = out[at]! ^ random.int(1, 255)
      }
      return out
    },
  },
  {
    name: 'truncate',
    htmlOnly: false,
    apply: (bytes, { random }) => bytes.slice(0, boundary(bytes, random.int(1, Math.max(1, bytes.length - 1)))),
  },
  {
    name: 'tag-delete',
    htmlOnly: true,
    apply(bytes, { random }) {
      const tags = pickSpans(random, latin1(bytes).matchAll(TAG), random.int(1, 20))
      let out = bytes
      // From the end, so that the earlier spans' offsets still hold.
      for (const [start, end] of tags.reverse()) out = concat([out.subarray(0, start), out.subarray(end)])
      return out
    },
  },
  {
    name: 'tag-duplicate',
    htmlOnly: true,
    apply(bytes, { random }) {
      const tags = pickSpans(random, latin1(bytes).matchAll(TAG), random.int(1, 20))
      const insertions = tags.map(([start, end]) => ({
        // Beside itself (an element opened twice) or anywhere (an end tag out of place).
        at: random.chance(0.5) ? end : boundary(bytes, random.int(0, bytes.length)),
        insert: bytes.slice(start, end),
      }))
      return insertAll(bytes, insertions)
    },
  },
  {
    name: 'stray-markup',
    htmlOnly: false,
    apply: (bytes, { random }) => insertRandomly(bytes, random, random.int(1, 50), () => encode(random.pick(STRAY_MARKUP))),
  },
  {
    name: 'control-characters',
    htmlOnly: false,
    apply: (bytes, { random }) => insertRandomly(bytes, random, random.int(1, 30), () => encode(random.pick(CONTROL_CHARACTERS))),
  },
  {
    name: 'line-breaks',
    htmlOnly: false,
    apply(bytes, { random }) {
      // Replaced in the bytes read one character per byte, so the line break goes in as its UTF-8 bytes.
      const lineBreak = latin1(encode(random.pick(LINE_BREAKS)))
      return new Uint8Array(Buffer.from(latin1(bytes).replace(/\r?\n/g, lineBreak), 'latin1'))
    },
  },
  {
    name: 'huge-attribute',
    htmlOnly: true,
    apply(bytes, context) {
      const { random } = context
      const [tag] = pickSpans(random, latin1(bytes).matchAll(OPENING_TAG), 1)
      const value = repeatToLength(random.pick(ATTRIBUTE_UNITS), sized(context, 10_000, 200_000))
      const attribute = encode(` ${random.pick(ATTRIBUTES)}="${value}"`)
      // Before the tag's ">" (or "/>"), so that the tag stays whole.
      return tag ? insertAt(bytes, tag[1] - (bytes[tag[1] - 2] === 0x2f ? 2 : 1), attribute) : concat([encode('<div'), attribute, encode('>'), bytes])
    },
  },
  {
    name: 'huge-token',
    htmlOnly: false,
    apply(bytes, context) {
      const { random } = context
      const letters = [...random.pick(ALPHABETS)]
      const word = Array.from({ length: sized(context, 10_000, 200_000) }, () => random.pick(letters)).join('')
      return insertAt(bytes, boundary(bytes, random.int(0, bytes.length)), encode(` ${word} `))
    },
  },
  {
    name: 'deep-nesting',
    htmlOnly: false,
    apply(bytes, context) {
      const { random } = context
      const tag = random.pick(NESTING_TAGS)
      const depth = sized(context, 1_000, 20_000)
      // Left open half the time: the parser then closes them all at the end of the page.
      const close = random.chance(0.5) ? `</${tag}>`.repeat(depth) : ''
      const nest = `<${tag}>`.repeat(depth) + 'Deep inside the page, a sentence of its own.' + close
      return insertAt(bytes, boundary(bytes, random.int(0, bytes.length)), encode(nest))
    },
  },
  {
    name: 'repeat-elements',
    htmlOnly: false,
    apply(bytes, context) {
      const [start, end] = repeatableRun(bytes, context)
      if (end <= start) return bytes
      const run = bytes.subarray(start, end)
      const times = Math.min(sized(context, 100, 5_000), Math.floor((MAX_REPEATED_BYTES * context.scale) / run.length))
      return concat([bytes.subarray(0, end), ...Array.from({ length: times }, () => run), bytes.subarray(end)])
    },
  },
  {
    name: 'splice',
    htmlOnly: false,
    apply(bytes, { random, donor }) {
      const other = donor()
      const head = bytes.subarray(0, boundary(bytes, random.int(0, bytes.length)))
      return concat([head, other.subarray(boundary(other, random.int(0, other.length)))])
    },
  },
  {
    name: 'invalid-utf8',
    htmlOnly: false,
    // Anywhere, even inside a character: splitting a sequence is invalid UTF-8 too.
    apply: (bytes, { random }) => insertRandomly(bytes, random, random.int(1, 10), () => random.pick(INVALID_UTF8), false),
  },
]

/** A size from `min` to `max`, both scaled. */
function sized({ random, scale }: MutationContext, min: number, max: number): number {
  return random.int(Math.max(1, Math.round(min * scale)), Math.max(1, Math.round(max * scale)))
}

/** Up to `count` of the matches, in source order, as [start, end) spans; the same one may be picked twice. */
function pickSpans(random: Random, matches: Iterable<RegExpMatchArray>, count: number): [number, number][] {
  const spans = [...matches].map((match): [number, number] => [match.index!, match.index! + match[0].length])
  if (spans.length === 0) return []
  const picked = new Set(Array.from({ length: count }, () => random.int(0, spans.length - 1)))
  return [...picked].sort((a, b) => a - b).map((i) => spans[i]!)
}

/** `count` insertions at random places: character boundaries unless `atBoundaries` is false. */
function insertRandomly(bytes: Uint8Array, random: Random, count: number, make: () => Uint8Array, atBoundaries = true): Uint8Array {
  const insertions = Array.from({ length: count }, () => {
    const at = random.int(0, bytes.length)
    return { at: atBoundaries ? boundary(bytes, at) : at, insert: make() }
  })
  return insertAll(bytes, insertions)
}

/** Every insertion at its offset in the original bytes. */
function insertAll(bytes: Uint8Array, insertions: { at: number; insert: Uint8Array }[]): Uint8Array {
  const sorted = [...insertions].sort((a, b) => a.at - b.at)
  const parts: Uint8Array[] = []
  let at = 0
  for (const insertion of sorted) {
    parts.push(bytes.subarray(at, insertion.at), insertion.insert)
    at = insertion.at
  }
  parts.push(bytes.subarray(at))
  return concat(parts)
}

/** A few elements of a page (from one tag to a later one) or a few lines of a capture: what a template repeats. */
function repeatableRun(bytes: Uint8Array, { random, html }: MutationContext): [number, number] {
  const text = latin1(bytes)
  const starts = html ? [...text.matchAll(OPENING_TAG)].map((match) => match.index!) : lineStarts(text)
  if (starts.length === 0) return [0, bytes.length]
  const first = random.int(0, starts.length - 1)
  return [starts[first]!, starts[first + random.int(1, 4)] ?? bytes.length]
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function repeatToLength(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}
