/** Checks that hold for every cleaning, whatever the input: the report accounts for every removed character. */
import * as assert from 'uvu/assert'
import type { CleanResult } from '../../src/index.js'
import { countInto, visibleCharacters } from './visible-text.js'

/** Paragraphs of a text, white space folded: the unit in which outputs are compared. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/**
 * The cuts lie in order, inside the input, without overlap; each cut's text is the input at its offsets, and
 * its line and column count line breaks as the report does ("\r\n", "\n" or a lone "\r"); and the input with
 * the cuts taken out is exactly the output, byte for byte.
 */
export function assertRebuilds(input: string, result: CleanResult): void {
  const { cuts } = result.report
  let kept = ''
  let at = 0
  for (const cut of cuts) {
    assert.ok(cut.start >= at, `cut at ${cut.start} overlaps the previous one (ends at ${at})`)
    assert.ok(cut.end <= input.length && cut.end > cut.start, `cut ${cut.start}-${cut.end} lies outside the input`)
    assert.is(cut.text, input.slice(cut.start, cut.end), `cut text differs from the input at ${cut.start}`)
    const before = input.slice(0, cut.start).split(/\r\n|\r|\n/)
    assert.is(cut.line, before.length, `line of the cut at ${cut.start}`)
    assert.is(cut.column, before[before.length - 1]!.length + 1, `column of the cut at ${cut.start}`)
    kept += input.slice(at, cut.start)
    at = cut.end
  }
  kept += input.slice(at)
  assert.is(kept, result.text, 'the input without its cuts is not the output')
  const cutChars = cuts.reduce((sum, cut) => sum + cut.end - cut.start, 0)
  assert.is(result.report.stats.cutChars, cutChars)
  assert.is(result.report.stats.cuts, cuts.length)
  assert.is(result.report.stats.inputChars, input.length)
}

/**
 * For HTML pages: every visible character of the page is in the output or in exactly one cut (counted per
 * character, white space aside), and every cut lies in the source, in order and without overlap.
 */
export function assertAccountsForVisibleText(html: string, result: CleanResult): void {
  const { cuts } = result.report
  let at = 0
  for (const cut of cuts) {
    assert.ok(cut.start >= at, `cut at ${cut.start} overlaps the previous one (ends at ${at})`)
    assert.ok(cut.end <= html.length && cut.end > cut.start, `cut ${cut.start}-${cut.end} lies outside the source`)
    assert.ok(cut.selector, `cut at ${cut.start} has no selector`)
    at = cut.end
  }
  const accounted = countInto(new Map(), result.text)
  for (const cut of cuts) countInto(accounted, cut.text)
  const visible = visibleCharacters(html)
  const differences = [...new Set([...visible.keys(), ...accounted.keys()])]
    .filter((char) => visible.get(char) !== accounted.get(char))
    .map((char) => `${JSON.stringify(char)}: page ${visible.get(char) ?? 0}, output and cuts ${accounted.get(char) ?? 0}`)
  assert.equal(differences, [], 'visible text is missing from both the output and the cuts, or counted twice')
}
