/**
 * decruft review, explain and rules, run as users run them: a child process, real files, exit codes.
 * With a rule pack of the test's own, so that the shipped packs can change without breaking these.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { writeTestRulePack } from './support/rule-pack.js'
import { STAGE_INFO } from '../src/index.js'
import { commandArgs } from './support/command.js'

const work = mkdtempSync(path.join(tmpdir(), 'decruft-review-cli-'))
test.after(() => rmSync(work, { recursive: true, force: true }))

const RULES = writeTestRulePack(work, ['Leave a Reply'])

const ARTICLE = [
  'The river rose by two metres overnight, and the town council opened the old flood gates before dawn.',
  'Residents on the lower streets were asked to move their cars, and most had done so by seven o\'clock.',
  'By noon the water had started to fall again, leaving mud on the quays but no damage to the houses.',
].join('\n')
const PAGE = `${ARTICLE}\nLeave a Reply\n`

function decruft(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, commandArgs(...args), { encoding: 'utf8', env: { ...process.env, ...env } })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

function write(file: string, content: string): string {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
  return file
}

test('rules --json lists every rule with its metadata; filters by category and language', () => {
  const all = JSON.parse(decruft(['rules', '--json']).stdout) as { id: string; category: string; languages: string[]; description: string }[]
  assert.ok(all.length > 20)
  for (const rule of all) {
    assert.match(rule.id, /^[a-z-]+\/[a-z0-9-]+$/)
    assert.ok(rule.id.startsWith(`${rule.category}/`), rule.id)
    assert.ok(rule.languages.length > 0 && rule.description.length > 0, rule.id)
  }
  const comments = JSON.parse(decruft(['rules', '--json', '--category', 'comments']).stdout) as typeof all
  assert.equal(comments, all.filter((rule) => rule.category === 'comments'))
  const arabic = JSON.parse(decruft(['rules', '--json', '--language', 'ar']).stdout) as typeof all
  assert.equal(arabic, all.filter((rule) => rule.languages.includes('ar') || rule.languages.includes('*')))
  assert.ok(arabic.length < all.length)
})

test('rules prints one block per category; an unknown category is a usage error that lists the categories', () => {
  const run = decruft(['rules', '--rules-only', RULES])
  assert.is(run.status, 0, run.stderr)
  assert.match(run.stdout, /^comments \(1 rule\)\n  comments\/comments-heading  \[en\]\n      The heading of a comment section\.\n/)
  const bad = decruft(['rules', '--category', 'comment'])
  assert.is(bad.status, 2)
  assert.is(bad.stderr, 'decruft: "comment" is not a category; choose one of comments, app-prompt, related, promo, newsletter, share, cookie, navigation, meta, media, duplicate, ads, boilerplate.\n')
})

test('rules lists, after the rules, every stage that --disable switches off, with what it does; a filtered list does not', () => {
  const run = decruft(['rules', '--rules-only', RULES])
  assert.is(run.status, 0, run.stderr)
  const stages = STAGE_INFO.map(({ name, description }) => `  stage:${name}\n      ${description}\n`).join('')
  assert.ok(run.stdout.endsWith(`\nstages (${STAGE_INFO.length}, switched off with --disable stage:<name>)\n${stages}`), run.stdout)
  assert.ok(STAGE_INFO.some(({ name }) => name === 'lead') && STAGE_INFO.every(({ description }) => description.length > 0))
  assert.not.match(decruft(['rules', '--rules-only', RULES, '--category', 'comments']).stdout, /stage:/)
})

test('explain marks the cut line with its category and rule, without colour when piped or with NO_COLOR', () => {
  const file = write(path.join(work, 'explain', 'page.txt'), PAGE)
  for (const env of [{}, { NO_COLOR: '1' }]) {
    const run = decruft(['explain', file, '--rules-only', RULES], env)
    assert.is(run.status, 0, run.stderr)
    const lines = run.stdout.trimEnd().split('\n')
    assert.is(lines.length, 4)
    assert.is(lines[3], '4 - comments comments/comments-heading │ Leave a Reply')
    assert.ok(lines.slice(0, 3).every((line) => /^\d +│ /.test(line)))
    assert.not.match(run.stdout, /\x1b\[/)
  }
  const only = decruft(['explain', file, '--rules-only', RULES, '--only-cuts'])
  assert.is(only.stdout, '4 - comments comments/comments-heading │ Leave a Reply\n')
})

test('explain names a missing file in one sentence and exits 1', () => {
  const run = decruft(['explain', path.join(work, 'nope.txt')])
  assert.is(run.status, 1)
  assert.match(run.stderr, /^decruft: .*nope\.txt: There is no file or folder at this path; check the spelling\.\n$/)
})

/** Cleans `pages` into a fresh folder and returns the folders of inputs and reports. */
function cleanBatch(name: string, pages: Record<string, string>): { inputs: string; reports: string } {
  const inputs = path.join(work, name, 'captures')
  for (const [file, text] of Object.entries(pages)) write(path.join(inputs, file), text)
  const reports = path.join(work, name, 'reports')
  const run = decruft(['clean', inputs, '--rules-only', RULES, '--out', path.join(work, name, 'clean'), '--report', reports, '--quiet'])
  assert.is(run.status, 0, run.stderr)
  return { inputs, reports }
}

