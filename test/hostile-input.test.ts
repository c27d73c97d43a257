/**
 * Inputs that a hostile user, a fuzzer or a broken crawler makes: each class is cleaned with the report's
 * promises kept, or refused with an InputError that says why, and never crashes.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner, InputError, type Block } from '../src/index.js'
import { isDateline } from '../src/engine/protect.js'
import { loadHtml } from '../src/html/document.js'
import { MAX_DEPTH, MAX_ELEMENTS } from '../src/html/limits.js'
import { MAX_ELEMENTS_FOR_READABILITY } from '../src/html/main-content.js'
import { assertAccountsForVisibleText, assertRebuilds } from './support/invariants.js'
import { commandArgs } from './support/command.js'

const cleaner = createCleaner()
const ARTICLE =
  'The new public library opened its doors on Saturday morning, after three years of construction and a long debate about its cost.'

async function refusal(input: string): Promise<InputError> {
  try {
    await cleaner.clean(input, { kind: 'html' })
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('the input was cleaned, not refused')
}

test('text that the DOM shows but the text front end reads as white space (U+0085) is kept and accounted for', async () => {
  for (const page of ['<link>\u0085', '<meta>\u0085', '<title>t</title>\u0085', '<html><body>\u0085</body></html>', `<p>${ARTICLE}</p><p>\u0085</p><p>${ARTICLE}</p>`]) {
    const result = await cleaner.clean(page, { kind: 'html' })
    assertAccountsForVisibleText(page, result)
  }
})

test('text standing directly inside a table comes before the table, as browsers show it', async () => {
  const page = `<table>loose text<tr><td>cell</td></tr></table><p>${ARTICLE}</p>`
  const result = await cleaner.clean(page, { kind: 'html' })
  assert.ok(result.text.indexOf('loose text') < result.text.indexOf('cell'), result.text)
  assertAccountsForVisibleText(page, result)
  const { document, locate } = loadHtml(page)
  const text = document.body.firstChild!
  assert.is(page.slice(locate(text)!.start, locate(text)!.end), 'loose text')
})

test('text that the parser moves out of a misnested table gives cuts that never overlap', async () => {
  // Fuzzed: two foster-parented characters become one text node whose source span runs over a cell's markup.
  const page = '<table>\u00c2<td </r>\u00c2<tr>\u0085<td>aiie de Saint-Aubin \u00e2\u0080\u0094 M'
  const result = await cleaner.clean(page, { kind: 'html' })
  assert.ok(result.report.cuts.length > 0)
  assertAccountsForVisibleText(page, result)
})

test('every text node among thousands of inline siblings has its own place in the source', () => {
  const page = `<p>${'<b>x</b> y '.repeat(3000)}</p>`
  const { document, locate } = loadHtml(page)
  const texts = [...document.querySelector('p')!.childNodes].filter((node) => node.nodeType === 3)
  assert.is(texts.length, 3000)
  for (const node of texts) assert.is(page.slice(locate(node)!.start, locate(node)!.end), (node as Text).data)
})

test('the words of a tag left open are no attributes: the element is built without them, and its page is cleaned', async () => {
  // Fuzzed: a stray "<he" before prose made each of its words an attribute's name (a repeated name counts
  // once); linkedom took seconds over thousands of them.
  const swallowed = `<he ${Array.from({ length: 3000 }, (_, k) => `word${k}`).join(' ')}`
  const { document } = loadHtml(`<div>${swallowed}</div><p>${ARTICLE}</p>`)
  assert.is(document.querySelector('he')!.attributes.length, 0)
  assert.is(loadHtml('<p class="lead" id="intro" data-x="1">Text</p>').document.querySelector('p')!.attributes.length, 3)
  const page = `<html><body>${`<div>${swallowed}>Reply</div>`.repeat(30)}<p>${ARTICLE}</p></body></html>`
  assertAccountsForVisibleText(page, await cleaner.clean(page, { kind: 'html' }))
})

test('what frames hold and the options of a list are no text of the page', async () => {
  const options = `<select name="country">${'<option>Country</option>'.repeat(3000)}</select>`
  const page = `<p>${ARTICLE}</p>${'<iframe src="https://example.com/embed">fallback</iframe>'.repeat(3)}${options}<frameset><frame src="a.html"></frameset>`
  const result = await cleaner.clean(page, { kind: 'html' })
  assert.not.ok(result.text.includes('fallback'))
  assert.not.ok(result.text.includes('Country'))
  assertAccountsForVisibleText(page, result)
})

test('a page nested deeper than the limit is refused, with the limit', async () => {
  const error = await refusal(`<body>${'<div>'.repeat(MAX_DEPTH + 10)}${ARTICLE}</body>`)
  assert.is(error.reason, 'too-deep')
  assert.match(error.message, `more than ${MAX_DEPTH} levels deep`)
})

test('stray end tags between the start tags do not hide how deep the page nests', async () => {
  assert.is((await refusal(`<body>${'<div></span>'.repeat(5_000)}${ARTICLE}</body>`)).reason, 'too-deep')
})

test('a page whose elements are each nested deep enough to cost minutes is refused as too deep', async () => {
  const error = await refusal(`<body>${'<div>'.repeat(60)}${'<span>w</span>'.repeat(20_000)}</body>`)
  assert.is(error.reason, 'too-deep')
})

test('a page with more elements than the limit is refused, counted as the parser builds them', async () => {
  assert.is((await refusal(`<body>${'<p>'.repeat(MAX_ELEMENTS + 10)}</body>`)).reason, 'too-many-elements')
  // Few tags, but each paragraph reopens the formatting elements left open before it.
  const reopened = `<body><p>${Array.from({ length: 12 }, (_, i) => `<b class="c${i}">`).join('')}x${'<p>w'.repeat(MAX_ELEMENTS / 10)}</body>`
  assert.is((await refusal(reopened)).reason, 'too-many-elements')
})

test("a page past Readability's element limit is cleaned without its pass, and the report says why", async () => {
  const page = `<body><form>${'<div><input name="q"><textarea></textarea></div>'.repeat(MAX_ELEMENTS_FOR_READABILITY / 3)}</form><p>${ARTICLE}</p></body>`
  const result = await cleaner.clean(page, { kind: 'html' })
  assert.ok(result.text.includes(ARTICLE))
  assert.equal(
    result.report.warnings.map((warning) => warning.id),
    ['article-pass-skipped'],
  )
  const within = await cleaner.clean(`<body><p>${ARTICLE}</p></body>`, { kind: 'html' })
  assert.ok(!within.report.warnings.some((warning) => warning.id === 'article-pass-skipped'))
})

test('a page well within the limits that leaves its paragraphs and list items open is cleaned', async () => {
  const page = `<body><ul>${'<li>item'.repeat(2_000)}</ul>${`<p>${ARTICLE}`.repeat(600)}</body>`
  const result = await cleaner.clean(page, { kind: 'html' })
  assert.ok(result.text.includes(ARTICLE))
})

test('captures with long lines, long words and numbered lines are cleaned; their cuts rebuild them', async () => {
  for (const input of [`1. A\n${'word '.repeat(100_000)}`, `Intro of the article.\n${'a'.repeat(132_000)}\nEnd of the article.\n`]) {
    assertRebuilds(input, await cleaner.clean(input, { kind: 'text' }))
  }
})

test('a line of one huge word is no dateline, found in time linear in its length (once square: a minute here)', () => {
  const word = { text: `Posted ${'x'.repeat(200_000)}`, features: { words: 2 } } as Block
  assert.not.ok(isDateline(word))
  assert.ok(isDateline({ text: 'Moscow, May 28, 2025', features: { words: 4 } } as Block))
})

test('a capture keeps its own line breaks: CR LF, a lone CR, and U+2028 or U+0085 inside a line', async () => {
  const lines = [ARTICLE, 'Share this article on Facebook', `Line\u2028with\u0085separators that are not line breaks, and more words.`, 'Its architect said the wide windows were meant to make the building feel open to everyone.']
  for (const separator of ['\r\n', '\r', '\n']) {
    const input = lines.join(separator) + separator
    const result = await cleaner.clean(input, { kind: 'text' })
    assert.is(result.report.cuts.length, 1)
    assert.is(result.report.cuts[0]!.line, 2)
    assert.is(result.text, [lines[0], '', lines[2], lines[3]].join(separator) + separator)
    assertRebuilds(input, result)
  }
})

test('a batch of every hostile class beside a good capture: each is cleaned or refused with its reason, the capture is cleaned', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'decruft-hostile-'))
  const inputs: Record<string, string> = {
    'good.txt': `${ARTICLE}\n`,
    'nel.html': '<link>\u0085',
    'table-text.html': '<table>loose text<tr><td>cell</td></tr></table>',
    'numbered-long.txt': `1. A\n${'word '.repeat(100_000)}`,
    'deep.html': `<html><body>${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}</body></html>`,
    'long-word.txt': `${ARTICLE}\n${'a'.repeat(132_000)}\n`,
    'inline.html': `<html><body><p>${'<b>x</b>'.repeat(32_000)}</p></body></html>`,
    'iframes.html': `<html><body><p>${ARTICLE}</p>${'<iframe src="about:blank"></iframe>'.repeat(400)}</body></html>`,
    'lone-cr.txt': `${ARTICLE}\rShare this article\u2028on Facebook\u0085now\r`,
    'many-p.html': `<html><body>${'<p>'.repeat(1_000_000)}</body></html>`,
    'many-meta.html': `<html><head>${'<meta name="x" content="y">'.repeat(40_000)}</head><body><p>${ARTICLE}</p></body></html>`,
    // Readability splits a srcset with a pattern that backtracks in time square in the value's length.
    'huge-srcset.html': `<html><body><article><p>${ARTICLE.repeat(4)}</p><img src="a.jpg" srcset="${'a'.repeat(200_000)} b"><p>${ARTICLE}</p></article></body></html>`,
    // A lazy image's attribute that looks like a list of images, which Readability copies into its srcset.
    'huge-lazy-srcset.html': `<html><body><article><p>${ARTICLE.repeat(4)}</p><img data-srcset="a.jpg 1x ${'a'.repeat(200_000)} b"><p>${ARTICLE}</p></article></body></html>`,
    // Form widgets hold no text of the page; Readability once scored each stray option, for seconds on thousands.
    'stray-options.html': `<html><body><p>${ARTICLE}</p><div>${'<option value="1">Category of the archive</option></select>'.repeat(10_000)}</div></body></html>`,
    // Readability checks each item of a list it may drop by reading the list's children anew, a walk of the
    // list in linkedom: thousands of items took seconds (patches/@mozilla+readability+0.6.0.patch).
    'long-list.html': `<html><body><article><p>${ARTICLE.repeat(4)}</p><ul>${'<li><figure><img src="a.jpg" alt="An image"><figcaption>Caption</figcaption></figure></li>'.repeat(2)}${'<li><figcaption>Caption of the figure</figcaption></li>'.repeat(4_500)}</ul><p>${ARTICLE}</p></article></body></html>`,
    // Each streamed placeholder once looked its segment up with linkedom's getElementById, a walk of the page.
    'streamed-placeholders.html': `<html><body><p>${ARTICLE}</p>${'<template id="P:1"></template><span>x</span>'.repeat(20_000)}</body></html>`,
    // The tag scan of the limits once split a long name after an unclosed "<a" at every one of its points.
    'unclosed-tag.html': `<html><body><p>${ARTICLE}</p><a${'x'.repeat(300_000)}</body></html>`,
    // Tags left open before prose, whose words became thousands of attributes each (once 10 s of CPU).
    'open-tags.html': `<html><body>${`<div><he ${Array.from({ length: 3000 }, (_, k) => `word${k}`).join(' ')}>Reply</div>`.repeat(30)}<p>${ARTICLE}</p></body></html>`,
  }
  for (const [name, content] of Object.entries(inputs)) writeFileSync(path.join(dir, name), content)
  const out = path.join(tmpdir(), `decruft-hostile-out-${process.pid}`)
  try {
    // Not a speed target: a bound that only a hang reaches, ten times what the whole batch takes.
    const run = spawnSync(process.execPath, commandArgs('clean', dir, '--out', out), { encoding: 'utf8', timeout: 90_000 })
    assert.is(run.error, undefined, 'the batch ran past its bound')
    assert.is(run.status, 1, run.stderr)
    assert.not.match(run.stderr, /this is a bug/)
    const refused = run.stderr.split('\n').filter((line) => line.startsWith('decruft: ') && !line.includes(': warning: ')).map((line) => path.basename(line.split(':')[1]!.trim()))
    assert.equal(refused.sort(), ['deep.html', 'many-p.html'])
    assert.is(readFileSync(path.join(out, 'good.txt'), 'utf8'), `${ARTICLE}\n`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  }
})

test.run()
