import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner } from '../src/index.js'
import { detectKind } from '../src/input/detect-kind.js'
import { parseHTML } from 'linkedom'
import { loadHtml } from '../src/html/document.js'
import { assertAccountsForVisibleText, paragraphs } from './support/invariants.js'

// What an HTML page is, and what of it shows: old pages and saved fragments without <html> or <body>, and
// the fallback content of plugins that browsers no longer run.
const cleaner = createCleaner()

const STORY = [
  'The new public library opened its doors on Saturday morning, after three years of construction and a long debate about its cost.',
  'More than two thousand people visited the building on the first day, according to the city council, which paid for most of the project.',
  'The library holds about eighty thousand books, a children’s floor and a small theatre that local schools will be able to use for free.',
]

test('a fragment that starts with a <table>, with no <html>, <head> or <body>, is cleaned as HTML', async () => {
  const fragment = `<table width="100%"><tr><td class="nav"><a href="/">Home</a> | <a href="/news">News</a></td></tr>
<tr><td><h1>Library opens</h1>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</td></tr></table>`
  assert.is(detectKind(fragment), 'html')
  const { text, report } = await cleaner.clean(fragment)
  assert.is(report.kind, 'html')
  assert.not.match(text, /<\/?(?:p|td|table)\b/)
  assert.ok(text.includes(STORY[1]!), text)
})

test('a fragment of paragraphs, or one that starts with text before its tags, is HTML', () => {
  assert.is(detectKind(`<p>${STORY[0]}</p>\n<p>${STORY[1]}</p>`), 'html')
  const tagged = STORY.map((p) => `<div class="para"><span class="lead">${p.slice(0, 20)}</span> ${p.slice(20, 40)}<br/></div>`).join('\n')
  assert.is(detectKind(`Posted on Saturday\n${tagged}`), 'html')
})

test('a capture that quotes a tag, or a tutorial that prints its examples between its sentences, stays text', () => {
  assert.is(detectKind('<p> is the tag for a paragraph, and every browser knows it.\nThe rest of the page explains why.'), 'text')
  const tutorial = [
    'Adding the coverage tool to your test suite is just a matter of adding this simple line to your HTML test file:',
    '<script src="vendor/blanket.js" data-cover-adapter="vendor/mocha-blanket.js"></script>',
    'Then open the page in your browser, and the report appears at the bottom of the page, under the results.',
    '<div id="mocha"></div>',
    'The report lists every file that was loaded, with the share of its lines that the tests ran.',
    ...STORY,
  ].join('\n\n')
  assert.is(detectKind(tutorial), 'text')
})

test("an <object> that browsers cannot render shows its fallback content, which old pages fill with the video's caption", async () => {
  const caption = 'Commentators discuss how the money spent on the election changed the way campaigns reach voters.'
  const page = (type: string) => `<!DOCTYPE html><html><head><title>Library opens</title></head><body><article><h1>Library opens</h1>
<object type="${type}" data="/media/player"><param name="movie" value="/media/player"><div class="caption"><p>${caption}</p></div></object>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`
  assert.ok((await cleaner.clean(page('application/x-shockwave-flash'))).text.includes(caption))
  assert.not.ok((await cleaner.clean(page('image/svg+xml'))).text.includes(caption))
})

test("a plugin's caption between the title and the article, which Readability drops with the <object>, rejoins the article", async () => {
  const caption = "The council's transport chair explains why the night ferry survived the budget, and what it will cost."
  const html = `<!DOCTYPE html><html><head><title>Night ferry saved</title></head><body><div id="content"><h1>Night ferry saved</h1>
<div class="meta">November 14, 2012, 9:12 pm</div>
<div class="video"><object type="application/x-shockwave-flash" data="/player.swf"><p>This video is unavailable on your device.</p><p class="caption">${caption}</p></object></div>
<div class="entry">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div></div></body></html>`
  const { text } = await cleaner.clean(html)
  assert.ok(text.includes(caption), text)
  assert.not.ok(text.includes('This video is unavailable'), text)
  const without = await createCleaner({ disable: ['stage:plugin-captions'] }).clean(html)
  assert.not.ok(without.text.includes(caption), without.text)
})

test('a page that React streams reads as a browser shows it: each late part in place of its placeholder, the loading line cut', async () => {
  const html = `<!DOCTYPE html><html><head><title>Library opens</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Library opens</h1><p>${STORY[0]}</p>
<div class="rest"><!--$?--><template id="B:0"></template><p>Loading the rest of the story…</p><!--/$--></div></article></main>
<footer><p>© The Gazette</p></footer>
<div hidden id="S:0"><p>${STORY[1]}</p><div><template id="P:1"></template></div></div>
<div hidden id="S:1"><p>${STORY[2]}</p></div>
</body></html>`
  const result = await cleaner.clean(html)
  assert.equal(paragraphs(result.text), STORY)
  assert.ok(result.report.cuts.some((cut) => cut.rule === 'boilerplate/streamed-fallback' && cut.text.startsWith('Loading the rest')))
  assertAccountsForVisibleText(html, result)
})

test("the copy that Readability rewrites knows each of its nodes' originals, after a doctype and a comment too", () => {
  const page = loadHtml(`<!doctype html><!-- saved page --><html><body><p>${STORY[0]}</p><div><span>${STORY[1]}</span></div></body></html>`)
  const copy = page.copy()
  const texts = [...copy.document.querySelectorAll('p, span')].map((element) => element.firstChild!)
  assert.equal(texts.map((text) => copy.original(text)), [...page.document.querySelectorAll('p, span')].map((element) => element.firstChild))
  assert.is(copy.original(copy.document.body), page.document.body)
})

test.run()

test('linkedom nodes, whose listener maps patches/linkedom makes lazy, still take, fire and drop listeners', () => {
  const { document, Event } = parseHTML('<p id="a">text</p>')
  const paragraph = document.getElementById('a')!
  const heard: string[] = []
  const listener = (event: { type: string }) => heard.push(event.type)
  paragraph.removeEventListener('ping', listener)
  paragraph.addEventListener('ping', listener)
  paragraph.dispatchEvent(new Event('ping'))
  paragraph.removeEventListener('ping', listener)
  paragraph.dispatchEvent(new Event('ping'))
  document.createElement('span').dispatchEvent(new Event('ping'))
  assert.equal(heard, ['ping'])
})
