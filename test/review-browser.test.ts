/**
 * The review page as a reviewer sees it, in headless Chromium (Debian's chromium package, driven by
 * playwright-core; no browser is ever downloaded). It reviews the seed batch (the five samples that are the
 * seeds: two with cuts, three clean), checks the numbers shown against the reports, filters by a category
 * (and, on a batch of its own, by a warning id), steps through documents by keyboard, and saves screenshots
 * in out/review-browser/ (git-ignored).
 *
 * When the browser cannot start, the test fails and says how to install it: a skipped browser test would
 * look like a passing one.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import type { Report } from '../src/index.js'
import { CATEGORY_COLOURS } from '../src/review/palette.js'
import { SAMPLES_DIR } from './support/samples.js'
import { commandArgs } from './support/command.js'

const CHROMIUM = '/usr/bin/chromium'
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const SCREENSHOTS = path.resolve('out/review-browser')

/** The samples that are the shared seeds, named as the seeds are. */
const SEED_SAMPLES = ['clean--map-fr-moscou', 'clean--map-wire-moscow-meeting', 'clean--news-moscow-summit', 'comments--blog-hammouchi-vision', 'related--daily8-aggregator']

const work = mkdtempSync(path.join(tmpdir(), 'decruft-review-'))
let browser: Browser | undefined
let page: Page
let reports: Report[]
const problems: string[] = []

function decruft(args: string[]): void {
  const run = spawnSync(process.execPath, commandArgs(...args), { encoding: 'utf8' })
  assert.is(run.status, 0, `decruft ${args[0]} failed: ${run.stderr}`)
}

/**
 * Started by the first test and awaited by every test. Not a test.before hook: uvu 0.5 swallows an error thrown
 * in a hook and counts the suite as passed (0 of 5, exit code 0), while a rejected promise awaited in each
 * test fails them all. Not at import either: uvu imports every suite before it runs the first, so the browser
 * would load the page while the other suites keep the machine busy, and time out on a loaded CI machine.
 */
let setUpOnce: Promise<void> | undefined
function ready(): Promise<void> {
  return (setUpOnce ??= setUp())
}

async function setUp(): Promise<void> {
  const captures = path.join(work, 'captures')
  mkdirSync(captures)
  for (const sample of SEED_SAMPLES) copyFileSync(path.join(SAMPLES_DIR, sample, 'input.txt'), path.join(captures, `${sample.split('--')[1]}.txt`))
  const reportDir = path.join(work, 'reports')
  decruft(['clean', captures, '--out', path.join(work, 'clean'), '--report', reportDir, '--quiet'])
  reports = readdirSync(reportDir).sort().map((file) => JSON.parse(readFileSync(path.join(reportDir, file), 'utf8')) as Report)
  const html = path.join(work, 'review.html')
  decruft(['review', reportDir, '-o', html, '--quiet'])

  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, timeout: 60_000 })
  } catch (error) {
    throw new Error(`Chromium could not start from ${CHROMIUM} (${(error as Error).message.split('\n')[0]}); install it with apt-get install -y chromium (.ci/run does).`)
  }
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`) })
  page.on('request', (request) => { if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`) })
  await page.goto(pathToFileURL(html).href)
  await page.waitForSelector('body[data-ready]')
}

