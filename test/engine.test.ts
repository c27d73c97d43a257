/** The engine's decisions in context: where sections end, what is protected, when it rolls back. */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner } from '../src/index.js'
import { FRAME_PARAGRAPHS, FRAME_TITLE, htmlFrameWith } from './support/frame.js'
import { classifyAll } from '../src/engine/classes.js'
import { parseText } from '../src/text/parse.js'
import { sameTitle } from '../src/html/lead.js'

const cleaner = createCleaner()
const article = [FRAME_TITLE, ...FRAME_PARAGRAPHS]
const SECOND_PART = [
  'Opening hours will be longer during the summer, when the city expects more tourists to visit the harbour area.',
  'The council also plans a mobile library that will visit the villages around the city twice a month.',
]

test('a section heading inside the article cuts the aside, not the rest of the article', async () => {
  const doc = [...article, 'À lire aussi', 'Le port de la ville accueille un nouveau ferry', ...SECOND_PART].join('\n\n')
  const { text, report } = await cleaner.clean(doc)
  for (const paragraph of [...FRAME_PARAGRAPHS, ...SECOND_PART]) assert.ok(text.includes(paragraph), `lost: ${paragraph}`)
  assert.not.ok(text.includes('À lire aussi'))
  assert.not.ok(text.includes('nouveau ferry'))
  assert.ok(report.cuts.every((cut) => cut.category === 'related'), JSON.stringify(report.cuts))
})

test('a comments heading is never an aside: the prose under it is a comment, however few lines it has', async () => {
  const comment = ['1 comment:', 'Tim Hale said...', 'Thanks again for the tour on Sunday, we had a great time and wrote a post about it on our own blog.', 'The children loved the theatre most of all, and we will certainly come back with their school in the spring.', 'September 25, 2012 5:11 PM']
  const doc = [...article, ...comment, 'Post a Comment'].join('\n\n')
  const { text, report } = await cleaner.clean(doc)
  assert.is(text, `${article.join('\n\n')}\n`)
  assert.ok(report.cuts.every((cut) => cut.category === 'comments'), JSON.stringify(report.cuts.map((cut) => cut.rule)))
})

test('a paragraph printed twice in a row is the text, but a teaser that reprints the article after it is not', async () => {
  const twice = [...article, FRAME_PARAGRAPHS[3]!].join('\n\n')
  assert.is((await cleaner.clean(`${twice}\n`)).text, `${twice}\n`)
  const teaser = [...article, 'Related', FRAME_PARAGRAPHS[0]!].join('\n\n')
  assert.is((await cleaner.clean(`${teaser}\n`)).text, `${article.join('\n\n')}\n`)
})

test('a section opened after the article runs to the next section', async () => {
  const doc = [...article, 'Related Articles', 'Ferry strike ends', 'Ya Biladi', 'Comments', 'No comments yet...'].join('\n')
  const { text, report } = await cleaner.clean(doc)
  // Neighbouring kept lines keep the input's single line break, and the last its own.
  assert.is(text, `${article.join('\n')}\n`)
  const category = (line: string) => report.cuts.find((cut) => cut.text.includes(line))?.category
  assert.is(category('Ferry strike ends'), 'related')
  assert.is(category('No comments yet...'), 'comments')
})

test('the output is the input without its cuts: kept lines keep their line breaks, a blank line stands where text was cut', async () => {
  const [first, second, ...rest] = FRAME_PARAGRAPHS
  const article = [FRAME_TITLE, '', '', first, second + '\r', ...rest].join('\n')
  // The menu's lines and their breaks go with the cut at the start; CR LF and the two blank lines stay.
  assert.is((await cleaner.clean(['Home', 'News', 'Sport', 'Weather', article].join('\n'))).text, article)
  // Between kept lines, the two single breaks around a cut make one blank line.
  const [kept, cut] = [[FRAME_TITLE, first, second].join('\r\n'), 'Share this article on Facebook']
  const { text, report } = await cleaner.clean([kept, cut, ...rest].join('\r\n'))
  assert.is(text, `${kept}\r\n\r\n${rest.join('\r\n')}`)
  assert.is(report.cuts.map((c) => c.text).join(), cut)
  assert.is((await cleaner.clean(text)).text, text)
})

