/**
 * The decruft command, run as users run it: a child process, real files, stdout, stderr and exit codes.
 * These tests check the CLI's structure (layout, reports, messages, exit codes), not what the engine cuts.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createInterface } from 'node:readline'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { writeTestRulePack } from './support/rule-pack.js'
import { commandArgs } from './support/command.js'

const VERSION = (JSON.parse(readFileSync(path.resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version

const ARTICLE = [
  'The river rose by two metres overnight, and the town council opened the old flood gates before dawn.',
  'Residents on the lower streets were asked to move their cars, and most had done so by seven o\'clock.',
  'By noon the water had started to fall again, leaving mud on the quays but no damage to the houses.',
].join('\n')

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function decruft(args: string[], input?: string | Buffer): Run {
  const result = spawnSync(process.execPath, commandArgs(...args), { cwd: process.cwd(), input: input ?? '', encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const tempDirs: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'decruft-cli-'))
  tempDirs.push(dir)
  return dir
}

test.after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

const RULES = writeTestRulePack(tempDir())

/** decruft clean, with the test rule pack. */
function clean(args: string[], input?: string | Buffer): Run {
  return decruft(['clean', '--rules-only', RULES, ...args], input)
}


function write(file: string, content: string | Uint8Array): string {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
  return file
}