function embeddedInput(html: string, index: number): string | null {
  const data = new RegExp(`id="doc-${index}">(.*?)</script>`).exec(html)![1]!
  return (JSON.parse(data) as { input: string | null }).input
}

test('review writes one page; a file that is not a report is named, the others are still reviewed, and the exit code is 1', () => {
  const { reports } = cleanBatch('mixed', { 'a.txt': PAGE, 'sub/b.txt': `${ARTICLE}\n` })
  write(path.join(reports, 'zz-not-a-report.json'), '{"hello": 1}')
  const out = path.join(work, 'mixed', 'review.html')
  const run = decruft(['review', reports, '-o', out])
  assert.is(run.status, 1)
  const lines = run.stderr.trimEnd().split('\n')
  assert.match(lines[0]!, /zz-not-a-report\.json: This is not a decruft report \(it has no "decruft" field\); give the reports written by decruft clean --report\.$/)
  assert.is(lines[1], `Wrote ${out}: 2 documents, 1 with cuts; open it in a browser.`)
  const html = readFileSync(out, 'utf8')
  assert.is(embeddedInput(html, 0), PAGE)
  assert.match(html, /<dd data-stat="documents">2<\/dd>/)
})

test('review finds moved inputs with --inputs, and says so when it cannot', () => {
  const { inputs, reports } = cleanBatch('moved', { 'a.txt': PAGE })
  const moved = path.join(work, 'moved', 'elsewhere')
  renameSync(inputs, moved)
  const out = path.join(work, 'moved', 'review.html')
  const lost = decruft(['review', reports, '-o', out, '--quiet'])
  assert.is(lost.status, 0, lost.stderr)
  assert.match(lost.stderr, /^decruft: 1 of 1 inputs were not found .*give their folder with --inputs DIR to see them in place\.\n$/)
  assert.is(embeddedInput(readFileSync(out, 'utf8'), 0), null)
  const found = decruft(['review', reports, '-o', out, '--inputs', moved, '--quiet'])
  assert.is(found.stderr, '')
  assert.is(embeddedInput(readFileSync(out, 'utf8'), 0), PAGE)
  // An input changed after cleaning is not drawn against offsets that no longer fit it.
  write(path.join(moved, 'a.txt'), `${PAGE}More text.\n`)
  const changed = decruft(['review', reports, '-o', out, '--inputs', moved])
  assert.match(changed.stderr, /not found or no longer match their report/)
  assert.is(embeddedInput(readFileSync(out, 'utf8'), 0), null)
})

test('review: usage errors say what to do', () => {
  const { reports } = cleanBatch('usage', { 'a.txt': PAGE })
  const noOut = decruft(['review', reports])
  assert.is(noOut.status, 2)
  assert.is(noOut.stderr, 'decruft: Say where to write the page with -o, e.g. decruft review reports/ -o review.html.\n')
  const folderOut = decruft(['review', reports, '-o', work])
  assert.is(folderOut.status, 2)
  assert.match(folderOut.stderr, /is a folder; give the name of the HTML file to write/)
  const unknown = decruft(['review', reports, '-o', 'x.html', '--bogus'])
  assert.is(unknown.status, 2)
  assert.match(unknown.stderr, /run decruft review --help to see the options\.\n$/)
  const empty = path.join(work, 'usage', 'empty')
  mkdirSync(empty)
  const none = decruft(['review', empty, '-o', path.join(work, 'usage', 'r.html')])
  assert.is(none.status, 1)
  assert.match(none.stderr, /This folder holds no \.json reports/)
})

test.run()