test('a comment-form heading printed under every post is a link, not a section that eats the answers below it', async () => {
  // wx-2826, a Q&A thread: "Add a comment" sits under the question and under each answer.
  const answers = [
    'You can run the terminal from the new installer, which sets everything up without any other dependencies.',
    'Another way is a shortcut that starts the shell directly, which works even when corporate policy blocks the installer.',
  ]
  const doc = [...article, 'Add a comment', answers[0]!, 'Add a comment', answers[1]!, 'Add a comment'].join('\n')
  const { text, report } = await cleaner.clean(doc)
  for (const paragraph of [...FRAME_PARAGRAPHS, ...answers]) assert.ok(text.includes(paragraph), `lost: ${paragraph}`)
  assert.not.ok(text.includes('Add a comment'))
  assert.ok(report.cuts.every((cut) => cut.rule === 'comments/leave-a-reply'), JSON.stringify(report.cuts))
})

test('a paragraph that the capture broke into short lines is judged as one paragraph of prose', async () => {
  // rd-replace-brs, wx-2951: a hard-wrapped paragraph, each of its lines too short to be prose on its own.
  const wrapped = [
    'The library will also open on Sunday afternoons',
    'from the first week of June, and a reading room for',
    'students will stay open until midnight during the exam period.',
  ]
  const doc = [...article, '', ...wrapped].join('\n')
  const { text } = await cleaner.clean(doc)
  assert.ok(text.endsWith(wrapped.join('\n')), text)
  // Each line alone is not prose; apart (a blank line after each), they are three lines of their own.
  assert.equal(classifyAll(parseText(wrapped.join('\n')).blocks), ['content', 'content', 'content'])
  assert.equal(classifyAll(parseText(wrapped.join('\n\n')).blocks), ['near-content', 'near-content', 'content'])
})

test('a menu link named like a section heading does not eat the article below it', async () => {
  const doc = ['Home', 'Comments', 'About us', ...article].join('\n')
  const { text } = await cleaner.clean(doc)
  for (const paragraph of FRAME_PARAGRAPHS) assert.ok(text.includes(paragraph), `lost: ${paragraph}`)
})

test("a sidebar's section printed between the blog's blurb and the article does not make the blurb the main text", async () => {
  const blurb = 'The Harbour Post is the blog of the city desk, covering the council, the port, the courts and the culture of the old town, with news and comment every weekday morning since two thousand and nine. Write to the desk with your news and pictures.'
  const teasers = ['Recent Posts', 'Anna Berg on Ferry strike ends after two weeks', 'Jon Lund on Council votes to rebuild the bridge']
  const sidebar = [...teasers, 'Archives', 'March 2013', 'February 2013']
  const more = [
    'The first exhibition in the new hall shows maps of the harbour drawn over four centuries, lent by the national archive for the whole of the summer.',
    'Members can renew their cards online from next week, and children under twelve will keep borrowing for free, as they have since the library first opened.',
  ]
  const { text, report } = await cleaner.clean([blurb, ...sidebar, ...article, ...SECOND_PART, ...more].join('\n'))
  assert.equal(report.warnings, [])
  for (const line of teasers) assert.not.ok(text.includes(line), `kept: ${line}`)
  for (const paragraph of [...FRAME_PARAGRAPHS, ...SECOND_PART, ...more]) assert.ok(text.includes(paragraph), `lost: ${paragraph}`)
})

test('the title above the article stays, its repeat goes', async () => {
  const doc = ['logo', FRAME_TITLE, FRAME_TITLE, 'Maroc2 days ago', ...FRAME_PARAGRAPHS].join('\n')
  const { text, title, report } = await cleaner.clean(doc)
  assert.is(title, FRAME_TITLE)
  // A blank line marks where the repeat and the byline were cut.
  assert.is(text, [FRAME_TITLE, FRAME_PARAGRAPHS.join('\n')].join('\n\n'))
  assert.is(report.cuts.find((cut) => cut.text.startsWith(FRAME_TITLE))?.category, 'duplicate')
})

