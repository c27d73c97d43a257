import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { WordPhrases } from '../src/rules/word-phrases.js'
import { normalise } from '../src/text/features.js'

// How contains phrases are found in a line: by whole words, whatever lies between them.
function found(phrases: string[], line: string): string[] {
  const index = new WordPhrases<string>()
  for (const phrase of phrases) index.add(phrase, phrase)
  const hits: string[] = []
  index.forEachIn(normalise(line), (phrase) => hits.push(phrase))
  return hits
}

test('a phrase is found anywhere in a line, in any case, across punctuation and spacing', () => {
  assert.equal(found(['We use cookies'], 'Hello! WE  use cookies to improve this site.'), ['We use cookies'])
  assert.equal(found(['Save my name, email, and website'], 'Save my name email and website in this browser'), ['Save my name, email, and website'])
  assert.equal(found(["vous acceptez l'utilisation"], 'En continuant, vous acceptez l’utilisation des cookies'), ["vous acceptez l'utilisation"])
})

test('a phrase matches whole words only, up to the end of the line', () => {
  assert.equal(found(['use cookies'], 'we refuse cookies'), [])
  assert.equal(found(['use cookies'], 'we use cookiesandcream'), [])
  assert.equal(found(['use cookies today'], 'we use cookies'), [])
  assert.equal(found(['use cookies'], 'we use cookies'), ['use cookies'])
})

test('phrases that share a first word are each found; a phrase of symbols only is refused', () => {
  assert.equal(found(['follow us', 'follow us on'], 'Follow us on Facebook'), ['follow us', 'follow us on'])
  assert.is(new WordPhrases<string>().add('☰ ©', 'x'), false)
})

test.run()
