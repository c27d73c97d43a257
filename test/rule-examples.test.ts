/**
 * Every rule's examples run through the whole cleaner: a cut example must be cut by that very rule, a keep
 * example must stay. One-line examples are judged in the standard article of support/frame.ts; multi-line
 * examples are documents of their own whose marked lines are judged.
 */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner, type Cut } from '../src/index.js'
import { frameWith, markedDocument } from './support/frame.js'

const cleaner = createCleaner()
const cutAt = (cuts: Cut[], offset: number) => cuts.find((cut) => cut.start <= offset && offset < cut.end)

test('every rule has cut and keep examples', () => {
  for (const rule of cleaner.rules) {
    assert.ok(rule.examples.cut.length > 0 && rule.examples.keep.length > 0, `${rule.id} lacks examples`)
  }
})

for (const rule of cleaner.rules) {
  test(`${rule.id}: cuts its cut examples`, async () => {
    for (const example of rule.examples.cut) {
      const { doc, offsets } = example.includes('\n')
        ? markedDocument(example, '[cut] ')
        : (({ doc, offset }) => ({ doc, offsets: [offset] }))(frameWith(example, 'after'))
      assert.ok(offsets.length > 0, `${rule.id}: the example marks no line: ${example}`)
      const { report } = await cleaner.clean(doc)
      for (const offset of offsets) {
        const cut = cutAt(report.cuts, offset)
        const line = doc.slice(offset, doc.indexOf('\n', offset))
        assert.ok(cut, `${rule.id}: "${line}" was kept`)
        assert.is(cut!.rule, rule.id, `${rule.id}: "${line}" was cut by ${cut!.rule}`)
      }
    }
  })

  test(`${rule.id}: keeps its keep examples`, async () => {
    for (const example of rule.examples.keep) {
      const { doc, offsets } = example.includes('\n')
        ? markedDocument(example, '[keep] ')
        : (({ doc, offset }) => ({ doc, offsets: [offset] }))(frameWith(example, 'inside'))
      assert.ok(offsets.length > 0, `${rule.id}: the example marks no line: ${example}`)
      const { report } = await cleaner.clean(doc)
      for (const offset of offsets) {
        const cut = cutAt(report.cuts, offset)
        const line = doc.slice(offset, doc.indexOf('\n', offset))
        assert.not.ok(cut, `${rule.id}: "${line}" was cut by ${cut?.rule}: ${cut?.reason}`)
      }
    }
  })
}

test.run()
