/**
 * Teaser lists in captures, found by a line shape that repeats at a fixed step (src/engine/teaser-lists.ts):
 * which runs of lines make one, where it starts and ends, and which look-alikes do not.
 */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { DEFAULT_RULES_DIR } from '../src/index.js'
import { parseText } from '../src/text/parse.js'
import { classifyAll } from '../src/engine/classes.js'
import { findTeaserLists } from '../src/engine/teaser-lists.js'
import { compileRules } from '../src/compile.js'
import { loadPacks } from '../src/rules/load-packs.js'

const threadRules = compileRules(loadPacks(DEFAULT_RULES_DIR)).threadRules

function listsIn(lines: string[]) {
  const { blocks } = parseText(`${lines.join('\n')}\n`)
  return findTeaserLists({ blocks, classes: classifyAll(blocks), hits: blocks.map(() => undefined) }, threadRules)
}

const TITLES = [
  'Loughner behaved erratically before the shooting',
  'The Fact Checker is away this week',
  'Anti-rape video goes viral in two days',
  'Hollywood beats Obama to the punch',
]

test('an avatar, a title and a "blog | author" line make items; the list spans them', () => {
  const lines = ['Blogs & Columns']
  const bylines = [' Post Politics |  Aaron Blake', ' The Fact Checker |  Glenn Kessler', ' She The People |  Diana Reese', ' The Fix |  Juliet Eilperin']
  const handles = ['aaron_blake', 'glenn_kessler', 'diana_reese', 'juliet_eilperin']
  TITLES.forEach((title, k) => lines.push(handles[k]!, ` ${title}`, bylines[k]!))
  lines.push('Opinions', 'In Opinions')
  const lists = listsIn(lines)
  assert.ok(lists.length > 0, 'no list found')
  const covered = new Set(lists.flatMap((list) => Array.from({ length: list.end - list.start }, (_, k) => list.start + k)))
  for (let i = 1; i <= 12; i++) assert.ok(covered.has(i), `line ${i} is outside the lists`)
  assert.not.ok(covered.has(0), 'the heading joined a list')
  assert.not.ok(covered.has(13), 'the menu after the list joined it')
})

test('a date under each title makes items; the first title joins the list when nothing after the last date could', () => {
  const lines = ['Several ministers also held bilateral talks on the sidelines of the plenary sessions.']
  TITLES.slice(0, 3).forEach((title, k) => lines.push(title, `March ${k + 2}, 2013`))
  const [list, ...others] = listsIn(lines)
  assert.equal(others, [])
  assert.equal({ start: list!.start, end: list!.end, items: list!.items, step: list!.step }, { start: 1, end: 7, items: 3, step: 2 })
})

test('look-alikes make no list: bullets, fields, prices, code comments, a menu, two items', () => {
  const alternate = (marks: string[], others: string[]) => marks.flatMap((mark, k) => [mark, others[k]!])
  const cases: Record<string, string[]> = {
    bullets: alternate(['- Fix for mails getting duplicated', '- Faster start with many folders', '- Fewer crashes on old phones'], TITLES),
    fields: alternate(['Release Date:', 'Developer:', 'Publisher:'], ['15 Aug, 2013 in most shops', 'Gaijin Entertainment of Budapest', 'Gaijin Entertainment again here']),
    prices: alternate(['$30', '$45', '$99 USD'], ['Black Patent Leather Shoes', 'Brown Leather Dress Shoes', 'Blue Canvas Summer Shoes']),
    code: alternate(['# Create a new branch', '# Switch to the branch', '# Or do both at once'], ['git branch feature-login', 'git checkout feature-login', 'git checkout -b feature-login']),
    menu: ['World | News', 'Business | News', 'Sport | News', 'Culture | News'],
    'two items': alternate([' Post Politics |  Aaron Blake', ' The Fix |  Juliet Eilperin'], TITLES),
  }
  for (const [name, lines] of Object.entries(cases)) assert.equal(listsIn(lines), [], name)
})

test.run()
