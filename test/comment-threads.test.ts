import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner } from '../src/index.js'
import { compileRules } from '../src/compile.js'
import { loadPacks } from '../src/rules/load-packs.js'
import { loadHtml } from '../src/html/document.js'
import { collectBlocks } from '../src/html/blocks.js'
import { toEngineBlocks } from '../src/html/engine-blocks.js'
import { findThreads } from '../src/html/threads.js'
import { judgeArticle } from '../src/html/article-gate.js'

// Small pages of our own that show how news and blog pages carry their readers' comments, with and without
// a class name that says so, and pages whose threads are their content.
const cleaner = createCleaner()
const compiled = compileRules(loadPacks(join(process.cwd(), 'rules')))

const ARTICLE = [
  'The new public library opened its doors on Saturday morning, after three years of construction and a long debate about its cost.',
  'More than two thousand people visited the building on the first day, according to the city council, which paid for most of the project.',
  'The library holds about eighty thousand books, a children’s floor and a small theatre that local schools will be able to use for free.',
  'Its architect said the wide windows facing the harbour were meant to make the building feel open to everyone who walks past it.',
]

const COMMENTS = [
  'I went on Sunday with my two daughters and we stayed the whole afternoon, the reading room upstairs is the quietest place in town and the staff were lovely to the children.',
  'Three years and all that money for a building that will be empty in a year, when everyone reads on their phones anyway. I would rather have had the road to the harbour repaired first.',
  'The theatre is a wonderful idea. Our school has never had a stage of its own and the children are already rehearsing a play for the spring, which they will perform there in April.',
  'Does anyone know whether the library will open later on Thursdays? I work until seven and would love to borrow books on my way home from the office without rushing.',
  'The wide windows are beautiful but I wonder how warm the reading room will be in summer, the old library was unbearable in July and August and nobody ever fixed the blinds.',
  'Finally a place where teenagers can meet that is not a shopping centre. I hope the council keeps the opening hours long and does not cut the budget again next year.',
]

const page = (head: string, body: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour city opens its new public library | The Gazette</title>${head}</head><body>
<div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
${body}
</body></html>
`

const hasAny = (text: string, paragraphs: string[]) => paragraphs.some((paragraph) => text.includes(paragraph.slice(0, 60)))
const hasAll = (text: string, paragraphs: string[]) => paragraphs.every((paragraph) => text.includes(paragraph.slice(0, 60)))

test('a news page whose readers wrote more than its reporter keeps its article and loses the thread', async () => {
  const thread = COMMENTS.map((text, i) => `<li class="comment"><p class="meta">Reader ${i + 1}, 12 May 2012 at 10:${10 + i}</p><p>${text}</p></li>`).join('\n')
  const html = page('', `<div class="story"><h1>Harbour city opens its new public library</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div id="comments"><h3>6 Comments</h3><ol class="comment-list">${thread}</ol></div>`)
  const { text, report } = await cleaner.clean(html)
  assert.ok(hasAll(text, ARTICLE), text)
  assert.not.ok(hasAny(text, COMMENTS), text)
  assert.equal(report.warnings, [])
})

test('a thread with no class name that says so is found by its structure: a dated header line closing each comment', async () => {
  // Movable Type's layout: the comments are paragraphs beside the article's, each closed by "Posted by".
  const closed = COMMENTS.map((text, i) => `<p>${text}</p>\n<p class="posted">Posted by: Reader ${i + 1} | May 12, 2012 10:${10 + i} AM</p>`).join('\n')
  const html = page('', `<div class="content"><h2>Harbour city opens its new public library</h2>${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}
<p class="posted">Posted by Jane Reporter at May 12, 2012 09:00 AM</p>
<h2>Replies</h2>
${closed}
</div>`)
  const { text, report } = await cleaner.clean(html)
  assert.ok(hasAll(text, ARTICLE), text)
  // The first comment sits before the first header of the run, where the article's own text also sits.
  assert.not.ok(hasAny(text, COMMENTS.slice(1)), text)
  const cut = report.cuts.find((c) => c.text.includes(COMMENTS[2]!.slice(0, 40)))
  assert.is(cut?.rule, 'comments/thread-structure')
  assert.match(cut!.reason, /thread of \d+ sibling items after the article/)
})

test('a thread laid out in table cells, each comment opened by its author and date, is found by its structure', async () => {
  const rows = COMMENTS.map((text, i) => `<tr><td class="who">Reader ${i + 1} – 12/05/2012 10:${10 + i}</td></tr><tr><td class="said">${text}</td></tr>`).join('\n')
  const html = page('', `<table class="layout"><tr><td><h1>Harbour city opens its new public library</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}
