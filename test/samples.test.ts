/**
 * The golden samples: each sample's output and report must equal its expected files (UPDATE=1 npm test
 * rewrites them for a reviewer to read in the diff), and the invariants hold on every one of them: for a
 * capture, the kept text and the cuts rebuild it; for an HTML page, every visible character is in the output
 * or in a cut; cleaning is deterministic, and cleaning a capture's output changes nothing.
 */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCleaner } from '../src/index.js'
import { listSamples, readInput } from './support/samples.js'
import { assertAccountsForVisibleText, assertRebuilds } from './support/invariants.js'

const cleaner = createCleaner()
const update = process.env.UPDATE === '1'
const samples = listSamples()

test('there are golden samples to check', () => {
  assert.ok(samples.length >= 17, `only ${samples.length} samples found`)
})

for (const sample of samples) {
  test(`${sample.name}: output and report match the expected files`, async () => {
    const result = await cleaner.clean(readInput(sample), { source: sample.source })
    const expected: [string, string][] = [
      [join(sample.dir, 'expected.txt'), result.text + '\n'],
      [join(sample.dir, 'expected.report.json'), JSON.stringify(result.report, null, 2) + '\n'],
    ]
    // An HTML page's Markdown is pinned too: headings, lists, tables and links.
    if (sample.kind === 'html') expected.push([join(sample.dir, 'expected.md'), result.markdown + '\n'])
    for (const [path, actual] of expected) {
      if (update) writeFileSync(path, actual)
      assert.ok(existsSync(path), `${path} is missing; run UPDATE=1 npm test and review it`)
      assert.fixture(actual, readFileSync(path, 'utf8'))
    }
  })

  if (sample.kind === 'text') {
    test(`${sample.name}: the kept text and the cuts rebuild the input`, async () => {
      const input = readInput(sample)
      assertRebuilds(input, await cleaner.clean(input, { source: sample.source }))
    })
  } else {
    test(`${sample.name}: every visible character is in the output or in a cut`, async () => {
      const input = readInput(sample)
      assertAccountsForVisibleText(input, await cleaner.clean(input, { source: sample.source }))
    })
  }

  test(`${sample.name}: cleaning is deterministic${sample.kind === 'text' ? ' and idempotent' : ''}`, async () => {
    const input = readInput(sample)
    const first = await cleaner.clean(input, { source: sample.source })
    const again = await createCleaner().clean(input, { source: sample.source })
    assert.equal(again, first, 'a second cleaner gave another result')
    if (sample.kind === 'html') return
    const twice = await cleaner.clean(first.text, { source: sample.source })
    assert.is(twice.text, first.text, 'cleaning the cleaned text changed it')
    assert.is(twice.report.cuts.length, 0, 'cleaning the cleaned text cut more')
  })
}

test('the clean seeds pass untouched: zero cuts', async () => {
  const clean = samples.filter((sample) => sample.name.startsWith('clean--'))
  assert.ok(clean.length >= 3, 'the three clean seeds are missing from samples/')
  for (const sample of clean) {
    const result = await cleaner.clean(readInput(sample), { source: sample.source })
    assert.is(result.report.cuts.length, 0, `${sample.name} got cuts`)
  }
})

test.run()
