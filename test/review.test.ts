/**
 * The review tools without a browser: the batch summary's numbers, the noise heuristic, report checking,
 * the page's embedded data, and the explain view's marks.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner, createTemplateLearner, REPORT_VERSION, type Cut, type Report, type Warning } from '../src/index.js'
import { explainDocument, explainLines, looksNoisy, readReport, renderReviewPage, summarizeBatch } from '../src/review/index.js'
import { cutShare, outlierKinds, shareBin } from '../src/review/summary.js'
import { SAMPLES_DIR } from './support/samples.js'
import { paragraphs } from './support/invariants.js'
import { blockTexts, readingBlocks, type ReadingBlock } from '../src/html/block-texts.js'

function cut(start: number, end: number, category: Cut['category'], rule: string, text = 'x'.repeat(end - start)): Cut {
  return { start, end, line: 1, column: start + 1, category, rule, reason: `Removed "${text}": a test.`, text }
}

function report(source: string, inputChars: number, cuts: Cut[], warnings: Warning[] = []): Report {
  const cutChars = cuts.reduce((sum, c) => sum + c.end - c.start, 0)
  const byCategory: Report['stats']['byCategory'] = {}
  for (const c of cuts) byCategory[c.category] = (byCategory[c.category] ?? 0) + 1
  return {
    decruft: REPORT_VERSION, source, kind: 'text', language: 'en',
    stats: { inputChars, keptChars: inputChars - cutChars, cutChars, cuts: cuts.length, byCategory },
    cuts, warnings,
  }
}

const BATCH = [
  { report: report('a.txt', 100, [cut(0, 10, 'comments', 'comments/leave-a-reply'), cut(20, 30, 'comments', 'comments/comment-form'), cut(40, 45, 'share', 'share/share-bar')]), looksNoisy: null },
  { report: report('b.txt', 50, []), looksNoisy: false },
  { report: report('c.txt', 200, [cut(0, 190, 'navigation', 'navigation/chrome-before-text')]), looksNoisy: null },
  { report: report('d.txt', 80, [], [{ id: 'rolled-back', message: 'Left 40 lines uncut: …; check this page by hand.' }]), looksNoisy: true },
  { report: report('e.txt', 40, [cut(0, 4, 'comments', 'comments/leave-a-reply')]), looksNoisy: null },
  { report: report('f.txt', 60, [], [{ id: 'charset-guessed', message: 'The page declares no charset …' }, { id: 'rolled-back', message: 'Left 9 lines uncut: …' }]), looksNoisy: false },
]


/** The whole review page, as the command writes it chunk by chunk. */
async function page(...args: Parameters<typeof renderReviewPage>): Promise<string> {
  let html = ''
  for await (const chunk of renderReviewPage(...args)) html += chunk
  return html
}
test('summary: documents, characters and cuts add up over the batch', () => {
  const summary = summarizeBatch(BATCH)
  assert.equal(
    [summary.documents, summary.withCuts, summary.withoutCuts, summary.inputChars, summary.cutChars, summary.keptChars, summary.cuts],
    [6, 3, 3, 530, 219, 311, 5],
  )
})

test('summary: cuts by category and by rule count cuts, characters and documents, most cuts first', () => {
  const summary = summarizeBatch(BATCH)
  assert.equal(summary.byCategory, [
    { name: 'comments', cuts: 3, chars: 24, documents: 2 },
    { name: 'navigation', cuts: 1, chars: 190, documents: 1 },
    { name: 'share', cuts: 1, chars: 5, documents: 1 },
  ])
  assert.equal(summary.byRule[0], { name: 'comments/leave-a-reply', cuts: 2, chars: 14, documents: 2 })
  assert.is(summary.byRule.length, 4)
})