test('the engine leaves a page uncut, and warns, when its cuts would remove most of the prose', async () => {
  // A short lead, then what reads as a teaser list, then most of the page's prose.
  const more = [
    'Visitors can borrow up to twelve books at a time, and the loan period has been extended to four weeks.',
    'A café on the ground floor is run by a cooperative that trains young people looking for their first job.',
    'Volunteers will offer reading lessons to adults every Tuesday evening, starting in the autumn.',
    'Critics of the project say the money would have been better spent on the existing neighbourhood branches.',
  ]
  const doc = [FRAME_TITLE, ...FRAME_PARAGRAPHS.slice(0, 2), 'Related Articles', 'Ferry strike ends', 'Ya Biladi', 'Harbour News', ...FRAME_PARAGRAPHS.slice(2), ...SECOND_PART, ...more].join('\n')
  const guarded = await cleaner.clean(doc)
  const unguarded = await createCleaner({ disable: ['stage:rollback'] }).clean(doc)
  assert.ok(unguarded.report.stats.keptChars < guarded.report.stats.keptChars, 'the unguarded run should cut the prose')
  assert.equal(unguarded.report.warnings, [])
  assert.ok(guarded.report.warnings.some((warning) => warning.id === 'rolled-back' && warning.message.startsWith('Left ')), JSON.stringify(guarded.report.warnings))
  for (const paragraph of [...FRAME_PARAGRAPHS, ...more]) assert.ok(guarded.text.includes(paragraph), `lost: ${paragraph}`)
  // Cleaning the output meets the same doubt and changes nothing.
  const again = await cleaner.clean(guarded.text)
  assert.is(again.text, guarded.text)
  assert.is(again.report.cuts.length, 0)
})

test('rules, categories and stages can be switched off; unknown names are refused', async () => {
  const doc = [...article, 'Comments', 'No comments yet...'].join('\n')
  const off = await createCleaner({ disable: ['comments', 'stage:context'] }).clean(doc)
  assert.ok(off.text.includes('No comments yet...'))
  assert.throws(() => createCleaner({ disable: ['comments/no-such-rule'] }), /Cannot disable "comments\/no-such-rule"/)
})

test('a long first paragraph that lost its full stop is prose, not the title', async () => {
  const unpunctuated = 'The new public library opened its doors on Saturday morning after three years of construction and a long debate about its cost which divided the council for most of the last two years'
  const { title, text } = await cleaner.clean(['Home', unpunctuated, ...FRAME_PARAGRAPHS.slice(1)].join('\n'))
  assert.is(title, undefined)
  assert.ok(text.startsWith(unpunctuated))
})

test('unspaced scripts: a Chinese paragraph counts as prose, and repeated clauses are compared safely', async () => {
  const paragraph = '翱翔于距地球数千公里的太空中，宇航员们过着与地球上完全不同的生活，他们的饮食也受到严格的限制。'
  const second = '不幸的是，对于希望能喝上一杯的太空探险者来说，国际空间站上禁止饮酒，这一规定已经实行了很多年。'
  const doc = ['首页', '新闻', '宇航员为什么不能在太空喝酒', paragraph, second, '首页', paragraph].join('\n')
  const { text } = await cleaner.clean(doc)
  assert.ok(text.includes(paragraph) && text.includes(second), text)
  assert.not.ok(text.startsWith('首页'))
})

test('code lines stay, in the main text and after it, even when they repeat', async () => {
  const block = (root: string) => ['server {', '    listen 8080;', `    root ${root};`, '}']
  const doc = [FRAME_TITLE, FRAME_PARAGRAPHS[0], ...block('/data/www'), ...FRAME_PARAGRAPHS.slice(1), ...block('/data/images')].join('\n')
  const { text, report } = await cleaner.clean(doc)
  for (const line of ['listen 8080;', 'root /data/www;', 'root /data/images;']) assert.ok(text.includes(line), `lost: ${line}`)
  assert.not.ok(report.cuts.some((cut) => cut.rule === 'duplicate/repeated-text'), JSON.stringify(report.cuts, null, 1))
})

test('a menu link named like a section heading is cut alone, not with the rest of the menu as its section', async () => {
  const doc = ['News', 'Sport', 'Newsletter', 'Weather', 'Culture', ...article].join('\n')
  const { report } = await cleaner.clean(doc)
  const weather = report.cuts.find((cut) => cut.text.includes('Weather'))
  assert.is(weather?.category, 'navigation', JSON.stringify(report.cuts, null, 1))
})

