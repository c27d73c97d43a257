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

const SUMMARIES = [
  'The plan sets prices for gas and power until March and asks every household to save energy.',
  'Flights were cancelled for two days as winds of over one hundred kilometres an hour hit the coast.',
  'The bridge, closed since the floods of last year, will be rebuilt with money from the regional budget.',
  'The council will meet again in the spring to review what each country has done since the summit.',
]

test('a title, a line of summary and a date make the items of a list with summaries', () => {
  const lines = TITLES.slice(0, 3).flatMap((title, k) => [title, SUMMARIES[k]!, `March ${k + 2}, 2013`])
  assert.equal(
    listsIn(lines).map(({ start, end, items, step, summarised }) => ({ start, end, items, step, summarised })),
    [{ start: 0, end: 9, items: 3, step: 3, summarised: true }],
  )
})

test('a line of prose under each of a run of labels is a section, and entries among others are a listing', () => {
  const sections = TITLES.slice(0, 3).flatMap((title, k) => [`${title}[edit]`, `Main article: ${title}`, SUMMARIES[k]!])
  assert.equal(listsIn(sections), [], 'sections under "Main article:" links')
  // Four entries at one step, the last under a picture's description that reads as prose rather than a
  // title: the three others are some of a listing's entries, not a list of their own.
  const picture = 'Delegates from over one hundred countries pose for a group photograph in front of the conference hall in Moscow.'
  const entries = [...TITLES.slice(0, 3), picture].flatMap((title, k) => [title, SUMMARIES[k]!, `March ${k + 2}, 2013`])
  assert.equal(listsIn(entries), [], 'some entries of a listing')
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
