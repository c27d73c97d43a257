/** byDistinctText: a line's text decides, so each distinct text is computed once and its value given to every copy. */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { byDistinctText } from '../src/text/by-text.js'
import { parseText } from '../src/text/parse.js'

test('each distinct text is computed once, and every block gets its text’s value in order', () => {
  const page = ['Home', 'The city library reopens after two years of works.', 'Share', 'Home', 'Share', 'Home'].join('\n')
  const { blocks } = parseText(page)
  const computed: string[] = []
  const lengths = byDistinctText(blocks, (block) => {
    computed.push(block.text)
    return block.index === 0 ? null : block.text.length
  })
  assert.equal(computed, ['Home', 'The city library reopens after two years of works.', 'Share'])
  // A value that is null or undefined is remembered like any other: the first copy's.
  assert.equal(lengths, [null, 50, 5, null, 5, null])
})

test.run()