test('an HTML page is detected and cleaned as HTML, unless the caller says it is text', async () => {
  const page = '<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hello there, this is a page.</p></body></html>'
  assert.is((await cleaner.clean(page)).report.kind, 'html')
  assert.is((await cleaner.clean(page, { kind: 'text' })).report.kind, 'text')
  assert.is((await cleaner.clean('A capture that mentions <html> in its text is still text.')).report.kind, 'text')
  // Some servers send a style block before the doctype (dev page wx-2362).
  const styledFirst = '<style>\n#banner { display: none }\n</style>\n\n<!DOCTYPE html>\n<html><body><p>Hello there, this is a page.</p></body></html>'
  assert.is((await cleaner.clean(styledFirst)).report.kind, 'html')
  assert.is((await cleaner.clean('<meta charset="utf-8"><p>A fragment that starts with a meta tag.</p>')).report.kind, 'html')
})

test('a page whose body shows no text (filled in by scripts) gives its own description, and a warning that says why', async () => {
  const page =
    '<!DOCTYPE html>\n<html><head><title>Where should I start?</title><meta name="description" content="I have nothing smart in my flat yet. Where should I start?"></head>' +
    '<body><div id="app"></div><script>render()</script></body></html>'
  const result = await cleaner.clean(page)
  assert.is(result.text, 'I have nothing smart in my flat yet. Where should I start?')
  assert.is(result.description, result.text)
  assert.equal(result.report.warnings.length, 1)
  assert.is(result.report.warnings[0]!.id, 'no-visible-text')
  assert.match(result.report.warnings[0]!.message, /shows no text: it is probably filled in by scripts.*the page's own description/)
  const without = await createCleaner({ disable: ['stage:description'] }).clean(page)
  assert.is(without.text, '')
  assert.match(without.report.warnings[0]!.message, /The output is empty\./)
})

test("Readability's article is mapped back to the page by its text nodes, character references included", async () => {
  // linkedom, on whose copy of the page Readability runs, splits "a &lt;div&gt; b" into several text nodes.
  const code = '<p>Wrap the form in a &lt;div&gt; element &amp; give it a class, as the guide &quot;Forms&quot; explains in detail.</p>'
  const page = htmlFrameWith(code, 'inside').replace('</article>', '</article><div class="menu"><a href="/a">Markets</a> <a href="/b">Energy</a></div>')
  const { text, report } = await cleaner.clean(page)
  assert.ok(text.includes('Wrap the form in a <div> element & give it a class, as the guide "Forms" explains in detail.'), text)
  assert.ok(!text.includes('Markets'))
  assert.equal(report.warnings, [])
})

test('a capture that holds its page over and over keeps it once: the reprints and the lines that join them go', async () => {
  const paragraph = (i: number) => `Paragraph ${i} of the story says that the council agreed to repair the old bridge, and that the work takes ${i + 2} months.`
  // The menu's bars make it, and a line that ends in it, read as code, which is no repeat: only its joining makes it go.
  const page = ['Home|News|Pictures|Opinion|Sport|Money|Travel|Cars|Video|Games', 'The Daily Example', 'Students abroad follow the sessions closely', '']
  for (let i = 0; i < 12; i++) page.push(i % 5 === 0 ? 'What they care about' : paragraph(i), '')
  page.push('More', '')
  const lines: string[] = []
  for (let copy = 0; copy < 40; copy++) {
    const next = [...page]
    // Each copy's first line is run into the last line of the copy before, as a capture of a looping page does.
    if (copy > 0) lines.push(`${lines.splice(-2, 2)[0]}${next.shift()}`, '')
    lines.push(...next)
  }
  const { text, report } = await cleaner.clean(lines.join('\n'), { kind: 'text' })
  for (let i = 1; i < 12; i++) if (i % 5 !== 0) assert.is(text.split(paragraph(i)).length - 1, 1, `paragraph ${i} should be kept once`)
  assert.ok(report.cuts.some((cut) => cut.reason.includes('it joins two reprints of the page')), 'the joining lines are cut as part of the reprints')
  assert.is(text.split('MoreHome|News').length - 1, 1, 'only the joining line inside the kept copy stays')
})

test('the report follows the contract', async () => {
  const { report, language } = await cleaner.clean([...article, 'Leave a Reply'].join('\n'), { source: 'page.txt' })
  assert.is(report.decruft, 2)
  assert.is(report.source, 'page.txt')
  assert.is(report.kind, 'text')
  assert.is(language, 'en')
  assert.is(report.language, 'en')
  const [cut] = report.cuts
  assert.ok(cut && /^Removed ".+": .+\.$/.test(cut.reason), cut?.reason)
  assert.is(cut!.category, 'comments')
  assert.equal(report.stats.byCategory, { comments: 1 })
})


test('the sign-off below the article stays: its credits, like its dateline', async () => {
  const signed = await cleaner.clean([FRAME_TITLE, ...FRAME_PARAGRAPHS, 'Reporting︱Jane Doe', 'Home', 'About us', 'Contact'].join('\n'))
  assert.ok(signed.text.endsWith('Reporting︱Jane Doe\n'), signed.text)
})

test('when item titles outweigh the blurb, as on a listing page, the titles below it stay', async () => {
  const items = [
    'Ferry strike ends after long talks with the union',
    'New library opens its doors in the old town',
    'Harbour festival returns this summer with more boats',
    'Council votes to expand the night bus network',
    'City hall square gets new trees and benches',
    'Museum adds a wing for young local artists',
  ]
  const doc = [FRAME_TITLE, ...FRAME_PARAGRAPHS.slice(0, 2), ...items.flatMap((item) => [item, 'Local news'])].join('\n')
  const { text } = await cleaner.clean(doc)
  // The last title sits among the labels at the page's edge, which go on any page.
  for (const item of items.slice(0, -1)) assert.ok(text.includes(item), `lost: ${item}`)
})

test("an HTML page's lead between its title and the article stays; prose before the title does not", async () => {
  const lead = 'The city spent three years and most of its reserves on a library that opened on Saturday to long queues.'
  const promo = 'Members get unlimited access to every story we have published since the paper was founded.'
  const page = [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${FRAME_TITLE} | The Harbour Gazette</title></head><body>`,
    `<div class="promo"><p>${promo}</p></div>`,
    `<div class="page-head"><h1>${FRAME_TITLE}</h1><div class="standfirst"><p>${lead}</p></div></div>`,
    `<div class="layout"><div class="story-body">${[...FRAME_PARAGRAPHS, ...SECOND_PART].map((text) => `<p>${text}</p>`).join('\n')}</div>`,
    '<div class="more"><a href="/weather">Weather</a> <a href="/sport">Sport</a></div></div>',
    '</body></html>',
  ].join('\n')
  const { text } = await cleaner.clean(page)
  assert.ok(text.startsWith(lead), text)
  assert.not.ok(text.includes(promo), text)
  const withoutLead = await createCleaner({ disable: ['stage:lead'] }).clean(page)
  assert.not.ok(withoutLead.text.includes(lead), withoutLead.text)
  assert.ok(withoutLead.report.cuts.some((cut) => cut.text === lead && cut.rule === 'boilerplate/outside-main-content'))
})

test("a heading is the page's title when it starts the title or one of the title's parts, word for word", () => {
  assert.ok(sameTitle('Flexbox', 'Flexbox - Learn web development | MDN'))
  assert.ok(sameTitle('Index funds', 'Index Funds: How to Invest | Vanguard'))
  assert.ok(sameTitle('Harbour city opens its library', 'Harbour city opens its library | The Gazette'))
  assert.not.ok(sameTitle('Flex', 'Flexbox - Learn web development | MDN'))
  assert.not.ok(sameTitle('Index', 'Index Funds: How to Invest | Vanguard'))
  assert.ok(sameTitle('The AI community building the future.', 'Hugging Face – The AI community building the future.'))
  assert.ok(sameTitle('Progressive web app development company you can count on', 'Progressive Web App Development Company | Neoteric'))
  assert.not.ok(sameTitle('Harbour', 'Harbour-side flats approved | The Gazette'))
})

test("Readability's article is found on the page when its second try splits text at character references", async () => {
  // The first try strips the "remarks" box and keeps too little, so Readability parses the page again from
  // its HTML; linkedom's parser then gives "rooms ", "&" and " its" as three text nodes.
  const split = 'Its reading rooms &amp; its small theatre will be open to local schools for free, the council said.'
  const page = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Harbour library</title></head><body>',
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
    '<div class="story"><p>The new public library opened its doors on Saturday morning, after three years of construction.</p>',
    `<div class="remarks"><p>${split}</p></div>`,
    '<p>More than two thousand people visited the building on the first day, according to the city council.</p></div>',
    '</body></html>',
  ].join('\n')
  const { text, report } = await cleaner.clean(page)
  assert.ok(text.includes(split.replace('&amp;', '&')), text)
  assert.equal(report.warnings, [])
})

test.run()
