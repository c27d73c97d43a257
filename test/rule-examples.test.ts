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

/** The document an example is judged in, and the offsets of the lines it judges. */
function documentOf(example: string, verdict: 'cut' | 'keep'): { doc: string; offsets: number[] } {
  if (example.includes('\n')) return markedDocument(example, verdict === 'cut' ? '[cut] ' : '[keep] ')
  const { doc, offset } = frameWith(example, verdict === 'cut' ? 'after' : 'inside')
  return { doc, offsets: [offset] }
}

async function judge(example: string, verdict: 'cut' | 'keep', check: (line: string, cut: Cut | undefined) => void) {
  const { doc, offsets } = documentOf(example, verdict)
  assert.ok(offsets.length > 0, `the example marks no line: ${example}`)
  const { report } = await cleaner.clean(doc)
  for (const offset of offsets) {
    // A cut spans a line's visible text, so the line is judged where its text starts.
    const textStart = offset + Math.max(0, doc.slice(offset).search(/\S/))
    check(doc.slice(offset, doc.indexOf('\n', offset)), cutAt(report.cuts, textStart))
  }
}

for (const rule of cleaner.rules) {
  test(`${rule.id}: cuts its cut examples`, async () => {
    for (const example of rule.examples.cut) {
      await judge(example, 'cut', (line, cut) => {
        assert.ok(cut, `${rule.id}: "${line}" was kept`)
        assert.is(cut!.rule, rule.id, `${rule.id}: "${line}" was cut by ${cut!.rule}`)
      })
    }
  })

  test(`${rule.id}: keeps its keep examples`, async () => {
    for (const example of rule.examples.keep) {
      await judge(example, 'keep', (line, cut) => {
        assert.not.ok(cut, `${rule.id}: "${line}" was cut by ${cut?.rule}: ${cut?.reason}`)
      })
    }
  })
}

test.run()
