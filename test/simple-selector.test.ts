/** The compiler of the simple selectors that selector rules use, against the DOM's own matching. */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { loadHtml } from '../src/html/document.js'
import { compileSimpleSelector } from '../src/html/simple-selector.js'

const { document } = loadHtml(`<body>
  <div id="comments" class="comments-area wide"></div>
  <section class="Related-Posts" data-x="a b"></section>
  <aside role="complementary" style="DISPLAY: none"></aside>
  <div class="ad"></div><div class="header-adapter"></div>
  <nav hidden></nav>
</body>`)
const elements = [...document.body.querySelectorAll('*')]
const factsOf = (element: Element) => ({ tag: element.localName, attribute: (name: string) => element.getAttribute(name) })

const SELECTORS = [
  'nav', '#comments', '.comments-area', '.wide', 'div.ad', '[hidden]', '[role="complementary"]', "[role='complementary']",
  '[class*="related" i]', '[class*="related"]', '[class^="comments"]', '[class$="wide"]', '[class~="ad"]', '[data-x~=b]',
  '[style*="display: none" i]', '[style*="display:none" i]', 'section[class*="posts" i]', '*',
]

for (const selector of SELECTORS) {
  test(`${selector} matches what the DOM matches`, () => {
    const compiled = compileSimpleSelector(selector)
    assert.ok(compiled, `${selector} should compile`)
    for (const element of elements) assert.is(compiled!(factsOf(element)), element.matches(selector), `${selector} on <${element.localName} class="${element.className}">`)
  })
}

test('selectors with combinators or pseudo-classes are left to the DOM', () => {
  for (const selector of ['article header', 'div > p', 'a:not(.x)', 'li:nth-child(2)', 'div, p', '']) assert.is(compileSimpleSelector(selector), null, selector)
})

test.run()
