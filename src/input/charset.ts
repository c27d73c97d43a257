/**
 * The character encoding an HTML page declares, found the way browsers prescan (the HTML standard's
 * "prescan a byte stream"), simplified: a <meta charset> or a <meta http-equiv="Content-Type"> within the
 * first 1024 bytes. Text captures have no such declaration; they are UTF-8 or UTF-16 with a BOM.
 */

/** Browsers look this far for the declaration. */
const PRESCAN_BYTES = 1024
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i
const latin1 = new TextDecoder('latin1')

/** The declared encoding as a TextDecoder label, or null when the page declares none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1.decode(bytes.subarray(0, PRESCAN_BYTES))
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null
}

/** A decoder for `label`, or null when the label names no encoding TextDecoder knows. */
export function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label)
  } catch {
    return null
  }
}

/** What a page without a declaration and not valid UTF-8 most likely is: what browsers assume for western pages. */
export const GUESSED_CHARSET = 'windows-1252'
