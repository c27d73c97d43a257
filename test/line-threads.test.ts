/**
 * Comment threads in captures, found by the shape of their lines (src/engine/line-threads.ts): cut below an
 * article with a reason that names the evidence, kept where they are the page's content.
 */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner, DEFAULT_RULES_DIR } from '../src/index.js'
import { FRAME_PARAGRAPHS, FRAME_TITLE } from './support/frame.js'
import { parseText } from '../src/text/parse.js'
import { classifyAll } from '../src/engine/classes.js'
import { findLineThreads } from '../src/engine/line-threads.js'
import { compileRules } from '../src/compile.js'
import { loadPacks } from '../src/rules/load-packs.js'

const cleaner = createCleaner()
const threadRules = compileRules(loadPacks(DEFAULT_RULES_DIR)).threadRules
const ARTICLE = [FRAME_TITLE, 'by Anna Berg on March 2, 2012', ...FRAME_PARAGRAPHS].join('\n\n')
const COMMENTS = [
  'Tom Hale March 3, 2012 at 10:12 am',
  'Great piece, thank you for the details on the budget.',
  'Reply',
  'Rania Saad March 3, 2012 at 11:40 am',
  "I visited it last week and the children's floor is wonderful, though the café was closed.",
  'Reply',
  'Mark Doyle March 4, 2012 at 8:05 pm',
  'Will it open on Sundays as well?',
  'Reply',
  'Lea Marin March 5, 2012 at 7:30 am',
  'Yes, from noon to six.',
].join('\n\n')

test('a thread below an article is cut whole, and the reason counts its items and names their headers', async () => {
  const { text, report } = await cleaner.clean(`${ARTICLE}\n\n${COMMENTS}\n`)
  assert.is(text, `${ARTICLE}\n`)
  const cut = report.cuts.find((c) => c.rule === 'comments/thread-structure')
  assert.ok(cut, 'no thread cut')
  assert.match(cut!.reason, /4 items, each opened by a line with a name and a time/)
  // The article's byline has a dated header of its own shape: it stays with the article.
  assert.match(text, /by Anna Berg on March 2, 2012/)
})

test('a "4 Comments" link of the share bar over an article under a dateline of the comments\' shape: the article stays', async () => {
  // Comments closed by their headers ("Reply#1 - <date>"), the article's dateline of the same shape above it.
  const comments = [
    ['SomeDude68.', 'Violent crime is up this year, according to the Justice Department survey.'],
    ['ohaliligh', 'The survey and the police figures measure different things, so both can be right.'],
    ['SomeDude68.', 'That was for last year; this year the numbers look worse in my city.'],
    ['Lea Marin', 'Our neighbourhood has seen fewer break-ins since the new patrols started.'],
  ].flatMap(([name, text], k) => [name!, text!, `Reply#${k + 1} - Mon Oct 29, 2012 ${k + 10}:07 AM EDT`])
  const article = [
    ...FRAME_PARAGRAPHS,
    'Reading rooms on the upper floors stay open until ten in the evening on weekdays, two hours later than in the old building.',
    'The council expects about half a million visits a year and has hired twelve librarians, four of them for the children’s floor.',
    'Critics of the project, who had asked for the money to go to schools, said on Saturday that they would now watch how it is run.',
  ]
  const page = ['Wall of Vineness', 'Put a Seed Newsvine link on your own site', '1 Vote', '4 Comments', 'Print', FRAME_TITLE, 'Mon Oct 29, 2012 9:47 AM EDT', ...article, 'Public Discussion (4)', ...comments]
  const { text } = await cleaner.clean(`${page.join('\n\n')}\n`)
  for (const line of article) assert.ok(text.includes(line), `lost: ${line}`)
  assert.not.ok(text.includes('Our neighbourhood has seen fewer break-ins'), 'a comment was kept')
})

test('a thread at the top of the page is its content: nothing of it is cut, and cleaning the output changes nothing', async () => {
  const input = `Library opening: who went?\n\n${COMMENTS.replace(/\n\nReply/g, '')}\n`
  const first = await cleaner.clean(input)
  assert.is(first.report.cuts.filter((c) => c.rule === 'comments/thread-structure').length, 0)
  for (const line of COMMENTS.split('\n\n').filter((line) => line !== 'Reply')) assert.ok(first.text.includes(line), `lost: ${line}`)
  const again = await cleaner.clean(first.text)
  assert.is(again.text, first.text)
})

test('items whose header closes them (a teaser list under its bylines) are judged with their first item', async () => {
  const teasers = [
    'Harbour library draws record crowds',
    'Two thousand visitors came on the first day, more than the council expected for the whole first week.',
    'Tom Hale – 3/6/2026 | 72',
    'New tram line reaches the old port',
    'The line opens next spring and links the station to the harbour in twelve minutes, the operator said.',
    'Rania Saad – 3/5/2026 | 15',
    'Council approves the budget for parks',
    'Three new parks will open on the east side of the city, with playgrounds and a small lake for boats.',
    'Mark Doyle – 3/4/2026 | 27',
  ].join('\n\n')
  const { report } = await cleaner.clean(`Latest news\n\n${teasers}\n`)
  assert.is(report.cuts.filter((c) => c.rule === 'comments/thread-structure').length, 0)
})

