/**
 * The golden samples: each sample's output and report must equal its expected files (UPDATE=1 npm test
 * rewrites them for a reviewer to read in the diff), and the invariants hold on every one of them.
 */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCleaner } from '../src/index.js'
import { listSamples, readInput } from './support/samples.js'
import { assertRebuilds } from './support/invariants.js'

const cleaner = createCleaner()
const update = process.env.UPDATE === '1'
const samples = listSamples()

test('there are golden samples to check', () => {
  assert.ok(samples.length >= 17, `only ${samples.length} samples found`)
})

for (const sample of samples) {
  test(`${sample.name}: output and report match the expected files`, async () => {
    const result = await cleaner.clean(readInput(sample), { source: sample.source })
    const expectedText = join(sample.dir, 'expected.txt')
    const expectedReport = join(sample.dir, 'expected.report.json')
    const report = JSON.stringify(result.report, null, 2) + '\n'
    if (update) {
      writeFileSync(expectedText, result.text + '\n')
      writeFileSync(expectedReport, report)
    }
    assert.ok(existsSync(expectedText), `${expectedText} is missing; run UPDATE=1 npm test and review it`)
    assert.fixture(result.text + '\n', readFileSync(expectedText, 'utf8'))
    assert.fixture(report, readFileSync(expectedReport, 'utf8'))
  })

  test(`${sample.name}: the kept text and the cuts rebuild the input`, async () => {
    const input = readInput(sample)
    assertRebuilds(input, await cleaner.clean(input, { source: sample.source }))
  })

  test(`${sample.name}: cleaning is deterministic and idempotent`, async () => {
    const input = readInput(sample)
    const first = await cleaner.clean(input, { source: sample.source })
    const again = await createCleaner().clean(input, { source: sample.source })
    assert.equal(again, first, 'a second cleaner gave another result')
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