test('summary: the share histogram has a bin for no cut, then tenths, a boundary in the lower bin', () => {
  assert.equal([0, 0.001, 0.1, 0.1000001, 0.5, 0.95, 1].map(shareBin), [0, 1, 1, 2, 5, 10, 10])
  const bins = summarizeBatch(BATCH).shareHistogram
  assert.is(bins.length, 11)
  // a: 25%, b: 0, c: 95%, d: 0, e: 10%, f: 0
  assert.equal(bins.map((bin) => bin.documents), [3, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1])
})

test('summary: outliers are a very high cut share, no cut on a noisy page, and warnings', () => {
  assert.is(cutShare(BATCH[2]!.report), 0.95)
  assert.equal(outlierKinds(BATCH[3]!), ['noisy-uncut', 'warning'])
  assert.equal(outlierKinds(BATCH[1]!), [], 'an uncut page that does not look noisy is no outlier')
  assert.equal(summarizeBatch(BATCH).outliers, { 'high-share': [2], 'noisy-uncut': [3], warning: [3, 5] })
  assert.equal(summarizeBatch(BATCH).byWarning, [{ id: 'rolled-back', documents: 2 }, { id: 'charset-guessed', documents: 1 }])
  assert.is(cutShare(report('empty', 0, [])), 0)
})

test('looksNoisy: a page of many short non-sentence lines, not a clean article', () => {
  const menu = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Travel', 'Sign in']
  const article = 'The council met on Tuesday and agreed to repair the bridge before winter, at a cost of two million.'
  assert.ok(looksNoisy([...menu, article, article].join('\n')))
  assert.not.ok(looksNoisy([...menu.slice(0, 5), article].join('\n')), 'too few labels to judge')
  assert.not.ok(looksNoisy([...menu, ...Array(20).fill(article)].join('\n')), 'labels are a small share of the lines')
  for (const name of ['clean--map-fr-moscou', 'clean--map-wire-moscow-meeting', 'clean--news-moscow-summit'])
    assert.not.ok(looksNoisy(readFileSync(join(SAMPLES_DIR, name, 'input.txt'), 'utf8')), name)
})

test('readReport: accepts a report, refuses other JSON with a sentence that says what to give', () => {
  const good = BATCH[0]!.report
  assert.is(readReport(JSON.parse(JSON.stringify(good))).source, 'a.txt')
  assert.throws(() => readReport({ text: 'hi' }), /not a decruft report.*decruft clean --report/)
  assert.throws(() => readReport({ ...good, decruft: 1 }), /schema version 1, and this decruft reads version 2; clean the inputs again/)
  assert.throws(() => readReport({ ...good, warnings: ['a sentence without its id'] }), /incomplete or damaged/)
  assert.throws(() => readReport({ ...good, cuts: [{ start: 'a' }] }), /incomplete or damaged/)
})