/** Every file under `dir`, as sorted relative paths with forward slashes. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** The bytes of every file under `dir`, to show afterwards that no input was touched. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]))
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line !== '')
}

function assertNoStackTrace(run: Run): void {
  assert.not.match(run.stderr, /^\s+at /m, 'a stack trace was printed')
  assert.not.match(run.stderr, /\w+Error: /, 'an error class name was printed')
}

function assertReport(report: Record<string, unknown>, source: string, input: string): void {
  assert.is(report.decruft, 2)
  assert.is(report.source, source)
  assert.is(report.kind, 'text')
  const stats = report.stats as Record<string, unknown>
  assert.is(stats.inputChars, input.length)
  assert.is(stats.keptChars as number + (stats.cutChars as number), input.length)
  assert.ok(Array.isArray(report.cuts))
  assert.is((report.cuts as unknown[]).length, stats.cuts)
  assert.ok(Array.isArray(report.warnings))
}

test('one file goes to stdout, with no summary and exit code 0', () => {
  const file = write(path.join(tempDir(), 'page.txt'), `${ARTICLE}\n`)
  const run = clean([file])
  assert.is(run.status, 0, run.stderr)
  assert.is(run.stderr, '')
  for (const line of ARTICLE.split('\n')) assert.ok(run.stdout.includes(line), `missing: ${line}`)
  assert.ok(run.stdout.endsWith('\n'))
})

test('a folder goes to --out and --report with the layout of the folder, skipping hidden files and node_modules', () => {
  const dir = tempDir()
  const input = path.join(dir, 'captures')
  write(path.join(input, 'a.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'sub', 'deeper', 'b.html.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'sub', 'c.md'), `${ARTICLE}\n`)
  write(path.join(input, '.hidden.txt'), `${ARTICLE}\n`)
  write(path.join(input, '.git', 'x.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'node_modules', 'y.txt'), `${ARTICLE}\n`)
  const out = path.join(dir, 'clean')
  const reports = path.join(dir, 'reports')

  const run = clean([input, '--out', out, '--report', reports])
  assert.is(run.status, 0, run.stderr)
  assert.is(run.stdout, '')
  assert.equal(listFiles(out), ['a.txt', 'sub/c.txt', 'sub/deeper/b.html.txt'])
  assert.equal(listFiles(reports), ['a.json', 'sub/c.json', 'sub/deeper/b.html.json'])
  assert.ok(readFileSync(path.join(out, 'sub/c.txt'), 'utf8').includes(ARTICLE.split('\n')[0]!))

  const reportText = readFileSync(path.join(reports, 'sub/c.json'), 'utf8')
  assert.ok(reportText.startsWith('{\n  "decruft": 2,'), 'pretty JSON')
  assert.ok(reportText.endsWith('}\n'), 'trailing newline')
  assertReport(JSON.parse(reportText), path.join(input, 'sub', 'c.md'), `${ARTICLE}\n`)
  assert.match(run.stderr, /^Cleaned 3 files \(0 failed\); removed [\d,]+ of [\d,]+ characters in [\d,]+ cuts?\.\n$/)
})

test('--include keeps only the files in folders whose name matches, as with the samples', () => {
  const dir = tempDir()
  const input = path.join(dir, 'samples')
  write(path.join(input, 'one', 'input.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'one', 'expected.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'two', 'input.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'two', 'expected.report.json'), '{}\n')
  const out = path.join(dir, 'clean')
  const run = clean([input, '--include', 'input.*', '--out', out, '--quiet'])
  assert.is(run.status, 0, run.stderr)
  assert.equal(listFiles(out), ['one/input.txt', 'two/input.txt'])
})

test('--include reads patterns as a shell does: braces choose among extensions', () => {
  const dir = tempDir()
  const input = path.join(dir, 'pages')
  for (const name of ['a.txt', 'b.html', 'c.md', 'd.txt.bak']) write(path.join(input, name), `${ARTICLE}\n`)
  const out = path.join(dir, 'clean')
  const run = clean([input, '--include', '*.{txt,html}', '--out', out, '--quiet'])
  assert.is(run.status, 0, run.stderr)
  assert.equal(listFiles(out), ['a.txt', 'b.txt'])
})

test('gzipped inputs are unpacked: a capture, a JSON Lines stream; a .gz that is no gzip gets a sentence', () => {
  const dir = tempDir()
  const capture = write(path.join(dir, 'in', 'page.txt.gz'), gzipSync(`Menu\nHome\n${ARTICLE}\nLeave a Reply\n`))
  const records = write(path.join(dir, 'in', 'records.jsonl.gz'), gzipSync(`${JSON.stringify({ id: 'r1', text: ARTICLE })}\n`))
  const out = path.join(dir, 'out')
  const run = clean([capture, '--out', out, '--quiet'])
  assert.is(run.status, 0, run.stderr)
  assert.equal(listFiles(out), ['page.txt'])
  assert.is(readFileSync(path.join(out, 'page.txt'), 'utf8').trim(), ARTICLE)
  const jsonl = clean(['--jsonl', records])
  assert.is(jsonl.status, 0, jsonl.stderr)
  assert.is((JSON.parse(jsonl.stdout) as { text: string }).text.trim(), ARTICLE)
  const fake = write(path.join(dir, 'in', 'fake.txt.gz'), `${ARTICLE}\n`)
  for (const args of [[fake], ['--jsonl', fake]]) {
    const bad = clean(args)
    assert.is(bad.status, 1)
    assertNoStackTrace(bad)
    assert.match(bad.stderr, /fake\.txt\.gz: This file's name ends in \.gz but it does not unpack as gzip \(incorrect header check\); check that it was downloaded whole/)
  }
})

test('a file given directly is written under its own name, its extension replaced by .txt', () => {
  const dir = tempDir()
  const file = write(path.join(dir, 'a', 'b', 'c.html'), `${ARTICLE}\n`)
  const run = clean([file, '--out', path.join(dir, 'out'), '--report', path.join(dir, 'rep'), '--quiet'])
  assert.is(run.status, 0, run.stderr)
  assert.equal(listFiles(path.join(dir, 'out')), ['c.txt'])
  assert.equal(listFiles(path.join(dir, 'rep')), ['c.json'])
})

test('"-" reads standard input, and the report names it "-"', () => {
  const run = clean(['-', '--format', 'json'], `${ARTICLE}\n`)
  assert.is(run.status, 0, run.stderr)
  const result = JSON.parse(run.stdout) as Record<string, unknown>
  assertReport(result.report as Record<string, unknown>, '-', `${ARTICLE}\n`)
})

test('with no paths, piped text is read from standard input', () => {
  const run = clean([], `${ARTICLE}\n`)
  assert.is(run.status, 0, run.stderr)
  assert.ok(run.stdout.includes(ARTICLE.split('\n')[1]!))
})

test('--format json prints {text, language, report} as pretty JSON', () => {
  const file = write(path.join(tempDir(), 'page.txt'), `${ARTICLE}\n`)
  const run = clean([file, '--format', 'json'])
  assert.is(run.status, 0, run.stderr)
  assert.ok(run.stdout.startsWith('{\n  "text": '))
  assert.ok(run.stdout.endsWith('}\n'))
  const result = JSON.parse(run.stdout) as Record<string, unknown>
  assert.equal(Object.keys(result).filter((key) => key !== 'title'), ['text', 'language', 'report'])
  assert.type(result.text, 'string')
  assert.ok((result.text as string).includes(ARTICLE.split('\n')[2]!))
  assertReport(result.report as Record<string, unknown>, file, `${ARTICLE}\n`)
})

test('--format json with --out writes <name>.json', () => {
  const dir = tempDir()
  const file = write(path.join(dir, 'in', 'page.txt'), `${ARTICLE}\n`)
  const run = clean([file, '--format', 'json', '--out', path.join(dir, 'out')])
  assert.is(run.status, 0, run.stderr)
  assert.equal(listFiles(path.join(dir, 'out')), ['page.json'])
})

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><title>Flood gates opened</title><meta name="author" content="A. Reporter"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood gates opened</h1>
<p>${ARTICLE.split('\n').join(' ')}</p>
<h2>What comes next</h2>
<ul><li>The council meets on Monday.</li><li>See the <a href="https://example.org/map">flood map</a> for the streets at risk.</li></ul>
</article></body></html>
`

test('an HTML page: --format markdown writes <name>.md with headings, lists and links; --no-links keeps only their text', () => {
  const dir = tempDir()
  const file = write(path.join(dir, 'in', 'page.html'), PAGE)
  const run = clean([file, '--format', 'markdown', '--out', path.join(dir, 'out')])
  assert.is(run.status, 0, run.stderr)
  assert.equal(listFiles(path.join(dir, 'out')), ['page.md'])
  const markdown = readFileSync(path.join(dir, 'out', 'page.md'), 'utf8')
  assert.match(markdown, /^## What comes next$/m)
  assert.match(markdown, /^- The council meets on Monday\.$/m)
  assert.match(markdown, /\[flood map\]\(https:\/\/example\.org\/map\)/)
  const plain = clean([file, '--format', 'markdown', '--no-links'])
  assert.match(plain.stdout, /^- See the flood map for the streets at risk\.$/m)
})

test('an HTML page: --format json adds the Markdown and the page metadata, and the report names the removed elements', () => {
  const file = write(path.join(tempDir(), 'page.html'), PAGE)
  const run = clean([file, '--format', 'json'])
  assert.is(run.status, 0, run.stderr)
  const result = JSON.parse(run.stdout) as { markdown: string; title: string; byline: string; report: { kind: string; cuts: { selector?: string }[] } }
  assert.is(result.title, 'Flood gates opened')
  assert.is(result.byline, 'A. Reporter')
  assert.type(result.markdown, 'string')
  assert.is(result.report.kind, 'html')
  assert.ok(result.report.cuts.some((cut) => cut.selector === 'body > nav:nth-of-type(1)'), JSON.stringify(result.report.cuts))
})

test('bad inputs are reported one line each, the batch goes on, the exit code is 1 and no input changes', () => {
  const dir = tempDir()
  const input = path.join(dir, 'in')
  write(path.join(input, '1-good.txt'), `${ARTICLE}\n`)
  write(path.join(input, '2-empty.txt'), '')
  write(path.join(input, '3-blank.txt'), '  \n\n\t\n')
  write(path.join(input, '4-binary.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
  write(path.join(input, '5-latin1.txt'), Buffer.concat([Buffer.from(`${ARTICLE}\nCaf`), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]))
  write(path.join(input, '6-large.txt'), `${ARTICLE}\n`.repeat(20))
  write(path.join(input, '7-good.txt'), `${ARTICLE}\n`)
  // Tests run as root, which can read a chmod 000 file; a missing path and a broken link are unreadable for everyone.
  const missing = path.join(dir, 'missing.txt')
  const broken = path.join(dir, 'broken.txt')
  symlinkSync(path.join(dir, 'nowhere.txt'), broken)
  const before = snapshot(input)
  const out = path.join(dir, 'out')

  const run = clean([missing, input, broken, '--out', out, '--max-bytes', '2000'])
  assert.is(run.status, 1)
  assertNoStackTrace(run)
  const lines = stderrLines(run)
  assert.is(lines.length, 8, run.stderr)
  const where = (line: string) => line.slice(0, line.indexOf(': ', 'decruft: '.length) + 2)
  assert.equal(lines.slice(0, 7).map(where), [
    `decruft: ${missing}: `,
    `decruft: ${path.join(input, '2-empty.txt')}: `,
    `decruft: ${path.join(input, '3-blank.txt')}: `,
    `decruft: ${path.join(input, '4-binary.png')}: `,
    `decruft: ${path.join(input, '5-latin1.txt')}: `,
    `decruft: ${path.join(input, '6-large.txt')}: `,
    `decruft: ${broken}: `,
  ])
  assert.match(lines[0]!, /: There is no file or folder at this path; check the spelling\.$/)
  assert.match(lines[1]!, /: The input is empty or only white space, so there is nothing to clean; .+\.$/)
  assert.match(lines[2]!, /: The input is empty or only white space/)
  assert.match(lines[3]!, /: The input looks like a binary file, not text .*; give decruft the page as plain text/)
  assert.match(lines[4]!, /: warning: The input is not valid UTF-8; 1 invalid byte sequence was replaced with U\+FFFD/)
  assert.match(lines[5]!, /: The input is 6,\d+ bytes, more than the limit of 2,000 bytes; split it .*--max-bytes/)
  assert.match(lines[6]!, /: This is a symbolic link to a file that does not exist; fix or remove the link\.$/)
  assert.match(lines[7]!, /^Cleaned 3 files \(6 failed\); removed [\d,]+ of [\d,]+ characters in [\d,]+ cuts?\.$/)

  assert.equal(listFiles(out), ['1-good.txt', '5-latin1.txt', '7-good.txt'])
  assert.equal(snapshot(input), before)
})

test('--jobs spreads a batch over worker threads with the same outputs, reports and messages, in input order', () => {
  const dir = tempDir()
  const input = path.join(dir, 'in')
  for (let i = 0; i < 12; i++) write(path.join(input, `${String(i).padStart(2, '0')}.txt`), `Menu\nHome\n${ARTICLE}\nLeave a Reply\n`)
  write(path.join(input, '05-empty.txt'), '')
  write(path.join(input, '07-binary.txt'), Uint8Array.from([0, 1, 2, 3]))
  const runs = [1, 3].map((jobs) => {
    const out = path.join(dir, `out${jobs}`)
    const reports = path.join(dir, `rep${jobs}`)
    const run = clean([input, '--out', out, '--report', reports, '--jobs', String(jobs)])
    return { run, files: snapshot(out), reports: snapshot(reports) }
  })
  const [one, three] = runs as [(typeof runs)[0], (typeof runs)[0]]
  assert.is(three.run.status, 1)
  assert.is(three.run.stderr, one.run.stderr)
  assert.equal(three.files, one.files)
  assert.equal(three.reports, one.reports)
  assert.match(stderrLines(three.run)[0]!, /05-empty\.txt: The input is empty/)
  assert.match(stderrLines(three.run)[1]!, /07-binary\.txt: The input looks like a binary file/)
  assert.is(clean([input, '--out', path.join(dir, 'x'), '--jobs', '0']).status, 2)
})

test('an unreadable file is reported (only checked when not root, since root reads anything)', () => {
  if (process.getuid?.() === 0) return
  const dir = tempDir()
  const file = write(path.join(dir, 'secret.txt'), `${ARTICLE}\n`)
  chmodSync(file, 0o000)
  const run = clean([file])
  assert.is(run.status, 1)
  assert.match(run.stderr, /^decruft: .*secret\.txt: Permission denied; .+\.\n$/)
})

test('a folder with nothing to clean is reported', () => {
  const dir = tempDir()
  write(path.join(dir, 'empty', '.only-hidden.txt'), ARTICLE)
  const run = clean([path.join(dir, 'empty')])
  assert.is(run.status, 1)
  assert.match(run.stderr, /: This folder holds no files to clean .*; check the path\.\n$/)
})

test('outputs never overwrite an input, even when --out is the folder of an input given by name', () => {
  const dir = tempDir()
  const input = path.join(dir, 'in')
  write(path.join(input, 'page.txt'), `${ARTICLE}\n\nComments\nGreat post!\n`)
  const before = snapshot(input)
  const run = clean([path.join(input, 'page.txt'), '--out', input])
  assert.is(run.status, 1)
  assert.match(run.stderr, /page\.txt: Its output .*page\.txt would overwrite an input file; choose an --out or --report folder that does not hold the inputs\./)
  assert.equal(snapshot(input), before)
})

test('a link to a folder inside --out, at any depth, is not followed: nothing is written outside, the other inputs are', () => {
  const dir = tempDir()
  const input = path.join(dir, 'in')
  write(path.join(input, 'a.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'near', 'b.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'sub', 'far', 'c.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'z.txt'), `${ARTICLE}\n`)
  const outside = path.join(dir, 'outside')
  mkdirSync(outside)
  const out = path.join(dir, 'out')
  mkdirSync(path.join(out, 'sub'), { recursive: true })
  symlinkSync(outside, path.join(out, 'near'))
  symlinkSync(outside, path.join(out, 'sub', 'far'))

  const run = clean([input, '--out', out, '--quiet'])
  assert.is(run.status, 1)
  assertNoStackTrace(run)
  assert.equal(stderrLines(run), [
    `decruft: ${path.join(input, 'near', 'b.txt')}: Its output ${path.join(out, 'near', 'b.txt')} would be written through the symbolic link ${path.join(out, 'near')}, which decruft never follows inside an output folder; remove the link or choose another folder.`,
    `decruft: ${path.join(input, 'sub', 'far', 'c.txt')}: Its output ${path.join(out, 'sub', 'far', 'c.txt')} would be written through the symbolic link ${path.join(out, 'sub', 'far')}, which decruft never follows inside an output folder; remove the link or choose another folder.`,
  ])
  assert.equal(listFiles(outside), [])
  assert.equal(listFiles(out), ['a.txt', 'z.txt'])
})

test('a link to a file inside --report, or inside --out with --jsonl, is not overwritten', () => {
  const dir = tempDir()
  const input = path.join(dir, 'in')
  write(path.join(input, 'a.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'b.txt'), `${ARTICLE}\n`)
  const victim = write(path.join(dir, 'victim.json'), 'keep me\n')
  const reports = path.join(dir, 'reports')
  mkdirSync(reports)
  symlinkSync(victim, path.join(reports, 'a.json'))

  const run = clean([input, '--out', path.join(dir, 'out'), '--report', reports, '--quiet'])
  assert.is(run.status, 1)
  assert.equal(stderrLines(run), [
    `decruft: ${path.join(input, 'a.txt')}: Its output ${path.join(reports, 'a.json')} is a symbolic link, which decruft never follows inside an output folder; remove the link or choose another folder.`,
  ])
  assert.is(readFileSync(victim, 'utf8'), 'keep me\n')
  assert.equal(listFiles(reports), ['b.json'])

  const records = write(path.join(dir, 'batch.jsonl'), `${JSON.stringify({ id: 1, text: ARTICLE })}\n`)
  const out = path.join(dir, 'jsonl-out')
  mkdirSync(out)
  symlinkSync(victim, path.join(out, 'batch.jsonl'))
  const jsonl = clean(['--jsonl', records, '--out', out, '--quiet'])
  assert.is(jsonl.status, 1)
  assert.match(jsonl.stderr, /batch\.jsonl is a symbolic link, which decruft never follows inside an output folder;/)
  assert.is(readFileSync(victim, 'utf8'), 'keep me\n')
})

test('--out and --report may themselves be links: the user named them', () => {
  const dir = tempDir()
  const file = write(path.join(dir, 'in', 'page.txt'), `${ARTICLE}\n`)
  mkdirSync(path.join(dir, 'real-out'))
  symlinkSync(path.join(dir, 'real-out'), path.join(dir, 'out'))
  const run = clean([file, '--out', path.join(dir, 'out'), '--quiet'])
  assert.is(run.status, 0, run.stderr)
  assert.equal(listFiles(path.join(dir, 'real-out')), ['page.txt'])
})

test('--out and --report inside the folder being cleaned are skipped, so a second run writes the same outputs', () => {
  const dir = tempDir()
  const pages = path.join(dir, 'pages')
  write(path.join(pages, 'a.txt'), `${ARTICLE}\n`)
  write(path.join(pages, 'news', 'b.html'), PAGE)
  const out = path.join(pages, 'clean')
  const reports = path.join(pages, 'news', 'reports')
  const runs = [out, `${pages}${path.sep}..${path.sep}pages${path.sep}clean`].map((outSpelling) => {
    const run = clean([pages, '--out', outSpelling, '--report', reports])
    return { run, outputs: snapshot(out), reports: snapshot(reports) }
  })
  for (const { run } of runs) {
    assert.is(run.status, 0, run.stderr)
    assert.match(run.stderr, /^Cleaned 2 files \(0 failed\)/)
  }
  assert.equal(listFiles(out), ['a.txt', 'news/b.txt'])
  assert.equal(listFiles(reports), ['a.json', 'news/b.json'])
  assert.equal(runs[1]!.outputs, runs[0]!.outputs)
  assert.equal(runs[1]!.reports, runs[0]!.reports)
})

test('an output that would land in a folder being cleaned is refused, so that the next run does not clean it', () => {
  const dir = tempDir()
  const input = path.join(dir, 'data', 'raw')
  write(path.join(input, 'a.txt'), `${ARTICLE}\n`)
  write(path.join(input, 'raw', 'b.txt'), `${ARTICLE}\n`)
  const before = snapshot(input)
  const run = clean([input, '--out', path.join(dir, 'data'), '--quiet'])
  assert.is(run.status, 1)
  assert.equal(stderrLines(run), [
    `decruft: ${path.join(input, 'raw', 'b.txt')}: Its output ${path.join(input, 'b.txt')} would land in ${input}, a folder being cleaned, where the next run would take it for an input; choose an --out or --report folder outside the folders to clean.`,
  ])
  assert.equal(snapshot(input), before)
  assert.equal(listFiles(path.join(dir, 'data')), ['a.txt', 'raw/a.txt', 'raw/raw/b.txt'])
})

test('two inputs that would share an output name: the second is reported, the first is written', () => {
  const dir = tempDir()
  const first = write(path.join(dir, 'a', 'page.txt'), `${ARTICLE}\n`)
  const second = write(path.join(dir, 'b', 'page.txt'), `${ARTICLE}\n`)
  const run = clean([first, second, '--out', path.join(dir, 'out'), '--quiet'])
  assert.is(run.status, 1)
  assert.equal(stderrLines(run).length, 1)
  assert.match(run.stderr, new RegExp(`^decruft: ${escape(second)}: Its outputs would take the name page that ${escape(first)} already uses;`))
  assert.equal(listFiles(path.join(dir, 'out')), ['page.txt'])
})

test('usage errors exit with 2 and one line, without a stack trace', () => {
  const dir = tempDir()
  const a = write(path.join(dir, 'a.txt'), ARTICLE)
  const b = write(path.join(dir, 'b.txt'), ARTICLE)
  const cases: [string[], RegExp][] = [
    [['clean', a, b], /^decruft: There are 2 inputs .*; add --out DIR to write one file per input\.$/],
    [['clean', a, '--bogus'], /^decruft: Unknown argument: bogus; run decruft clean --help to see the options\.$/],
    [['clean', a, '--format', 'yaml'], /^decruft: Invalid values: .*yaml.*; run decruft clean --help/],
    [['clean', a, '--max-bytes', 'lots'], /^decruft: --max-bytes takes a whole number of bytes above 0/],
    [['clean', a, '--out', dir, '--out', path.join(dir, 'other')], /^decruft: --out was given 2 times; give it once\.$/],
    [['clean', '--jsonl', a, '--report', dir], /^decruft: --report does not apply to --jsonl/],
    [['clean', a, '--out', a], /^decruft: --out .*a\.txt is a file, not a folder;/],
    [['clean', dir, '--report', dir], /^decruft: --report .* is a folder to clean, so the next run would clean its outputs too; choose another folder, such as .*reports \(an output folder inside a folder to clean is skipped\)\.$/],
    [['clean', a, '--rules-only', RULES, '--disable', 'no-such-rule'], /^decruft: Cannot disable "no-such-rule"/],
    [['clean', a, '--rules-only', path.join(dir, 'no-rules-here')], /^decruft: .*rule packs/],
    [['clean', '-', '-'], /^decruft: Standard input \(-\) can be read only once/],
    [[], /^decruft: Give a command/],
  ]
  for (const [args, expected] of cases) {
    const run = decruft(args, ARTICLE)
    assert.is(run.status, 2, `${args.join(' ')}: ${run.stderr}`)
    assert.equal(stderrLines(run).length, 1, run.stderr)
    assert.match(run.stderr.trimEnd(), expected)
    assertNoStackTrace(run)
  }
})

test('--disable and --language are passed to the cleaner', () => {
  const file = write(path.join(tempDir(), 'page.txt'), `${ARTICLE}\n`)
  const run = clean([file, '--disable', 'comments', '--disable', 'related,app-prompt', '--language', 'en'])
  assert.is(run.status, 0, run.stderr)
  assert.ok(run.stdout.includes(ARTICLE.split('\n')[0]!))
})

test('--debug prints the stack trace that is otherwise hidden', () => {
  const missing = path.join(tempDir(), 'missing.txt')
  const quiet = clean([missing])
  assert.is(quiet.status, 1)
  assertNoStackTrace(quiet)
  const debug = clean([missing, '--debug'])
  assert.is(debug.status, 1)
  assert.match(debug.stderr, /^\s+at /m)
})

test('--help describes the clean command, its examples and the exit codes', () => {
  for (const args of [['--help'], ['clean', '--help']]) {
    const run = decruft(args)
    assert.is(run.status, 0)
    assert.match(run.stdout, /decruft clean \[paths\.\.\]/)
    assert.match(run.stdout, /cat page\.txt \| decruft clean -/)
    assert.match(run.stdout, /decruft clean --jsonl records\.jsonl > clean\.jsonl/)
    assert.match(run.stdout, /Exit codes:\n\s+0 .+\n\s+1 [\s\S]+?\n\s+2 +usage error/)
  }
  const help = decruft(['clean', '--help'])
  for (const option of ['--out', '--report', '--format', '--jsonl', '--disable', '--language', '--rules', '--rules-only', '--max-bytes', '--quiet', '--debug']) {
    assert.ok(help.stdout.includes(option), option)
  }
})

test('help is wrapped at word boundaries, never inside a word', () => {
  // Phrases that cross a wrapped line's end: joined again across the line breaks, they must read whole.
  const phrases: [string, string][] = [
    ['clean', 'comment sections, "related articles", share and newsletter prompts'],
    ['clean', 'a failed record has an error record in the output instead'],
    ['explain', 'repeatable, or comma-separated'],
    ['learn', 'the lines that appear on at least 3 of its pages and half of them'],
  ]
  for (const [command, phrase] of phrases) {
    const joined = decruft([command, '--help']).stdout.replace(/\s*\n\s*/g, ' ')
    assert.ok(joined.includes(phrase), `decruft ${command} --help breaks "${phrase}"`)
  }
})

