import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner } from '../src/index.js'

// An article is never emptied silently: a rule that would take the whole article is held back, with a warning.
const cleaner = createCleaner()

const STORY = [
  'The new public library opened its doors on Saturday morning, after three years of construction and a long debate about its cost.',
  'More than two thousand people visited the building on the first day, according to the city council, which paid for most of the project.',
  'The library holds about eighty thousand books, a children’s floor and a small theatre that local schools will be able to use for free.',
  'Its architect said the wide windows facing the harbour were meant to make the building feel open to everyone who walks past it.',
  'The council expects the building to pay for part of its running costs by renting the theatre to companies in the evenings.',
]

test("an always-cut rule whose element wraps the whole article (a 'modal' wrapper) is held back, and the report says so", async () => {
  const html = `<!DOCTYPE html><html><head><title>Library opens</title></head><body>
<h1>Library opens</h1>
<div class="modal-safe-content">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
</body></html>`
  const { text, report } = await cleaner.clean(html)
  assert.ok(STORY.every((p) => text.includes(p)), text)
  assert.ok(report.warnings.some((w) => w.id === 'rule-waived' && w.message.includes('boilerplate/modal-dialog-element') && w.message.includes('left to Readability')), JSON.stringify(report.warnings))
})

test('a dialog that holds less than most of the page is still cut', async () => {
  const html = `<!DOCTYPE html><html><head><title>Library opens</title></head><body>
<article><h1>Library opens</h1>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article>
<div class="modal"><p>Sign in to save your favourite stories and read them later on any of your devices.</p></div>
</body></html>`
  const { text, report } = await cleaner.clean(html)
  assert.not.ok(text.includes('Sign in to save'), text)
  assert.equal(report.warnings, [])
})

test.run()
