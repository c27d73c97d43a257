/** Every sentence that a report says about a cut comes from here, in one form: "Removed <what>: <why>." */

/** A snippet of removed text for a message, on one line and cut at `max` characters. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`
}

export function removedMessage(text: string, lines: number, why: string): string {
  const what = lines > 1 ? `${lines} lines from ${quote(text, 40)}` : quote(text)
  return `Removed ${what}: ${why}.`
}
