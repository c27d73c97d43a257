/** The sentences a report says about a cut, and its warnings. */
import { readFileSync } from 'node:fs'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { removedMessage, sentenceTail } from '../src/report/messages.js'
import { warning, WARNING_IDS } from '../src/report/warnings.js'

test('a description ends a sentence in lower case, its acronyms kept', () => {
  assert.is(sentenceTail('Links to share the page.'), 'links to share the page')
  assert.is(sentenceTail('A dialog laid over the page.'), 'a dialog laid over the page')
  assert.is(sentenceTail('URL lists and e-mail addresses.'), 'URL lists and e-mail addresses')
})

test('a removal names how many units it took and quotes the first', () => {
  assert.is(removedMessage('Leave a Reply', 1, 'it is a comment form'), 'Removed "Leave a Reply": it is a comment form.')
  assert.is(removedMessage('Home\nNews', 2, 'they are menu items'), 'Removed 2 lines from "Home News": they are menu items.')
})

test('a warning carries its id beside its sentence, and the README names every id', () => {
  assert.equal(warning('rolled-back', 40, 3, 120), {
    id: 'rolled-back',
    message: 'Left 40 lines uncut: the cuts would have kept only 3 of their 120 words of prose, so the main text was probably misread; check this page by hand.',
  })
  const readme = readFileSync('README.md', 'utf8')
  for (const id of WARNING_IDS) assert.ok(readme.includes(`\`${id}\``), `the README's report section does not name the warning ${id}`)
})

test.run()
