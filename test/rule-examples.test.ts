/**
 * Every rule's examples run through the whole cleaner: a cut example must be cut by that very rule, a keep
 * example must stay. One-line examples are judged in the standard article of support/frame.ts; multi-line
 * examples are documents of their own whose marked lines are judged. The examples of HTML rules are
 * fragments judged in the standard HTML page: every word of a cut fragment must be in that rule's cuts, every
 * word of a keep fragment in the output. A thread rule judges both kinds: its examples that start with "<" are
 * HTML fragments, the others captures. A batch rule's examples (boilerplate/site-template) are the pages of
 * one site, learned together before each is judged.
 */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner, createTemplateLearner, type Cut } from '../src/index.js'
import type { RuleMeta } from '../src/types.js'
import { frameWith, htmlFrameWith, markedDocument } from './support/frame.js'
import { loadHtml } from '../src/html/document.js'

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
  judgeLines(doc, offsets, (await cleaner.clean(doc)).report.cuts, check)
}

function judgeLines(doc: string, offsets: number[], cuts: Cut[], check: (line: string, cut: Cut | undefined) => void) {
  for (const offset of offsets) {
    // A cut spans a line's visible text, so the line is judged where its text starts.
    const textStart = offset + Math.max(0, doc.slice(offset).search(/\S/))
    check(doc.slice(offset, doc.indexOf('\n', offset)), cutAt(cuts, textStart))
  }
}

/** A batch example: its pages are one site's, learned together, then each is cleaned and its marked lines judged. */
async function judgeBatch(example: string, verdict: 'cut' | 'keep', check: (line: string, cut: Cut | undefined) => void) {
  const pages = example.split('\n=== page ===\n').map((page) => markedDocument(page, verdict === 'cut' ? '[cut] ' : '[keep] '))
  assert.ok(pages.some(({ offsets }) => offsets.length > 0), `the example marks no line: ${example}`)
  const learner = createTemplateLearner()
  for (const { doc } of pages) await learner.add(doc, { site: 'example.org', kind: 'text' })
  const batchCleaner = createCleaner({ templates: learner.templates() })
  for (const { doc, offsets } of pages) judgeLines(doc, offsets, (await batchCleaner.clean(doc, { kind: 'text', site: 'example.org' })).report.cuts, check)
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? []
/** The words of a fragment; text nodes are joined with spaces, since "<li>Home</li><li>News</li>" is two words. */
function fragmentWords(html: string): string[] {
  const texts: string[] = []
  const visit = (node: Node) => {
    if (node.nodeType === 3) texts.push((node as Text).data)
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child)
  }
  visit(loadHtml(html).document.body)
  return words(texts.join(' '))
}

const isHtmlExample = (rule: RuleMeta, example: string) => rule.htmlOnly === true || example.trimStart().startsWith('<')
const htmlExamples = (rule: RuleMeta, examples: string[]) => examples.filter((example) => isHtmlExample(rule, example))
const textExamples = (rule: RuleMeta, examples: string[]) => examples.filter((example) => !isHtmlExample(rule, example))

for (const rule of cleaner.rules.filter((rule) => htmlExamples(rule, [...rule.examples.cut, ...rule.examples.keep]).length > 0)) {
  test(`${rule.id}: cuts its HTML cut examples`, async () => {
    for (const example of htmlExamples(rule, rule.examples.cut)) {
      const { report } = await cleaner.clean(htmlFrameWith(example, 'after'))
      const cutWords = new Set(words(report.cuts.filter((cut) => cut.rule === rule.id).map((cut) => cut.text).join(' ')))
      const missed = fragmentWords(example).filter((word) => !cutWords.has(word))
      assert.equal(missed, [], `${rule.id}: ${example} was not cut by this rule (${missed.join(' ')}); cuts: ${report.cuts.map((cut) => cut.rule).join(', ')}`)
    }
  })

  test(`${rule.id}: keeps its HTML keep examples`, async () => {
    for (const example of htmlExamples(rule, rule.examples.keep)) {
      const { text, report } = await cleaner.clean(htmlFrameWith(example, 'inside'))
      const kept = new Set(words(text))
      const lost = fragmentWords(example).filter((word) => !kept.has(word))
      assert.equal(lost, [], `${rule.id}: ${example} lost ${lost.join(' ')}; cuts: ${report.cuts.map((cut) => `${cut.rule}: ${cut.reason}`).join(' | ')}`)
    }
  })
}

for (const rule of cleaner.rules.filter((rule) => textExamples(rule, [...rule.examples.cut, ...rule.examples.keep]).length > 0)) {
  test(`${rule.id}: cuts its cut examples`, async () => {
    for (const example of textExamples(rule, rule.examples.cut)) {
      await (rule.batch ? judgeBatch : judge)(example, 'cut', (line, cut) => {
        assert.ok(cut, `${rule.id}: "${line}" was kept`)
        assert.is(cut!.rule, rule.id, `${rule.id}: "${line}" was cut by ${cut!.rule}`)
      })
    }
  })

  test(`${rule.id}: keeps its keep examples`, async () => {
    for (const example of textExamples(rule, rule.examples.keep)) {
      await (rule.batch ? judgeBatch : judge)(example, 'keep', (line, cut) => {
        assert.not.ok(cut, `${rule.id}: "${line}" was cut by ${cut?.rule}: ${cut?.reason}`)
      })
    }
  })
}

test.run()
