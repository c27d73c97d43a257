/** The text front end: one paragraph per line, exact offsets, sentence ends in Latin and Arabic scripts. */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parseText } from '../src/text/parse.js'

test('every non-blank line is its own block, even inside one sentence', () => {
  const input = 'Comments\nNo comments yet...\n\n  • Ya Biladi\r\nLast line'
  const { blocks } = parseText(input)
  assert.equal(
    blocks.map((block) => block.text),
    ['Comments', 'No comments yet...', '• Ya Biladi', 'Last line'],
  )
  for (const block of blocks) assert.is(input.slice(block.start, block.end), block.text)
  assert.equal(
    blocks.map((block) => [block.line, block.column]),
    [[1, 1], [2, 1], [4, 3], [5, 1]],
  )
})

test('each line has its own paragraph, with its sentences', () => {
  const { blocks } = parseText('One line\nTwo line. Still two.\nThree')
  assert.is(blocks.length, 3)
  assert.is(blocks[1]!.node.children.filter((node) => node.type === 'SentenceNode').length, 2)
})

test('lines end at CR LF, LF or a lone CR, and only there', () => {
  const input = 'One\rTwo\u2028still two\u0085and two\r\nThree\fand three\nFour'
  const { blocks } = parseText(input)
  assert.equal(
    blocks.map((block) => [block.text, block.line, block.column]),
    [['One', 1, 1], ['Two\u2028still two\u0085and two', 2, 1], ['Three\fand three', 3, 1], ['Four', 4, 1]],
  )
})

test('a line of any length parses, in pieces that keep its words and offsets', () => {
  const words = 'word '.repeat(100_000)
  for (const input of [`1. A\n${words}`, `Mr. ${words}`]) {
    const { blocks } = parseText(input)
    for (const block of blocks) assert.is(input.slice(block.start, block.end), block.text)
    assert.is(blocks.reduce((sum, block) => sum + block.features.words, 0), input.match(/\w+/g)!.length)
  }
  const longWord = `Intro.\n${'a'.repeat(132_000)}\nEnd.`
  assert.equal(parseText(longWord).blocks.map((block) => [block.start, block.end]), [[0, 6], [7, 132_007], [132_008, 132_012]])
})

test('the Arabic question mark ends a sentence', () => {
  const { blocks } = parseText('هل هذا صحيح؟ نعم يا صديقي.')
  assert.is(blocks[0]!.features.sentences, 2)
  assert.ok(blocks[0]!.features.endsSentence)
  assert.ok(parseText('ما رأيك؟')['blocks'][0]!.features.endsSentence)
})

test('features: words, sentence ends and normalised text', () => {
  const [block] = parseText('“Security should not be at the expense of sovereignty,” Putin said.').blocks
  assert.is(block!.features.words, 11)
  assert.ok(block!.features.endsSentence)
  assert.is(block!.features.normalised, 'security should not be at the expense of sovereignty putin said')
  const [label] = parseText('Maroc2 days ago').blocks
  assert.not.ok(label!.features.endsSentence)
})

test('French and Arabic text keeps its exact offsets', () => {
  const input = 'Moscou : M. Hammouchi prend part à la 13e rencontre\nمدة القراءة: 2\' John Bolton'
  const { blocks } = parseText(input)
  assert.is(blocks.length, 2)
  for (const block of blocks) assert.is(input.slice(block.start, block.end), block.text)
})

test('a line that goes on with the sentence of the line above it is marked, a blank line or a sentence end ends it', () => {
  const input = 'amet, consectetur adipisicing elit,\n tempor incididunt ut labore\n\nquis nostrud exercitation.\nullamco laboris\nNisi ut aliquip'
  const marks = parseText(input).blocks.map((block) => block.features.continuesLine)
  assert.equal(marks, [false, true, false, false, false])
})

test.run()
