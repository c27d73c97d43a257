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

test('the tree has one ParagraphNode per line', () => {
  const { tree } = parseText('One line\nTwo line. Still two.\nThree')
  const paragraphs = tree.children.filter((node) => node.type === 'ParagraphNode')
  assert.is(paragraphs.length, 3)
  assert.is(paragraphs[1]!.children.filter((node) => node.type === 'SentenceNode').length, 2)
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
