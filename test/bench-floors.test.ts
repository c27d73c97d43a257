import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { checkFloors, FloorsFileError, type FloorSubject } from '../scripts/bench/floors.js'
import type { GroupScores } from '../scripts/bench/metrics.js'

// The bench's pinned floors: a quality floor, a comment-leak maximum, and decruft against a peer in the same run.
const scores = (shingleF1: number, comments: number | null = null): GroupScores => ({
  pages: 10,
  shingleF1,
  precision: shingleF1,
  recall: shingleF1,
  bowF1: shingleF1,
  with: null,
  without: null,
  comments,
  empty: 0,
})

const subject = (ours: Record<string, GroupScores>, peer: Record<string, GroupScores>): FloorSubject => ({
  mode: 'html',
  speed: null,
  peerSpeed: null,
  scores: ours,
  peers: { 'Readability.js on jsdom': peer },
})

test('a listed subset on which decruft scores below a named peer in the same run fails the bench; an unlisted one does not count', () => {
  const floors = { html: { atLeastPeers: { 'Readability.js on jsdom': ['wx', 'dg'] } } }
  const below = checkFloors(
    floors,
    [subject({ dg: scores(0.88), wx: scores(0.86), rd: scores(0.96) }, { dg: scores(0.89), wx: scores(0.73), rd: scores(0.99) })],
    ['html'],
  )
  assert.equal(below.failures, ["html dg shingleF1 is 0.880, below Readability.js on jsdom's 0.890 in the same run"])
  const level = checkFloors(floors, [subject({ dg: scores(0.89), wx: scores(0.8) }, { dg: scores(0.89), wx: scores(0.8) })], ['html'])
  assert.equal(level.failures, [])
})

test('the comment leak has a maximum per subset', () => {
  const floors = { html: { dg: { shingleF1: 0.9, comments_max: 0.05 } } }
  const leaking = checkFloors(floors, [subject({ dg: scores(0.91, 0.08) }, {})], ['html'])
  assert.equal(leaking.failures, ['html dg comments is 0.080, above its maximum 0.050'])
})

test('a peer the mode does not run is an error in the floors file, not a silent pass', () => {
  assert.throws(() => checkFloors({ html: { atLeastPeers: { trafilatura: ['wx'] } } }, [subject({}, {})], ['html']), (error: unknown) => error instanceof FloorsFileError)
})

test.run()