test('a thread right under a comments heading is cut, however short the post above it', async () => {
  const input = `Born on Tuesday: our son Max.\n\n4 Comments\n\n${COMMENTS}\n`
  const { text } = await cleaner.clean(input)
  assert.is(text, 'Born on Tuesday: our son Max.\n')
})

test('under a comments heading, a thread whose headers close their items starts with its first comment', async () => {
  const posted = ['Tom Hale', 'Rania Saad', 'Mark Doyle'].map((name, i) => [
    ['Great piece, thank you for the details on the budget and the opening hours.', 'Is it open on Sundays as well, or only on weekdays?', 'The wide windows facing the harbour are lovely in the evening.'][i],
    `Posted by: ${name} | March ${3 + i}, 2012 10:12 AM`,
  ])
  // "Comments" also in the menu: a heading printed twice is a link, which opens no section of its own.
  const { text } = await cleaner.clean(`Home\nComments\nAbout\n\n${ARTICLE}\n\nComments\n\n${posted.flat().join('\n\n')}\n`)
  assert.is(text, `${ARTICLE}\n`)
})

test('headers that end with a button sign the comment above them, though a text follows the last one', () => {
  const signed = ['Tom Hale', 'Rania Saad', 'Mark Doyle'].flatMap((name, i) => [
    ['Great piece, thank you for the details on the budget.', 'Is it open on Sundays as well?', 'The windows are lovely in the evening.'][i],
    `by ${name} on March ${3 + i}, 2012 at 1:26 pm. Reply #`,
  ])
  const { blocks } = parseText([...signed, 'Harbour news in your inbox every morning, with the day\'s other stories.'].join('\n\n'))
  const [thread] = findLineThreads(blocks, classifyAll(blocks), threadRules)
  assert.ok(thread, 'no thread')
  assert.is(thread!.headerFirst, false)
  assert.is(blocks[thread!.end - 1]!.text, 'by Mark Doyle on March 5, 2012 at 1:26 pm. Reply #')
})

test("under a comments heading, a long first comment is a comment, not the article under its dateline", async () => {
  // Three paragraphs: the header after it is further from the heading than any heading reaches.
  const long = [0, 1, 2]
    .map((p) => Array.from({ length: 4 }, (_, i) => `On my visit number ${4 * p + i + 1} the reading room was quiet, the staff were kind and the coffee was good.`).join(' '))
    .join('\n\n')
  const items = [['Tom Hale', long], ['Rania Saad', 'Is it open on Sundays as well?'], ['Mark Doyle', 'The windows are lovely.'], ['Lea Marin', 'Yes, from noon until six in the evening, every Sunday of the year.']]
  const thread = items.map(([name, text]) => `on 2012-10-16 at 8:03 am  ${name}\n\n${text}`).join('\n\n')
  // The heading is printed twice, in the menu too: it opens no section, so the thread alone must go.
  const { text } = await cleaner.clean(`Home\n4 Responses\nAbout\n\n${ARTICLE}\n\n4 Responses\n\n${thread}\n`)
  assert.is(text, `${ARTICLE}\n`)
})

test("the last comment's text may follow its header past a line with the commenter's name", () => {
  const items = ['Tom Hale', 'Rania Saad', 'Mark Doyle'].flatMap((name, i) => [
    `11.05.12 at ${5 + i}:02 pm`,
    name,
    ['Great piece, thank you for the details on the budget.', 'Is it open on Sundays as well, or only on weekdays?', 'Either the architect is not forty, or the article is wrong. Which is it?'][i],
  ])
  const { blocks } = parseText(items.join('\n\n'))
  const [thread] = findLineThreads(blocks, classifyAll(blocks), threadRules)
  assert.is(thread!.headerFirst, true)
  assert.is(thread!.end, blocks.length)
})

test('an article under a dateline of the comments\' shape is the article, not the thread\'s first item', async () => {
  const dated = (name: string) => `${name}Mon Oct 29, 2012 9:47 AM EDT`
  const more = [
    'The council expects the building to welcome half a million visitors a year once the harbour tram line reaches it next spring.',
    'Opening hours will run from nine in the morning to nine in the evening, and the reading rooms will stay open on public holidays.',
    'A second phase of the project, a garden on the roof with a small café, should open before the end of next summer.',
    'Local writers have already booked the theatre for a series of readings, the first of them on the coming Friday evening.',
  ]
  const article = [FRAME_TITLE, dated(''), ...FRAME_PARAGRAPHS, ...more].join('\n\n')
  const comments = ['Tom Hale ', 'Rania Saad ', 'Mark Doyle '].map((name, i) => `${dated(name)}\n\n${['Great piece, thank you.', 'Is it open on Sundays?', 'The wide windows facing the harbour are lovely in the evening.'][i]}`).join('\n\n')
  const { text, report } = await cleaner.clean(`${article}\n\n${comments}\n`)
  assert.is(text, `${article}\n`)
  assert.match(report.cuts.find((c) => c.rule === 'comments/thread-structure')!.reason, /3 items/)
})

test.run()