test.after(async () => {
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

const number = (value: number) => value.toLocaleString('en-US')
const stat = (name: string) => page.textContent(`[data-stat="${name}"]`)
const sum = (pick: (report: Report) => number) => reports.reduce((total, report) => total + pick(report), 0)
const listedSources = () => page.$$eval('#doc-list li .source', (items) => items.map((item) => item.textContent))
const sourceOf = (slug: string) => reports.find((report) => report.source.endsWith(`${slug}.txt`))!

test('the summary shows the counts of the reports: five documents, two with cuts, three without', async () => {
  await ready()
  assert.is(reports.length, 5)
  assert.is(await stat('documents'), '5')
  assert.is(await stat('with-cuts'), String(reports.filter((report) => report.cuts.length > 0).length))
  assert.is(await stat('with-cuts'), '2')
  assert.is(await stat('without-cuts'), '3')
  assert.is(await stat('cuts'), number(sum((report) => report.cuts.length)))
  assert.is(await stat('input-chars'), number(sum((report) => report.stats.inputChars)))
  assert.is(await stat('kept-chars'), number(sum((report) => report.stats.keptChars)))
  assert.is(await stat('cut-chars'), number(sum((report) => report.stats.cutChars)))
  assert.is(await page.textContent('#shown-count'), '5 of 5 documents')
  assert.equal(await listedSources(), reports.map((report) => report.source))
  assert.is(await page.locator('svg.chart').count(), 3)
})

test('the daily8 capture shows its related block, comment widget and app prompt struck through, coloured by category', async () => {
  await ready()
  const daily8 = sourceOf('daily8-aggregator')
  await page.click(`#doc-list a:has-text("daily8-aggregator")`)
  assert.is(await page.textContent('#doc-view h2'), daily8.source)
  assert.is(await page.locator('#doc-view del.cut').count(), daily8.cuts.length)
  for (const category of ['related', 'comments', 'app-prompt'] as const) {
    const struck = page.locator(`#doc-view del.cut[data-category="${category}"]`)
    assert.is(await struck.count(), daily8.cuts.filter((cut) => cut.category === category).length, category)
    const style = await struck.first().evaluate((element) => {
      const computed = element.ownerDocument.defaultView!.getComputedStyle(element)
      return { color: computed.color, line: computed.textDecorationLine }
    })
    assert.is(style.color, rgb(CATEGORY_COLOURS[category]), `${category} is drawn in its colour`)
    assert.is(style.line, 'line-through')
  }
  // The kept text is the input without the cuts: the page shows all of it.
  const shown = await page.textContent('#doc-view .doc-text')
  assert.is(shown, readFileSync(path.join(SAMPLES_DIR, 'related--daily8-aggregator', 'input.txt'), 'utf8'))
  await page.screenshot({ path: path.join(SCREENSHOTS, 'seed-review.png') })
  // Focus on a cut says its rule and reason.
  const first = daily8.cuts[0]!
  await page.focus('#doc-view del.cut[data-cut="0"]')
  assert.ok((await page.textContent('#cut-info'))!.includes(`${first.rule}: ${first.reason}`))
})

test('filtering by a category lists only the documents with such cuts, and the open one shows only them', async () => {
  await ready()
  await page.selectOption('#filter-category', 'comments')
  const withComments = reports.filter((report) => report.cuts.some((cut) => cut.category === 'comments'))
  assert.is(await page.textContent('#shown-count'), `${withComments.length} of 5 documents`)
  assert.equal(await listedSources(), withComments.map((report) => report.source))
  const daily8 = sourceOf('daily8-aggregator')
  const comments = daily8.cuts.filter((cut) => cut.category === 'comments')
  assert.is(await page.locator('#doc-view del.cut:not(.other)').count(), comments.length)
  assert.equal(await page.$$eval('#doc-view del.cut:not(.other)', (cuts) => cuts.map((cut) => cut.getAttribute('data-rule'))), comments.map((cut) => cut.rule))
  assert.is(await page.locator('#doc-view .cut-list li').count(), comments.length)
  await page.screenshot({ path: path.join(SCREENSHOTS, 'seed-review-comments.png') })
})

test('j and k step through the filtered documents', async () => {
  await ready()
  await page.selectOption('#filter-category', '')
  await page.click('#doc-list a:has-text("blog-hammouchi-vision")')
  await page.locator('#doc-view').focus()
  await page.keyboard.press('j')
  assert.is(await page.textContent('#doc-view h2'), sourceOf('daily8-aggregator').source)
  assert.is(await page.textContent('#doc-position'), '2 of 5')
  await page.keyboard.press('k')
  assert.is(await page.textContent('#doc-view h2'), sourceOf('blog-hammouchi-vision').source)
})

test('filtering by a warning id lists only the documents with that warning, each shown with its id', async () => {
  await ready()
  // A batch of its own: a capture with invalid UTF-8 (the invalid-utf8 warning) beside a clean one.
  const captures = path.join(work, 'warned')
  mkdirSync(captures)
  writeFileSync(path.join(captures, 'broken.txt'), Buffer.concat([Buffer.from('A story about the old bridge, repaired at last by the council this week. '), Buffer.from([0xff, 0xfe]), Buffer.from(' More of it.\n')]))
  copyFileSync(path.join(SAMPLES_DIR, 'clean--map-fr-moscou', 'input.txt'), path.join(captures, 'clean.txt'))
  const reportDir = path.join(work, 'warned-reports')
  decruft(['clean', captures, '--out', path.join(work, 'warned-clean'), '--report', reportDir, '--quiet'])
  const html = path.join(work, 'warned-review.html')
  decruft(['review', reportDir, '-o', html, '--quiet'])
  const warned = await browser!.newPage()
  try {
    await warned.goto(pathToFileURL(html).href)
    await warned.waitForSelector('body[data-ready]')
    assert.equal(await warned.$$eval('#filter-warning option', (options) => options.map((option) => option.getAttribute('value'))), ['', 'invalid-utf8'])
    await warned.selectOption('#filter-warning', 'invalid-utf8')
    assert.is(await warned.textContent('#shown-count'), '1 of 2 documents')
    await warned.click('#doc-list a')
    assert.is(await warned.getAttribute('#doc-view p.warning', 'data-warning'), 'invalid-utf8')
    assert.match((await warned.textContent('#doc-view p.warning'))!, /not valid UTF-8.*invalid-utf8$/)
    await warned.selectOption('#filter-warning', '')
    assert.is(await warned.textContent('#shown-count'), '2 of 2 documents')
  } finally {
    await warned.close()
  }
})

test('an HTML page reads as its visible text, each cut block struck through in place between the kept ones', async () => {
  await ready()
  const pages = path.join(work, 'html-pages')
  mkdirSync(pages)
  const article = 'The old stone bridge over the river reopened on Monday after two years of repairs, and the first cars crossed it at dawn.'
  writeFileSync(path.join(pages, 'bridge.html'), `<html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><article><h1>The bridge reopens</h1><p>${article}</p><p>Engineers replaced the worn arches with stone from the original quarry.</p></article><div class="share">Share this article on Facebook</div></body></html>`)
  const reportDir = path.join(work, 'html-reports')
  decruft(['clean', pages, '--out', path.join(work, 'html-clean'), '--report', reportDir, '--quiet'])
  const report = JSON.parse(readFileSync(path.join(reportDir, 'bridge.json'), 'utf8')) as Report
  const html = path.join(work, 'html-review.html')
  decruft(['review', reportDir, '-o', html, '--quiet'])
  const reviewed = await browser!.newPage()
  try {
    await reviewed.goto(`${pathToFileURL(html).href}#doc=0`)
    await reviewed.waitForSelector('body[data-ready]')
    const blocks = await reviewed.$$eval('#doc-view .doc-text.reading p', (items) => items.map((item) => ({ text: item.textContent, struck: item.querySelector('del.cut')?.getAttribute('data-category') ?? null })))
    assert.equal(blocks.map((block) => block.text), ['Home News Sport', 'The bridge reopens', article, 'Engineers replaced the worn arches with stone from the original quarry.', 'Share this article on Facebook'])
    assert.equal(blocks.map((block) => block.struck), [report.cuts[0]!.category, null, null, null, report.cuts[1]!.category])
    await reviewed.screenshot({ path: path.join(SCREENSHOTS, 'html-review.png') })
  } finally {
    await reviewed.close()
  }
})

test('no script error and no network request', async () => {
  await ready()
  assert.equal(problems, [])
})

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

test.run()