<table class="guestbook">${rows}</table></td></tr></table>`)
  const { text, report } = await cleaner.clean(html)
  assert.ok(hasAll(text, ARTICLE), text)
  assert.not.ok(hasAny(text, COMMENTS), text)
  assert.ok(report.cuts.some((c) => c.rule === 'comments/thread-structure'))
})

test("a forum's posts, a thread of one shape from the opening post on, are the page's content", async () => {
  const posts = [ARTICLE.join(' '), ...COMMENTS]
    .map((text, i) => `<div class="post"><p class="meta">Member ${i + 1}, 12 May 2012 at 10:${10 + i}</p><p>${text}</p></div>`)
    .join('\n')
  const html = page('', `<h1>Harbour city opens its new public library</h1><div class="posts">${posts}</div>`)
  const { text, report } = await cleaner.clean(html)
  assert.ok(hasAll(text, COMMENTS), text)
  assert.not.ok(report.cuts.some((cut) => cut.rule === 'comments/thread-structure'))
})

test('on a page that declares itself a discussion, a thread after the opening post is not cut as comments', async () => {
  const replies = COMMENTS.map((text, i) => `<div class="reply"><p class="meta">Member ${i + 1}, 12 May 2012 at 10:${10 + i}</p><p>${text}</p></div>`).join('\n')
  const body = `<div class="topic"><h1>Harbour city opens its new public library</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="replies">${replies}</div>`
  const declared = page('<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Harbour city opens its new public library"}</script>', body)
  const threadCut = (cuts: { rule: string }[]) => cuts.some((cut) => cut.rule === 'comments/thread-structure')
  assert.ok(threadCut((await cleaner.clean(page('', body))).report.cuts))
  assert.not.ok(threadCut((await cleaner.clean(declared)).report.cuts))
})

test("a forum's address marks its page as a discussion; a news story's slug that names a forum does not", async () => {
  const replies = COMMENTS.map((text, i) => `<div class="reply"><p class="meta">Member ${i + 1}, 12 May 2012 at 10:${10 + i}</p><p>${text}</p></div>`).join('\n')
  const body = `<div class="topic"><h1>Harbour city opens its new public library</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="replies">${replies}</div>`
  const at = (url: string) => page(`<link rel="canonical" href="${url}">`, body)
  const threadCut = async (html: string) => (await cleaner.clean(html)).report.cuts.some((cut) => cut.rule === 'comments/thread-structure')
  assert.not.ok(await threadCut(at('https://forums.example.org/viewtopic.php?t=1488')))
  assert.not.ok(await threadCut(at('https://www.example.org/community/t/library-opens/1488')))
  assert.ok(await threadCut(at('https://www.example.org/2013/02/14/readers-discuss-the-library-in-our-new-forum/')))
})

test("Readability's article that is one post of a thread, whose other posts hold more prose, does not stand for the page", () => {
  const post = (author: string, paragraphs: string[]) =>
    `<div class="post"><div class="author">${author}, 12 May 2012 at 10:15</div><div class="body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>`
  const html = page('', `<h1>Harbour city opens its new public library</h1><div class="thread">${post('Member 1', ARTICLE)}${COMMENTS.map((text, i) => post(`Member ${i + 2}`, [text])).join('\n')}</div>`)
  const loaded = loadHtml(html)
  const { blocks } = collectBlocks(loaded.document.body, loaded.locate)
  const lines = toEngineBlocks(blocks)
  const threads = findThreads(blocks, lines, compiled.threadRules[0]!)
  const judge = (article: string[]) =>
    judgeArticle({
      candidates: blocks,
      lines,
      article: new Set(blocks.filter((block) => article.some((text) => block.text.startsWith(text.slice(0, 40)))).map((block) => block.index)),
      weighed: () => true,
      shown: () => true,
      title: 'Harbour city opens its new public library',
      threads,
    })
  const opening = judge(ARTICLE)
  assert.not.ok(opening.trusted)
  assert.match((opening as { why: string }).why, /one item of a thread of 7 items/)
  assert.ok(judge([...ARTICLE, ...COMMENTS]).trusted)
})

test('a long menu of prose outside the title’s section does not make the article a fragment of the page', async () => {
  // A drop-down menu that previews whole pages: more prose than the article, none of it below the title.
  const previews = COMMENTS.map((text) => `<li class="menu-entry"><a href="/p">Our services</a><div class="preview">${text}</div></li>`).join('\n')
  const html = page('', `<ul class="dropdown">${previews}</ul>
<div class="post"><h2 class="post-title">Harbour city opens its new public library</h2><div class="entry">${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}</div></div>`)
  const { text, report } = await cleaner.clean(html)
  assert.ok(hasAll(text, ARTICLE), text)
  assert.not.ok(hasAny(text, COMMENTS), text)
  assert.equal(report.warnings, [])
})

test('a page of sections whose prose lies beside Readability’s article, below the title, is judged whole', async () => {
  const sections = COMMENTS.map((text, i) => `<section class="block-${i}"><h2>Service ${i + 1}</h2><p>${text}</p></section>`).join('\n')
  const html = page('', `<main><h1>Our library services</h1>${sections}</main>`)
  const { text, report } = await cleaner.clean(html)
  assert.ok(hasAll(text, COMMENTS), text)
  assert.ok(report.warnings.length === 0 || report.warnings.some((w) => w.id === 'article-distrusted' && /below the page's title/.test(w.message)), JSON.stringify(report.warnings))
})

test.run()
