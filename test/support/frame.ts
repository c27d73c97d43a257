/**
 * The standard article in which one-line rule examples are judged (see RuleExamples in src/types.ts):
 * cut lines are appended after it, keep lines are placed inside it.
 */
export const FRAME_TITLE = 'Harbour city opens its new public library after three years of work'

export const FRAME_PARAGRAPHS = [
  'The new public library opened its doors on Saturday morning, after three years of construction and a long debate about its cost.',
  'More than two thousand people visited the building on the first day, according to the city council, which paid for most of the project.',
  'The library holds about eighty thousand books, a children’s floor and a small theatre that local schools will be able to use for free.',
  'Its architect said the wide windows facing the harbour were meant to make the building feel open to everyone who walks past it.',
]

/** Where keep examples go: between the second and third paragraphs. */
export const FRAME_INSIDE_AT = 2

export function frameWith(line: string, where: 'after' | 'inside'): { doc: string; offset: number } {
  const before = [FRAME_TITLE, ...(where === 'inside' ? FRAME_PARAGRAPHS.slice(0, FRAME_INSIDE_AT) : FRAME_PARAGRAPHS)]
  const after = where === 'inside' ? FRAME_PARAGRAPHS.slice(FRAME_INSIDE_AT) : []
  const head = before.join('\n\n') + '\n\n'
  return { doc: head + line + (after.length ? '\n\n' + after.join('\n\n') : '') + '\n', offset: head.length }
}

/** A multi-line example: the document without its markers, and the offsets of the marked lines. */
export function markedDocument(example: string, marker: '[cut] ' | '[keep] '): { doc: string; offsets: number[] } {
  const offsets: number[] = []
  let doc = ''
  for (const line of example.split('\n')) {
    if (line.startsWith(marker)) {
      offsets.push(doc.length)
      doc += line.slice(marker.length) + '\n'
    } else {
      doc += line + '\n'
    }
  }
  return { doc, offsets }
}

/** The title of the standard HTML page, in its <title>: a heading that repeats it is the page's title. */
export const HTML_FRAME_TITLE = 'Security chiefs meet in Moscow'

/**
 * The standard HTML page for the examples of HTML rules: an article of the frame's paragraphs, with a cut
 * example placed after the article and a keep example inside it.
 */
export function htmlFrameWith(fragment: string, where: 'after' | 'inside'): string {
  const paragraphs = FRAME_PARAGRAPHS.map((text) => `<p>${text}</p>`)
  const inside = where === 'inside' ? [...paragraphs.slice(0, FRAME_INSIDE_AT), fragment, ...paragraphs.slice(FRAME_INSIDE_AT)] : paragraphs
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${HTML_FRAME_TITLE}</title></head><body>`,
    `<article><h2>${FRAME_TITLE}</h2>`,
    ...inside,
    '</article>',
    where === 'after' ? fragment : '',
    '</body></html>',
  ].join('\n')
}
