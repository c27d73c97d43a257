/** The stage lists: what `disable` accepts, the code rules the HTML stages own, and what they cost a text run. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { createCleaner, OptionError, STAGES } from '../src/index.js'
import { compileRules } from '../src/compile.js'
import { HTML_CODE_RULES, HTML_STAGES } from '../src/html/stages/index.js'

test('every listed stage can be switched off, and a stage that is not listed is refused', () => {
  for (const stage of STAGES) createCleaner({ disable: [`stage:${stage}`] })
  assert.throws(() => createCleaner({ disable: ['stage:main-contents'] }), (error: unknown) => error instanceof OptionError && /stage:main-content\b/.test(error.message))
})

test('a misspelt stage does not compile where a stage is checked', () => {
  const { isEnabled } = compileRules([], ['stage:lead'])
  assert.is(isEnabled('stage:lead'), false)
  // @ts-expect-error: "laed" is no stage's name
  assert.is(isEnabled('stage:laed'), true)
})

test('the HTML stages have distinct names, and the HTML code rules are the rules their stages own', () => {
  const names = HTML_STAGES.map((stage) => stage.name)
  assert.equal([...new Set(names)], names)
  for (const stage of HTML_STAGES) assert.ok(stage.description.length > 0 && !stage.description.includes('\n'), stage.name)
  assert.equal(HTML_CODE_RULES.map((rule) => rule.id).sort(), ['boilerplate/outside-main-content', 'boilerplate/streamed-fallback', 'meta/page-title', 'navigation/link-menu-line'])
  assert.ok(HTML_CODE_RULES.every((rule) => rule.htmlOnly))
})

const DOM_LIBRARIES = ['linkedom', 'parse5', '@mozilla/readability']

/** The packages that a compiled module loads as it loads, through the static imports of it and its own modules. */
function packagesLoadedBy(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages
  seen.add(file)
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s(?:[^'";]*?\sfrom\s)?'([^']+)'/gm)) {
    if (specifier!.startsWith('.')) packagesLoadedBy(path.resolve(path.dirname(file), specifier!), seen, packages)
    else packages.add(specifier!)
  }
  return packages
}

test('a text run loads no DOM library, though compiling the rules reads the HTML stages list', () => {
  const loaded = packagesLoadedBy(path.resolve('dist/src/index.js'))
  assert.ok(loaded.has('retext-latin'), 'the walk missed the text parser, which the library loads')
  assert.equal(DOM_LIBRARIES.filter((name) => loaded.has(name)), [])
  // The walk finds them where the HTML front end loads them, on the first HTML page (Readability on its first pass).
  assert.equal(DOM_LIBRARIES.filter((name) => packagesLoadedBy(path.resolve('dist/src/html/clean-html.js')).has(name)), ['linkedom', 'parse5'])
})

test.run()