test('--rules adds a pack of your own to the shipped ones; --rules-only uses it alone; a shipped id defined again is refused', () => {
  const dir = tempDir()
  const own = path.join(dir, 'own')
  write(
    path.join(own, 'promo.yaml'),
    `category: promo
rules:
  - name: sponsor-of-the-week
    kind: phrase
    match: line
    description: The house sponsor's line under every article.
    phrases:
      en: [Our sponsor of the week]
    examples:
      cut: [Our sponsor of the week]
      keep: [Our sponsor of the week paid for the new harbour lights.]
`,
  )
  const page = `${ARTICLE}\nOur sponsor of the week\nLeave a Reply\n`
  const added = decruft(['clean', '-', '--rules', own, '--format', 'json'], page)
  assert.is(added.status, 0, added.stderr)
  const rules = (JSON.parse(added.stdout) as { report: { cuts: { rule: string }[] } }).report.cuts.map((cut) => cut.rule)
  assert.ok(rules.includes('promo/sponsor-of-the-week'), rules.join(' '))
  assert.ok(rules.some((rule) => rule.startsWith('comments/')), `the shipped comment rules stay: ${rules.join(' ')}`)
  const only = decruft(['clean', '-', '--rules-only', own, '--format', 'json'], page)
  const onlyRules = (JSON.parse(only.stdout) as { report: { cuts: { rule: string }[] } }).report.cuts.map((cut) => cut.rule)
  assert.not.ok(onlyRules.some((rule) => rule.startsWith('comments/') && rule !== 'comments/thread-structure'), onlyRules.join(' '))
  const twice = decruft(['clean', '-', '--rules', RULES], page)
  assert.is(twice.status, 2)
  assert.match(twice.stderr, /Rule comments\/comments-heading is defined twice; .*give a rule of your own a name of its own/)
})

