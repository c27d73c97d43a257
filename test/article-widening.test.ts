import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner } from '../src/index.js'
import { loadHtml } from '../src/html/document.js'
import { readMetadata } from '../src/html/metadata.js'

// Readability returns one container; these pages mark more of the article than it returns.
const cleaner = createCleaner()

const ARTICLE_WITH_FAQ = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour city opens its new public library after three years of work | The Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article class="post">
<h1>Harbour city opens its new public library after three years of work</h1>
<div class="post-body">
<p>The new public library opened its doors on Saturday morning, after three years of construction and a long debate about its cost.</p>
<p>More than two thousand people visited the building on the first day, according to the city council, which paid for most of the project.</p>
<p>The library holds about eighty thousand books, a children’s floor and a small theatre that local schools will be able to use for free.</p>
<p>Its architect said the wide windows facing the harbour were meant to make the building feel open to everyone who walks past it.</p>
</div>
<div class="share"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a> <a href="/s/mail">Email</a></div>
<div class="field"><div class="field-items"><div class="faq">
<h2>Questions about the library</h2>
<div class="faq-item"><h3>When is the library open?</h3><div class="faq-answer"><div class="text">From Monday to Saturday, between nine in the morning and eight in the evening, and longer in summer.</div></div></div>
<div class="faq-item"><h3>Do I need a card to borrow books?</h3><div class="faq-answer"><div class="text">Yes, but the card is free for everyone who lives in the city, and it takes five minutes to get one at the desk.</div></div></div>
</div></div></div>
<div class="tags"><a href="/t/library">Library</a> <a href="/t/harbour">Harbour</a> <a href="/t/council">Council</a></div>
</article>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
</body></html>
`

test("the rest of the page's <article> after Readability's part of it stays, unless it reads as a menu", async () => {
  const answer = 'From Monday to Saturday, between nine in the morning and eight in the evening, and longer in summer.'
  const { text } = await cleaner.clean(ARTICLE_WITH_FAQ)
  assert.ok(text.includes('Questions about the library') && text.includes(answer), text)
  assert.not.ok(text.includes('Library Harbour Council'), text)
  const without = await createCleaner({ disable: ['stage:continuation'] }).clean(ARTICLE_WITH_FAQ)
  assert.not.ok(without.text.includes(answer), without.text)
  assert.ok(without.report.cuts.some((cut) => cut.text.includes(answer) && cut.rule === 'boilerplate/outside-main-content'))
})

const STANDFIRST_BY_DESCRIPTION = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Library opens | The Gazette</title>
<meta name="description" content="The city spent three years and most of its reserves on a library that opened on Saturday to long queues."></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="hero"><h1>A library for the harbour</h1><p class="intro">The city spent three years and most of its reserves on a library that opened on Saturday to long queues.</p></div>
<div class="columns"><div class="story">
<p>The new public library opened its doors on Saturday morning, after three years of construction and a long debate about its cost.</p>
<p>More than two thousand people visited the building on the first day, according to the city council, which paid for most of the project.</p>
<p>The library holds about eighty thousand books, a children’s floor and a small theatre that local schools will be able to use for free.</p>
<p>Its architect said the wide windows facing the harbour were meant to make the building feel open to everyone who walks past it.</p>
</div>
<aside class="promo"><p>Members get unlimited access to every story we have published since the paper was founded.</p></aside></div>
</body></html>
`

test("a block before the article that prints the page's description is its standfirst, with no title heading above it", async () => {
  const standfirst = 'The city spent three years and most of its reserves on a library that opened on Saturday to long queues.'
  const { text } = await cleaner.clean(STANDFIRST_BY_DESCRIPTION)
  assert.ok(text.startsWith(standfirst), text)
  assert.not.ok(text.includes('Members get unlimited access'), text)
  const without = await createCleaner({ disable: ['stage:lead'] }).clean(STANDFIRST_BY_DESCRIPTION)
  assert.not.ok(without.text.includes(standfirst), without.text)
})

const QUESTION_AND_ANSWER = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How do I renew a library card online?</title></head><body>
<nav><a href="/">Home</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a></nav>
<div id="content" itemscope itemtype="https://schema.org/QAPage">
<div class="question" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name">How do I renew a library card online?</h1>
<div class="post-body" itemprop="text">
<p>My library card expired last month, and the harbour library's website only says that cards can be renewed, without saying where or how.</p>
<p>I tried the account page, but it asks for a card number that is still valid, which mine is not, so the form refuses to go on.</p>
<p>The desk is only open while I am at work, so going there in person is hard for me on any day of the week except Saturday.</p>
<p>Is there a way to renew an expired card online, or do I have to bring proof of address to the desk like a new member?</p>
</div>
<div class="post-menu"><a href="/q/1/share">Share</a> <a href="/q/1/edit">Improve this question</a> <a href="/q/1/follow">Follow</a></div>
</div>
<div id="answers">
<h2>1 Answer</h2>
<div class="answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="answer-body" itemprop="text"><p>Log in with your old card number and your date of birth on the renewal page, under My account.</p></div>
<div class="post-menu"><a href="/a/2/share">Share</a> <a href="/a/2/edit">Improve this answer</a> <a href="/a/2/follow">Follow</a></div>
<div class="comments"><span>Thanks, that worked for me.</span> <a href="/u/3">Jo</a></div>
</div>
</div>
</div>
</body></html>
`

test("the body of an answer that a Q&A page's microdata marks stays; the answer's chrome and comments do not", async () => {
  const answer = 'Log in with your old card number and your date of birth on the renewal page, under My account.'
  const { text } = await cleaner.clean(QUESTION_AND_ANSWER)
  assert.ok(text.includes(answer), text)
  for (const chrome of ['Follow', 'Improve this answer', 'Thanks, that worked for me.']) assert.not.ok(text.includes(chrome), `kept: ${chrome}`)
  const without = await createCleaner({ disable: ['stage:answers'] }).clean(QUESTION_AND_ANSWER)
  assert.not.ok(without.text.includes(answer), without.text)
})

const head = (inside: string, body = '<p>Text.</p>') => `<!DOCTYPE html><html><head><title>Tote bag</title>${inside}</head><body>${body}</body></html>`
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`
const isProductPage = (html: string) => readMetadata(loadHtml(html).document).product

test("a page is a product's page when its metadata says so at the top level, not when a list or a review holds a product", () => {
  assert.ok(isProductPage(head(jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Tote bag' }))))
  assert.ok(isProductPage(head(jsonLd({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['Product', 'Thing'], name: 'Tote bag' }] }))))
  assert.ok(isProductPage(head('<meta property="og:type" content="product">')))
  assert.ok(isProductPage(head('', '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Tote bag</h1></div>')))
  assert.not.ok(isProductPage(head(jsonLd({ '@type': 'ItemList', itemListElement: [{ '@type': 'Product', name: 'Tote bag' }] }))))
  assert.not.ok(isProductPage(head(jsonLd({ '@type': 'Review', itemReviewed: { '@type': 'Product', name: 'Tote bag' } }))))
  assert.not.ok(isProductPage(head('', '<article itemscope itemtype="https://schema.org/Review"><div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Product">Tote bag</div></article>')))
  assert.not.ok(isProductPage(head('<meta property="og:type" content="article">' + jsonLd('not an object'))))
})

test.run()
