/** The compiler of the simple selectors that selector rules use, against the DOM's own matching. */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { loadHtml } from '../src/html/document.js'
import { compileSelectorList, compileSimpleSelector, ElementFacts } from '../src/html/simple-selector.js'

const { document } = loadHtml(`<body>
  <div id="comments" class="comments-area wide"></div>
  <section class="Related-Posts" data-x="a b"></section>
  <aside role="complementary" style="DISPLAY: none"></aside>
  <div class="ad"></div><div class="header-adapter"></div>
  <nav hidden></nav>
</body>`)
const elements = [...document.body.querySelectorAll('*')]
const factsOf = (element: Element) => new ElementFacts(element.localName, (name) => element.getAttribute(name))

const SELECTORS = [
  'nav', '#comments', '.comments-area', '.wide', 'div.ad', '[hidden]', '[role="complementary"]', "[role='complementary']",
  '[class*="related" i]', '[class*="related"]', '.Related-Posts', '[data-x~="B" i]', '[id="COMMENTS" i]', '[class^="comments"]', '[class$="wide"]', '[class~="ad"]', '[data-x~=b]',
  '[style*="display: none" i]', '[style*="display:none" i]', 'section[class*="posts" i]', '*',
]

for (const selector of SELECTORS) {
  test(`${selector} matches what the DOM matches`, () => {
    const compiled = compileSimpleSelector(selector)
    assert.ok(compiled, `${selector} should compile`)
    for (const element of elements) assert.is(compiled!(factsOf(element)), element.matches(selector), `${selector} on <${element.localName} class="${element.className}">`)
    // Alone in a list, where one-part selectors are tested together rather than one by one.
    const { test: listTest } = compileSelectorList([selector])
    for (const element of elements) assert.is(listTest(factsOf(element)), element.matches(selector), `list of ${selector} on <${element.localName} class="${element.className}">`)
  })
}

test('a list matches an element when any of its selectors does, and leaves the others to the DOM', () => {
  const list = [...SELECTORS.filter((selector) => selector !== '*'), 'article header']
  const { test: listTest, complex } = compileSelectorList(list)
  assert.equal(complex, ['article header'])
  for (const element of elements) {
    const expected = list.slice(0, -1).some((selector) => element.matches(selector))
    assert.is(listTest(factsOf(element)), expected, `<${element.localName} class="${element.className}">`)
  }
  const { test: none } = compileSelectorList(['.nowhere', '[class*="nowhere" i]', 'blink'])
  assert.ok(elements.every((element) => !none(factsOf(element))))
})

test('selectors with combinators or pseudo-classes are left to the DOM', () => {
  for (const selector of ['article header', 'div > p', 'a:not(.x)', 'li:nth-child(2)', 'div, p', '']) assert.is(compileSimpleSelector(selector), null, selector)
})

test.run()
