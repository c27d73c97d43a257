/** The sentences a report says about a cut. */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { removedMessage, sentenceTail } from '../src/report/messages.js'

test('a description ends a sentence in lower case, its acronyms kept', () => {
  assert.is(sentenceTail('Links to share the page.'), 'links to share the page')
  assert.is(sentenceTail('A dialog laid over the page.'), 'a dialog laid over the page')
  assert.is(sentenceTail('URL lists and e-mail addresses.'), 'URL lists and e-mail addresses')
})

test('a removal names how many units it took and quotes the first', () => {
  assert.is(removedMessage('Leave a Reply', 1, 'it is a comment form'), 'Removed "Leave a Reply": it is a comment form.')
  assert.is(removedMessage('Home\nNews', 2, 'they are menu items'), 'Removed 2 lines from "Home News": they are menu items.')
})

test.run()
