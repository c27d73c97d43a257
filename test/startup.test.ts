import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

// A run that cleans captures should not pay for loading the HTML code or the WARC reader: each is imported
// when the first page or file that needs it comes.
const LOADED_WHEN_NEEDED = ['linkedom', 'parse5', '@mozilla/readability', 'warcio']
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm

/** The chain of built modules through which `entry` imports `target` statically, or null. */
function staticPathTo(entry: string, target: string): string[] | null {
  const parents = new Map<string, string | null>([[entry, null]])
  const queue = [entry]
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier === target || specifier!.startsWith(`${target}/`)) {
        const chain = [specifier!]
        for (let at: string | null | undefined = file; at; at = parents.get(at)) chain.unshift(path.relative('dist', at))
        return chain
      }
      if (!specifier!.startsWith('.')) continue
      const next = path.resolve(path.dirname(file), specifier!)
      if (!parents.has(next) && existsSync(next)) {
        parents.set(next, file)
        queue.push(next)
      }
    }
  }
  return null
}

test('the command imports no HTML or WARC code when it starts', () => {
  for (const target of LOADED_WHEN_NEEDED) {
    const chain = staticPathTo(path.resolve('dist/src/cli/main.js'), target)
    assert.is(chain, null, `${target} is imported at start-up: ${chain?.join(' -> ')}`)
  }
})

test('the check sees a static import of the HTML code where there is one', () => {
  assert.ok(staticPathTo(path.resolve('dist/src/html/document.js'), 'linkedom'))
})

test.run()