test('page: each document is embedded apart, and text that looks like markup cannot end its element', async () => {
  const input = 'Title </script><script>alert(1)</script>\nComments\nBody text.'
  const cutStart = input.indexOf('Comments')
  const doc = report('x.txt', input.length, [cut(cutStart, cutStart + 8, 'comments', 'comments/comments-heading', 'Comments')])
  const html = await page([{ report: doc, looksNoisy: null }], () => input)
  assert.is(html.match(/<\/script>/g)!.length, html.match(/<script[ >]/g)!.length, 'every script element is closed once')
  const data = JSON.parse(/<script type="application\/json" id="doc-0">(.*?)<\/script>/.exec(html)![1]!) as { input: string; cuts: { text?: string }[] }
  assert.is(data.input, input)
  assert.is(data.cuts[0]!.text, undefined, 'a text cut is drawn from the input, so its text is not repeated')
  assert.not.match(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no network address in the page')
})

test('page: warnings are filtered by their id, and each document shows its warnings with their ids', async () => {
  const html = await page(BATCH, () => 'x')
  assert.match(html, /<select id="filter-warning"><option value="">any or none<\/option><option value="rolled-back">rolled-back \(2 documents\)<\/option><option value="charset-guessed">charset-guessed \(1 documents\)<\/option><\/select>/)
  const index = JSON.parse(/<script type="application\/json" id="batch">(.*?)<\/script>/.exec(html)![1]!) as { documents: { warnings: Warning[] }[] }
  assert.equal(index.documents[5]!.warnings.map((warning) => warning.id), ['charset-guessed', 'rolled-back'])
})

test('page: without its input, the cuts carry their own text', async () => {
  const doc = report('gone.txt', 20, [cut(0, 8, 'comments', 'comments/comments-heading', 'Comments')])
  const html = await page([{ report: doc, looksNoisy: null, inputProblem: 'Its input gone.txt was not found.' }], () => { throw new Error('an input not found is never read') })
  const data = JSON.parse(/id="doc-0">(.*?)<\/script>/.exec(html)![1]!) as { input: null; cuts: { text?: string }[] }
  assert.is(data.input, null)
  assert.is(data.cuts[0]!.text, 'Comments')
})

const HTML_PAGE = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>The bridge reopens</h1><p>The old stone bridge over the river reopened on Monday after two years of repairs, and the first cars crossed it at dawn.</p>
<p>Engineers replaced the worn arches with stone from the original quarry, which had to be reopened for the work.</p></article>
<div class="share">Share this article on Facebook</div></body></html>`

test('page: an HTML page is drawn as its visible text in reading order, each block with the cut that took it', async () => {
  const result = await createCleaner().clean(HTML_PAGE, { kind: 'html', source: 'bridge.html' })
  assert.ok(result.report.cuts.length >= 2, 'the menu and the share line are cut')
  const html = await page([{ report: result.report, looksNoisy: null }], () => HTML_PAGE)
  const data = JSON.parse(/id="doc-0">(.*?)<\/script>/.exec(html)![1]!) as { input: null; blocks: ReadingBlock[]; cuts: { rule: string; text?: string }[] }
  assert.is(data.input, null, 'the markup is not shown')
  assert.is(data.cuts[0]!.text, undefined, 'a cut is drawn in place, so its text is not repeated')
  const kept = data.blocks.filter((block) => block.cut === null).map((block) => block.text)
  assert.equal(kept, paragraphs(result.text), 'the blocks left unstruck are the output')
  const share = data.blocks.find((block) => block.text.startsWith('Share this article'))!
  assert.is(data.cuts[share.cut!]!.rule, result.report.cuts.find((cut) => cut.text.startsWith('Share this article'))!.rule)
  assert.equal(data.blocks.map((block) => block.text), blockTexts(HTML_PAGE), 'every block, in reading order')
})

test('readingBlocks: a block belongs to the cut whose span holds its start; a cut of no block comes at its place', () => {
  const page = '<body><p>one</p><p>two</p><p>three</p></body>'
  const at = (text: string) => page.indexOf(text) - 3
  const cuts = [
    { start: at('one'), end: at('two'), text: 'one' },
    { start: page.indexOf('</p><p>three'), end: page.indexOf('</p><p>three') + 4, text: 'a description' },
  ]
  assert.equal(readingBlocks(page, cuts), [
    { text: 'one', cut: 0 },
    { text: 'two', cut: null },
    { text: 'a description', cut: 1 },
    { text: 'three', cut: null },
  ])
})

test('summary and page: per site, the template lines the cuts applied and on how many pages each was learned', async () => {
  const capture = (city: string) => [
    'World | Politics | Markets | Culture',
    `Security chiefs meet in ${city}`,
    `Officials from over one hundred countries met in ${city} this week to discuss shared security threats.`,
    'The three-day meeting, organised by the national security council, ended on Thursday with a joint statement.',
    "Get our morning newsletter: the day's news in five minutes",
  ].join('\n')
  const pages = ['Moscow', 'Geneva', 'Vienna', 'Oslo'].map(capture)
  const learner = createTemplateLearner()
  for (const text of pages) await learner.add(text, { site: 'news.example', kind: 'text' })
  const cleaner = createCleaner({ templates: learner.templates() })
  const batch = []
  for (const [i, text] of pages.entries()) batch.push({ report: (await cleaner.clean(text, { site: 'news.example', source: `p${i}.txt` })).report, looksNoisy: null })
  const [site, ...others] = summarizeBatch(batch).siteTemplates
  assert.equal(others, [])
  assert.equal({ site: site!.site, pages: site!.pages }, { site: 'news.example', pages: 4 })
  assert.ok(site!.lines.some((line) => line.text === 'World | Politics | Markets | Culture' && line.pages === 4), JSON.stringify(site!.lines))
  const html = await page(batch, (index) => pages[index]!)
  assert.match(html, /<div id="site-templates"><h2>Site templates<\/h2><details data-site="news.example"><summary>news.example: <span class="count">\d+<\/span> template lines, learned from 4 pages/)
  assert.match(html, /World \| Politics \| Markets \| Culture <span class="note">on 4 of 4 pages<\/span>/)
  // A batch without template cuts has no such section.
  assert.not.match(await page(BATCH, () => 'x'), /id="site-templates"/)
})

const DAILY8 = join(SAMPLES_DIR, 'related--daily8-aggregator', 'input.txt')

test('explain: marks exactly the lines whose text a cut removes (the daily8 capture)', async () => {
  const input = readFileSync(DAILY8, 'utf8')
  const { report: daily8 } = await createCleaner().clean(input, { source: DAILY8 })
  const expected = new Set<number>()
  for (const c of daily8.cuts) {
    c.text.split('\n').forEach((line, k) => {
      if (line.trim() !== '') expected.add(c.line + k)
    })
  }
  const marked = explainLines(input, daily8).filter((line) => line.fate !== 'kept').map((line) => line.number)
  assert.ok(expected.size > 20)
  assert.equal(marked, [...expected].sort((a, b) => a - b))
  assert.ok(explainLines(input, daily8).every((line) => line.fate !== 'partly-cut'))
})

test('explain: a cut line carries "-", its category and rule; plain unless colour is asked for', () => {
  const input = 'Title of the page\nComments\nLast line.'
  const doc = report('p.txt', input.length, [cut(18, 26, 'comments', 'comments/comments-heading', 'Comments')])
  const lines = explainDocument(input, doc, { onlyCuts: false, colour: false })
  assert.is(lines[1], '2 - comments comments/comments-heading │ Comments')
  assert.match(lines[0]!, /^1 +│ Title of the page$/)
  assert.match(lines[2]!, /^3 +│ Last line\.$/)
  assert.equal(lines.map((line) => line.indexOf('│')), [39, 39, 39], 'the margin is one width')
  assert.equal(explainDocument(input, doc, { onlyCuts: true, colour: false }), ['2 - comments comments/comments-heading │ Comments'])
  assert.not.match(explainDocument(input, doc, { onlyCuts: false, colour: false }).join('\n'), /\x1b\[/)
  assert.match(explainDocument(input, doc, { onlyCuts: false, colour: true }).join('\n'), /\x1b\[31m/)
})

test('explain: a cut of part of a line marks it "~"; --only-cuts marks left-out kept text with ⋮', () => {
  const input = 'one\nkeep this Share now\nthree\nfour\nShare'
  const partial = input.indexOf('Share now')
  const last = input.lastIndexOf('Share')
  const doc = report('p.txt', input.length, [cut(partial, partial + 9, 'share', 'share/x', 'Share now'), cut(last, last + 5, 'share', 'share/x', 'Share')])
  const lines = explainDocument(input, doc, { onlyCuts: true, colour: false })
  assert.equal(lines, ['2 ~ share share/x │ keep this Share now', '  ⋮', '5 - share share/x │ Share'])
  const blanks = 'Share\n\nShare'
  const apart = report('p.txt', blanks.length, [cut(0, 5, 'share', 'share/x', 'Share'), cut(7, 12, 'share', 'share/x', 'Share')])
  assert.equal(explainDocument(blanks, apart, { onlyCuts: true, colour: false }), ['1 - share share/x │ Share', '3 - share share/x │ Share'], 'blank lines are no gap')
})

test.run()
