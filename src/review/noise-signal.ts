/**
 * A cheap guess at whether a page's text is full of chrome, to flag the documents where decruft cut nothing
 * although it probably should have. Menus, footers, buttons and teaser lists show up in a text capture as
 * many short lines that are not sentences; an article is mostly sentences. So a page "looks noisy" when it
 * has at least NOISY_MIN_LABEL_LINES such label lines and they make up at least NOISY_LABEL_SHARE of its
 * non-blank lines. On the dev set this flags 9 of the 15 pages left uncut (nav-heavy pages, forums, a
 * rollback), and none of the clean seeds, whose lines are all sentences.
 */

/** A line of at most this many words, not ending like a sentence, is a label (a menu item, a button). */
export const LABEL_MAX_WORDS = 4
export const NOISY_MIN_LABEL_LINES = 10
export const NOISY_LABEL_SHARE = 0.4

// A sentence ends with . ! ? … or their Arabic and CJK forms, maybe followed by closing quotes or brackets.
const SENTENCE_END = /[.!?…؟。！？]["'”’»)\]]*$/u

export interface LabelLineStats {
  /** Non-blank lines. */
  lines: number
  labels: number
}

export function labelLineStats(text: string): LabelLineStats {
  let lines = 0
  let labels = 0
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim()
    if (line === '') continue
    lines++
    if (line.split(/\s+/).length <= LABEL_MAX_WORDS && !SENTENCE_END.test(line)) labels++
  }
  return { lines, labels }
}

export function looksNoisy(text: string): boolean {
  const { lines, labels } = labelLineStats(text)
  return labels >= NOISY_MIN_LABEL_LINES && labels >= lines * NOISY_LABEL_SHARE
}
