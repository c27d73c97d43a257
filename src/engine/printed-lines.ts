/**
 * The lines a page has printed so far, to tell whether a later line begins or ends with one of them (a
 * reprint of the page run into the line before it, see joinReprints in decide.ts). Trying every prefix and
 * suffix of a line as a key costs time in the square of its length, and a capture may hold lines of tens of
 * thousands of characters. Each printed line is known instead by two polynomial hashes, one read from its
 * start and one from its end; a line's prefixes and suffixes are hashed in one sweep each, and a prefix or
 * suffix is compared as text only when its hash and length match a printed line's.
 */

/** A prime below 2^31: a hash times the base stays an exact integer in a double. */
const MODULUS = 2_147_483_647
/** Below 2^20, above every UTF-16 code unit. */
const BASE = 1_000_003

interface Hashes {
  fromStart: Set<number>
  fromEnd: Set<number>
}

export class PrintedLines {
  private readonly lines = new Set<string>()
  /** By length: the hashes of the printed lines of that length. */
  private readonly byLength = new Map<number, Hashes>()

  add(text: string): void {
    if (this.lines.has(text)) return
    this.lines.add(text)
    let hashes = this.byLength.get(text.length)
    if (!hashes) this.byLength.set(text.length, (hashes = { fromStart: new Set(), fromEnd: new Set() }))
    let fromStart = 0
    let fromEnd = 0
    for (let i = 0; i < text.length; i++) fromStart = extend(fromStart, text.charCodeAt(i))
    for (let i = text.length - 1; i >= 0; i--) fromEnd = extend(fromEnd, text.charCodeAt(i))
    hashes.fromStart.add(fromStart)
    hashes.fromEnd.add(fromEnd)
  }

  /** Whether the text begins or ends with a shorter line printed before: in time linear in its length. */
  beginsOrEndsWithOne(text: string): boolean {
    if (this.byLength.size === 0) return false
    const fromStart = prefixHashes(text)
    const fromEnd = suffixHashes(text)
    for (const [length, hashes] of this.byLength) {
      if (length >= text.length) continue
      if (hashes.fromStart.has(fromStart[length]!) && this.lines.has(text.slice(0, length))) return true
      const at = text.length - length
      if (hashes.fromEnd.has(fromEnd[at]!) && this.lines.has(text.slice(at))) return true
    }
    return false
  }
}

/** hashes[k]: the hash of the text's first k code units, read from its start. */
function prefixHashes(text: string): Uint32Array {
  const hashes = new Uint32Array(text.length + 1)
  for (let i = 0; i < text.length; i++) hashes[i + 1] = extend(hashes[i]!, text.charCodeAt(i))
  return hashes
}

/** hashes[k]: the hash of the text from code unit k to its end, read from its end. */
function suffixHashes(text: string): Uint32Array {
  const hashes = new Uint32Array(text.length + 1)
  for (let i = text.length - 1; i >= 0; i--) hashes[i] = extend(hashes[i + 1]!, text.charCodeAt(i))
  return hashes
}

/** The hash of a text after one more code unit is read. */
function extend(hash: number, codeUnit: number): number {
  return (hash * BASE + codeUnit) % MODULUS
}
