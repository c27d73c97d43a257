/** Every sentence that a report says about a cut comes from here, in one form: "Removed <what>: <why>." */

/** A snippet of removed text for a message, on one line and cut at `max` characters. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`
}

/** `unit` names what was counted: lines of a capture, blocks of an HTML page (with the element's tag). */
export function removedMessage(text: string, count: number, why: string, unit = 'lines'): string {
  const what = count > 1 ? `${count} ${unit} from ${quote(text, 40)}` : quote(text)
  return `Removed ${what}: ${why}.`
}

/** A description as the end of a sentence: no final full stop, no capital unless it starts an acronym. */
export function sentenceTail(description: string): string {
  const tail = description.replace(/\.$/, '')
  // "A dialog" as well as "Links": a capital followed by a lower-case letter or a space starts a word.
  return /^\p{Lu}(\p{Ll}|\s)/u.test(tail) ? tail[0]!.toLowerCase() + tail.slice(1) : tail
}
