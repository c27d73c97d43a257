/**
 * Site templates (src/templates/): what the learner counts as a site's template, and the CLI's two ways to
 * use it (--site-templates over a batch, decruft learn then --templates), with the batch's own records, and
 * explain --templates to show one page's cuts.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner, createTemplateLearner, siteOfUrl, TEMPLATE_FORMAT } from '../src/index.js'
import { commandArgs } from './support/command.js'

const dir = mkdtempSync(path.join(tmpdir(), 'decruft-templates-'))
test.after(() => rmSync(dir, { recursive: true, force: true }))

const MENU = 'World | Politics | Markets | Culture'
const PROMPT = "Get our morning newsletter: the day's news in five minutes"
const CITIES = ['Moscow', 'Geneva', 'Vienna', 'Oslo', 'Lisbon']

/** A page of a news site: its menu and newsletter prompt around an article of its own. */
function page(city: string): string {
  return [
    MENU,
    `Security chiefs meet in ${city}`,
    `Officials from over one hundred countries met in ${city} this week to discuss shared security threats.`,
    'The three-day meeting, organised by the national security council, ended on Thursday with a joint statement.',
    `Delegates in ${city} agreed that information on terrorism and cybercrime should be shared quickly and securely.`,
    PROMPT,
  ].join('\n')
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, commandArgs(...args), { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function writeRecords(name: string, records: { id: string; url: string; text: string }[]): string {
  const file = path.join(dir, name)
  writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n') + '\n')
  return file
}

test('a line on at least 3 pages and half of its site is template; fewer pages, or a small site, teach nothing', async () => {
  const learner = createTemplateLearner()
  for (const [i, city] of CITIES.entries()) {
    // The prompt is on 2 of the 5 pages only; the menu is printed twice on the first page, which counts once.
    const text = page(city).replace(PROMPT, i < 2 ? PROMPT : '').replace(MENU, i === 0 ? `${MENU}\n${MENU}` : MENU)
    await learner.add(text, { site: 'news.example' })
  }
  await learner.add(page('Rome'), { site: 'tiny.example' })
  await learner.add(page('Paris'), { site: 'tiny.example' })
  const { format, sites } = learner.templates()
  assert.is(format, TEMPLATE_FORMAT)
  assert.equal(sites['news.example'], {
    pages: 5,
    lines: { 'the three day meeting organised by the national security council ended on thursday with a joint statement': 5, 'world politics markets culture': 5 },
  })
  assert.equal(sites['tiny.example'], { pages: 2, lines: {} })
})

test("the cuts name the rule and count the site's pages; the page's own title stays", async () => {
  const learner = createTemplateLearner()
  const pages = CITIES.map((city) => `${page(city)}\nThe Daily Courier`)
  for (const text of pages) await learner.add(text, { site: 'news.example' })
  const cleaner = createCleaner({ templates: learner.templates() })
  const { text, report } = await cleaner.clean(pages[0]!, { site: 'news.example' })
  const templateCuts = report.cuts.filter((cut) => cut.rule === 'boilerplate/site-template')
  assert.ok(templateCuts.some((cut) => cut.text.includes(MENU)), 'the menu was not cut as template')
  assert.match(templateCuts[0]!.reason, /appears on 5 of the 5 pages of news\.example in the batch/)
  assert.match(text, /^Security chiefs meet in Moscow$/m)
  // Another site's page, or a page without a site, is cleaned as if nothing was learned.
  for (const site of ['other.example', undefined]) {
    const elsewhere = await cleaner.clean(pages[0]!, { site })
    assert.equal(elsewhere, await createCleaner().clean(pages[0]!, { site }))
  }
})

test('--site-templates on JSON Lines learns per host of "url"; learn -o then --templates gives the same lines', () => {
  const records = CITIES.map((city, i) => ({ id: `p${i}`, url: `https://www.news.example/world/${city.toLowerCase()}`, text: page(city) }))
  const input = writeRecords('batch.jsonl', records)
  const learned = run(['clean', '--jsonl', '--site-templates', input])
  assert.is(learned.status, 0, learned.stderr)
  const lines = learned.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; text: string; report: { cuts: { rule: string }[] } })
  assert.is(lines.length, records.length)
  for (const line of lines) {
    assert.ok(line.report.cuts.some((cut) => cut.rule === 'boilerplate/site-template'), `${line.id} has no template cut`)
    assert.not.match(line.text, /World \| Politics/)
  }
  const templates = path.join(dir, 'templates.json')
  const learn = run(['learn', '--jsonl', input, '-o', templates])
  assert.is(learn.status, 0, learn.stderr)
  assert.match(learn.stderr, /learned \d+ template lines of 1 of 1 sites/)
  assert.ok(JSON.parse(readFileSync(templates, 'utf8')).sites['news.example'], 'the site is named by its host without www.')
  const applied = run(['clean', '--jsonl', '--templates', templates, input])
  assert.is(applied.stdout, learned.stdout)
  // A reviewer sees the same cuts in one page with explain, naming its site as the template file does.
  const one = path.join(dir, 'oslo.txt')
  writeFileSync(one, `${page('Oslo')}\n`)
  const explained = run(['explain', one, '--only-cuts', '--templates', templates, '--site', 'news.example'])
  assert.is(explained.status, 0, explained.stderr)
  assert.match(explained.stdout, /boilerplate\/site-template\s+│ World \| Politics/)
  assert.not.match(run(['explain', one, '--only-cuts']).stdout, /site-template/)
})

test('a batch with one page per site comes out exactly as without the option', () => {
  const input = writeRecords('one-each.jsonl', CITIES.map((city, i) => ({ id: `p${i}`, url: `https://site${i}.example/a`, text: page(city) })))
  const without = run(['clean', '--jsonl', input])
  const withOption = run(['clean', '--jsonl', '--site-templates', input])
  assert.is(withOption.status, 0, withOption.stderr)
  assert.is(withOption.stdout, without.stdout)
})

test('misuse gets a sentence and exit 2: standard input, both options, a file that is no template set', () => {
  const stdin = spawnSync(process.execPath, commandArgs('clean', '--site-templates', '-'), { input: page('Oslo'), encoding: 'utf8' })
  assert.is(stdin.status, 2)
  assert.match(stdin.stderr, /standard input can be read only once; learn from files/)
  const both = run(['clean', '--site-templates', '--templates', 'x.json', path.join(dir, 'batch.jsonl')])
  assert.is(both.status, 2)
  assert.match(both.stderr, /give one of them/)
  const notTemplates = path.join(dir, 'not-templates.json')
  writeFileSync(notTemplates, '{"sites": []}')
  const bad = run(['clean', '--templates', notTemplates, path.join(dir, 'batch.jsonl')])
  assert.is(bad.status, 2)
  assert.match(bad.stderr, /is not a site-template file of this version of decruft.*write it again with decruft learn/)
  const siteAlone = run(['explain', '--site', 'news.example', path.join(dir, 'oslo.txt')])
  assert.is(siteAlone.status, 2)
  assert.match(siteAlone.stderr, /give that file with --templates/)
})

test('a site is the host of a URL without www., and no site when there is no URL', () => {
  assert.is(siteOfUrl('https://www.Example.org/a?b'), 'example.org')
  assert.is(siteOfUrl('not a url'), undefined)
  assert.is(siteOfUrl(undefined), undefined)
})

test.run()
