import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { PrintedLines } from '../src/engine/printed-lines.js'

const MENU = 'Home | World | Business | Sport | Culture | Weather'
const TITLE = 'Security chiefs meet in Moscow to discuss shared threats'

function printed(...lines: string[]): PrintedLines {
  const seen = new PrintedLines()
  for (const line of lines) seen.add(line)
  return seen
}

test('a line that begins or ends with a printed line is found', () => {
  const seen = printed(MENU, TITLE)
  assert.ok(seen.beginsOrEndsWithOne(`${TITLE} The three-day meeting ended on Thursday.`))
  assert.ok(seen.beginsOrEndsWithOne(`All rights reserved. ${MENU}`))
})

test('a printed line in the middle of a line, the same line again, or a near copy is not', () => {
  const seen = printed(MENU, TITLE)
  assert.not.ok(seen.beginsOrEndsWithOne(`Before ${TITLE} after`))
  assert.not.ok(seen.beginsOrEndsWithOne(TITLE))
  assert.not.ok(seen.beginsOrEndsWithOne(`${TITLE.replace('Moscow', 'Geneva')} The meeting ended.`))
  assert.not.ok(new PrintedLines().beginsOrEndsWithOne(TITLE))
})

test('long lines are checked in time linear in their length (once square: 49 s for a fuzzed capture)', () => {
  const seen = printed(...Array.from({ length: 500 }, (_, i) => `${'menu item '.repeat(3 + (i % 50))}${i}`))
  const long = 'x'.repeat(200_000)
  seen.add(long)
  assert.not.ok(seen.beginsOrEndsWithOne(`${'y'.repeat(100_000)}${'x'.repeat(100_000)}z`))
  assert.ok(seen.beginsOrEndsWithOne(`${long} and the next copy of the page`))
  assert.ok(seen.beginsOrEndsWithOne(`the last line of a copy ${long}`))
})

test.run()