test('--version prints the package version', () => {
  const run = decruft(['--version'])
  assert.is(run.status, 0)
  assert.is(run.stdout, `${VERSION}\n`)
})

test('--jsonl: one output line per input line, in order; bad lines become error records and the run exits 0', () => {
  const dir = tempDir()
  const page = `<html><head><title>Flood</title></head><body><nav><a href="/">Home</a></nav><article><h1>Flood</h1>${ARTICLE.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
  const records = write(path.join(dir, 'records.jsonl'), [
    JSON.stringify({ id: 1, text: ARTICLE }),
    '{"id": 2, "text": "unterminated',
    '',
    JSON.stringify({ id: 'three', text: ARTICLE.split('\n')[0] }),
    JSON.stringify({ id: 4 }),
    JSON.stringify({ id: 5, text: ARTICLE, url: 'https://example.com/5', crawl: { shard: 7 } }),
    JSON.stringify({ id: 6, html: page, lang: 'en' }),
    JSON.stringify({ id: 7, text: '   ' }),
  ].join('\n'))
  const before = readFileSync(records)

  const run = clean(['--jsonl', records])
  assert.is(run.status, 0, run.stderr)
  assertNoStackTrace(run)
  const lines = run.stdout.split('\n')
  assert.is(lines.pop(), '', 'every record line ends with a newline')
  const outputs = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  assert.equal(outputs.map((output) => output.id), [1, null, null, 'three', 4, 5, 6, 7])
  assert.equal(Object.keys(outputs[0]!), ['id', 'text', 'language', 'report'])
  assertReport(outputs[0]!.report as Record<string, unknown>, '1', ARTICLE)
  // The fields decruft does not know come back as they went in.
  assert.equal(outputs[5]!.url, 'https://example.com/5')
  assert.equal(outputs[5]!.crawl, { shard: 7 })
  assert.is(outputs[6]!.lang, 'en')
  assert.match(outputs[6]!.text as string, /The river rose by two metres overnight/)
  assert.is((outputs[6]!.report as { kind: string }).kind, 'html')
  const errorOf = (k: number) => outputs[k] as { line: number; error: { reason: string; message: string } }
  assert.equal([1, 2, 4, 7].map((k) => [errorOf(k).line, errorOf(k).error.reason]), [[2, 'malformed'], [3, 'empty'], [5, 'malformed'], [8, 'empty']])
  assert.match(errorOf(1).error.message, /^This line is not valid JSON \(.+\); each line must hold one JSON object/)
  assert.match(errorOf(4).error.message, /^This record has no "text" or "html" string;/)

  const errors = stderrLines(run)
  assert.is(errors.length, 5, run.stderr)
  assert.match(errors[0]!, new RegExp(`^decruft: ${escape(records)}:2: This line is not valid JSON \\(.+\\); each line must hold one JSON object`))
  assert.match(errors[2]!, new RegExp(`^decruft: ${escape(records)}:5: This record has no "text" or "html" string;`))
  assert.match(errors[4]!, /^Cleaned 4 records \(4 failed\); removed/)
  assert.equal(readFileSync(records), before)

  const strict = clean(['--jsonl', '--strict', records])
  assert.is(strict.status, 1)
  assert.is(strict.stdout, run.stdout)
})

test('--jsonl with --jobs cleans in worker threads and writes the same lines and messages, in order', () => {
  const dir = tempDir()
  const lines: string[] = []
  for (let i = 0; i < 30; i++) lines.push(i % 7 === 3 ? `{"id": ${i}, "text": ` : JSON.stringify({ id: i, text: `Menu\n${ARTICLE}\nLeave a Reply` }))
  const records = write(path.join(dir, 'records.jsonl'), lines.join('\n'))
  const one = clean(['--jsonl', records, '--jobs', '1'])
  const three = clean(['--jsonl', records, '--jobs', '3'])
  assert.is(three.status, 0)
  assert.is(three.stdout, one.stdout)
  assert.is(three.stderr, one.stderr)
  const outputs = three.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: number | null; error?: unknown })
  assert.equal(outputs.map((output) => (output.error ? `error ${output.id}` : output.id)), [...Array(30).keys()].map((i) => (i % 7 === 3 ? 'error null' : i)))
})

test('a document past --timeout or --worker-memory becomes an error record, its worker is replaced, and the batch goes on', () => {
  const dir = tempDir()
  // About 2 MB of prose, each line of it different (a line that repeats is parsed once): seconds of cleaning,
  // and a heap far past 64 MB.
  const long = Array.from({ length: 5000 }, (_, copy) => ARTICLE.replace(/\.$/gm, ` (${copy}).`)).join('\n')
  const records = write(path.join(dir, 'records.jsonl'), [JSON.stringify({ id: 'long', text: long }), JSON.stringify({ id: 'short', text: ARTICLE })].join('\n'))
  for (const [flag, value, reason] of [['--timeout', '0.2', 'timeout'], ['--worker-memory', '64', 'out-of-memory']] as const) {
    const run = clean(['--jsonl', records, flag, value])
    assert.is(run.status, 0, run.stderr)
    assertNoStackTrace(run)
    const [stopped, cleaned] = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; text?: string; error?: { reason: string; message: string } })
    assert.is(stopped!.error?.reason, reason, run.stdout.slice(0, 300))
    assert.match(stopped!.error!.message, flag === '--timeout' ? /took longer than the limit of 0\.2 s, so it was stopped; .*raise --timeout/ : /needed more than the worker's 64 MB of memory, so it was stopped; .*raise --worker-memory/)
    assert.is(cleaned!.id, 'short')
    assert.is(cleaned!.text?.trim(), ARTICLE)
  }
})

test('--jsonl answers each record as soon as it is cleaned, before the next line comes: an engine can feed it one batch at a time', async () => {
  const child = spawn(process.execPath, commandArgs('clean', '--rules-only', RULES, '--jsonl', '--quiet'), { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  try {
    for (const id of ['first', 'second']) {
      child.stdin!.write(`${JSON.stringify({ id, text: ARTICLE })}\n`)
      // The input stays open: the answer must come without more input and without the end of the stream.
      const answer = await Promise.race([lines.next(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer for ${id}`)), 20_000))])
      assert.is((JSON.parse(answer.value as string) as { id: string }).id, id)
    }
  } finally {
    child.stdin!.end()
    child.kill()
  }
})

test('--jsonl reads standard input and writes --out DIR/<name>.jsonl', () => {
  const input = `${JSON.stringify({ id: 'a', text: ARTICLE })}\n${JSON.stringify({ id: 'b', text: ARTICLE })}\n`
  const piped = clean(['--jsonl', '--quiet'], input)
  assert.is(piped.status, 0, piped.stderr)
  assert.is(piped.stderr, '')
  assert.equal(piped.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id), ['a', 'b'])

  const dir = tempDir()
  const file = write(path.join(dir, 'in', 'batch.json'), input)
  const run = clean(['--jsonl', file, '--out', path.join(dir, 'out'), '--quiet'])
  assert.is(run.status, 0, run.stderr)
  assert.is(run.stdout, '')
  assert.equal(listFiles(path.join(dir, 'out')), ['batch.jsonl'])
  assert.is(readFileSync(path.join(dir, 'out', 'batch.jsonl'), 'utf8'), piped.stdout)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test.run()
