/**
 * The shape of a line of text, for telling lines of one template apart from lines of another without markup.
 */

/** Words and numbers become one mark, spaces go: "3 days ago" and "two days ago" have one shape, "May 2, 2012 at 9:05" another. */
export function squash(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, 'x').replace(/\s+/g, '').replace(/x+/g, 'x')
}
