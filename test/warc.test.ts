/**
 * WARC input (src/cli/clean-warc.ts), run as users run it: a WARC file written with warcio, gzipped per
 * record as crawlers write them, cleaned into one JSON Lines record per HTML response.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { WARCRecord, WARCSerializer } from 'warcio'
import { commandArgs } from './support/command.js'

const dir = mkdtempSync(path.join(tmpdir(), 'decruft-warc-'))
test.after(() => rmSync(dir, { recursive: true, force: true }))

const STORY = 'The coffee house on the harbour reopened on Monday after a winter of repairs, and its owners say the old terrace will stay.'

async function* body(bytes: Uint8Array) {
  yield bytes
}

/** Text in a single-byte charset, by inverting TextDecoder's table for it (Buffer only writes a few charsets). */
function encodeIn(charset: string, text: string): Uint8Array {
  const decoder = new TextDecoder(charset)
  const byteOf = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(new Uint8Array([byte])), byte)
  return new Uint8Array([...text].map((char) => byteOf.get(char)!))
}

function page(title: string, head = ''): string {
  return `<html><head>${head}<title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1><p>${STORY}</p></article></body></html>`
}

/** A crawl of two pages: their requests, a logo, a revisit and the crawler's own records around them. */
async function writeCrawl(file: string): Promise<void> {
  const response = (url: string, contentType: string, bytes: Uint8Array) =>
    WARCRecord.create({ url, type: 'response', httpHeaders: { 'Content-Type': contentType }, statusline: 'HTTP/1.1 200 OK' }, body(bytes))
  const records = [
    WARCRecord.create({ type: 'warcinfo', filename: 'crawl.warc.gz', warcHeaders: { 'Content-Type': 'application/warc-fields' } }, body(new TextEncoder().encode('software: test\r\n'))),
    WARCRecord.create({ url: 'https://news.example/cafe', type: 'request', httpHeaders: { Host: 'news.example' }, statusline: 'GET /cafe HTTP/1.1' }, body(new Uint8Array())),
    // The charset is only in the HTTP header: the page is KOI8-R and says nothing of it.
    response('https://news.example/cafe', 'text/html; charset=koi8-r', encodeIn('koi8-r', page('Кафе у гавани'))),
    response('https://news.example/logo.png', 'image/png', new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])),
    WARCRecord.create({ url: 'https://news.example/cafe', type: 'revisit', refersToUrl: 'https://news.example/cafe', refersToDate: '2025-01-01T00:00:00Z', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 304 Not Modified' }, body(new Uint8Array())),
    WARCRecord.create({ url: 'https://news.example/cafe', type: 'metadata', warcHeaders: { 'Content-Type': 'application/warc-fields' } }, body(new TextEncoder().encode('outlinks: /news\r\n'))),
    response('https://news.example/harbour', 'text/html', new TextEncoder().encode(page('Harbour café', '<meta charset="utf-8">'))),
  ]
  const serialized: Uint8Array[] = []
  for (const record of records) serialized.push(await WARCSerializer.serialize(record, { gzip: true }))
  writeFileSync(file, Buffer.concat(serialized))
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, commandArgs(...args), { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

test('a WARC.gz gives one record per HTML response, with its URL, its text decoded by the HTTP charset, and a count of the rest', async () => {
  const crawl = path.join(dir, 'crawl.warc.gz')
  await writeCrawl(crawl)
  const cleaned = run(['clean', crawl])
  assert.is(cleaned.status, 0, cleaned.stderr)
  const records = cleaned.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; url: string; text: string; title: string; report: { kind: string } })
  assert.equal(records.map((record) => record.url), ['https://news.example/cafe', 'https://news.example/harbour'])
  for (const record of records) {
    assert.match(record.id, /^<urn:uuid:[0-9a-f-]+>$/)
    assert.ok(record.text.includes(STORY), record.text)
    assert.not.match(record.text, /Home/)
    assert.is(record.report.kind, 'html')
  }
  assert.is(records[0]!.title, 'Кафе у гавани')
  assert.match(records[0]!.text, /^Кафе у гавани$/m)
  assert.match(cleaned.stderr, /Cleaned 2 records \(0 failed\); .*; skipped 1 warcinfo record, 1 request record, 1 non-HTML response, 1 revisit record, 1 metadata record\./)

  // --out writes <name>.jsonl; the uncompressed WARC reads the same.
  const out = path.join(dir, 'out')
  assert.is(run(['clean', crawl, '--out', out, '--quiet']).status, 0)
  assert.is(readFileSync(path.join(out, 'crawl.jsonl'), 'utf8'), cleaned.stdout)
})

test('a .warc that is no WARC gets a sentence and exit 1; WARC files do not mix with other inputs', () => {
  const fake = path.join(dir, 'fake.warc')
  writeFileSync(fake, 'This is a plain text file.\n')
  const bad = run(['clean', fake])
  assert.is(bad.status, 1)
  assert.match(bad.stderr, /fake\.warc: This file's name says it is a WARC file, but it holds a record without a WARC-Type header/)
  const text = path.join(dir, 'page.txt')
  writeFileSync(text, `${STORY}\n`)
  const mixed = run(['clean', fake, text])
  assert.is(mixed.status, 2)
  assert.match(mixed.stderr, /WARC files are cleaned into JSON Lines records, so they are cleaned in a run of their own/)
})

test.run()
