/**
 * The progress line of a batch on a terminal (src/cli/progress.ts): what it says, how often it is drawn,
 * and that it is wiped before other lines.
 */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { ProgressLine } from '../src/cli/progress.js'

function terminal() {
  const writes: string[] = []
  return { writes, columns: 80, write: (text: string) => writes.push(text) }
}

test('counts, rate and time left for a batch of known size, redrawn in place', () => {
  let now = 0
  const screen = terminal()
  const line = new ProgressLine(screen, 100, 'file', () => now)
  now = 2000
  line.update(20, 1)
  assert.equal(screen.writes, ['\rdecruft: 20 of 100 files, 1 failed, 10 files/s, about 8 s left\x1b[K'])
  // Within the redraw interval nothing is drawn; after it, the line is drawn again in place.
  now = 2100
  line.update(21, 1)
  assert.is(screen.writes.length, 1)
  now = 2300
  line.update(23, 1)
  assert.match(screen.writes[1]!, /^\rdecruft: 23 of 100 files, 1 failed/)
})

test('a stream has no total and so no time left; the line never passes the terminal width', () => {
  let now = 0
  const screen = terminal()
  const line = new ProgressLine(screen, undefined, 'record', () => now)
  now = 120_000
  line.update(1_234_567, 3)
  const drawn = screen.writes[0]!.replace(/^\r|\x1b\[K$/g, '')
  assert.is(drawn, 'decruft: 1,234,567 records, 3 failed, 10288 records/s')
  const narrow = { ...terminal(), columns: 20 }
  new ProgressLine(narrow, undefined, 'record', () => now).update(5, 0)
  assert.ok(narrow.writes[0]!.replace(/^\r|\x1b\[K$/g, '').length < 20)
  // A terminal that gives no width is taken as 80 columns wide, not as none.
  const unknown = { ...terminal(), columns: 0 }
  new ProgressLine(unknown, undefined, 'record', () => now).update(5, 0)
  assert.match(unknown.writes[0]!, /decruft: 5 records, 0 failed\x1b\[K$/)
})

test('clear wipes a drawn line once, and the next update draws at once', () => {
  let now = 0
  const screen = terminal()
  const line = new ProgressLine(screen, 10, 'file', () => now)
  line.clear()
  assert.equal(screen.writes, [], 'nothing drawn, nothing to wipe')
  now = 500
  line.update(1, 0)
  line.clear()
  line.clear()
  assert.equal(screen.writes.slice(1), ['\r\x1b[K'])
  line.update(2, 0)
  assert.is(screen.writes.length, 3)
})

test.run()
