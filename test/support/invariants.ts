/**
 * Checks that hold for every cleaning, whatever the input: the report accounts for every removed character.
 * The checks are pure functions that return the problems they find, so that the fuzz harness (scripts/fuzz)
 * can classify them; the assert* wrappers fail a uvu test with them.
 *
 * A problem is a string "<invariant>: <what is wrong>", optionally followed by lines of detail. The first
 * line names the broken rule without the input's particulars, so that problems from different inputs
 * compare equal; each invariant is reported once, where it first breaks, since the rest usually follow.
 */
import * as assert from 'uvu/assert'
import type { CleanResult, Cut } from '../../src/index.js'
import { countInto, visibleCharacters } from './visible-text.js'

/** The invariant a problem breaks: the name before its first colon. */
export function invariantOf(problem: string): string {
  return problem.slice(0, problem.indexOf(':'))
}

/** Paragraphs of a text, white space folded: the unit in which an HTML page's output is compared. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/**
 * For text captures: the cuts lie in order, inside the input, without overlap; each cut's text is the input at
 * its offsets, and its line and column are those of its start, counting line breaks as the report does
 * ("\r\n", "\n" or a lone "\r"); the input with the cuts taken out is exactly the output, byte for byte; and
 * the stats count the cuts and the input.
 */
export function rebuildProblems(input: string, result: CleanResult): string[] {
  const { cuts, stats } = result.report
  const problems = new ProblemList()
  const position = lineFinder(input)
  let kept = ''
  let at = 0
  for (const cut of cuts) {
    if (!placementProblem(problems, cut, at, input.length, 'input')) {
      if (cut.text !== input.slice(cut.start, cut.end)) {
        problems.add('cut-text', "a cut's text differs from the input at its offsets", `cut ${span(cut)}: ${quote(cut.text)}, input ${quote(input.slice(cut.start, cut.end))}`)
      }
      const { line, column } = position(cut.start)
      if (cut.line !== line || cut.column !== column) {
        problems.add('cut-position', "a cut's line or column is not that of its start", `cut ${span(cut)} at ${cut.line}:${cut.column}, starts at ${line}:${column}`)
      }
    }
    kept += input.slice(at, Math.max(at, cut.start))
    at = Math.max(at, cut.end)
  }
  kept += input.slice(at)
  const differ = firstDifference(kept, result.text)
  if (differ !== -1) {
    problems.add('rebuild', 'the input without its cuts is not the output', `at ${differ}: input without cuts ${quote(kept.slice(differ, differ + 60))}, output ${quote(result.text.slice(differ, differ + 60))}`)
  }
  const cutChars = cuts.reduce((sum, cut) => sum + cut.end - cut.start, 0)
  const counts: [string, number, number][] = [['cutChars', stats.cutChars, cutChars], ['cuts', stats.cuts, cuts.length], ['inputChars', stats.inputChars, input.length]]
  for (const [name, stated, actual] of counts) {
    if (stated !== actual) problems.add('stats', 'the stats do not count the cuts and the input', `${name} is ${stated}, not ${actual}`)
  }
  return problems.list
}

/**
 * For HTML pages: every visible character of the page is in the output or in exactly one cut (counted per
 * character, white space aside), and every cut lies in the source, in order and without overlap, and has a
 * selector.
 */
export function visibleTextProblems(html: string, result: CleanResult): string[] {
  const { cuts } = result.report
  const problems = new ProblemList()
  let at = 0
  for (const cut of cuts) {
    placementProblem(problems, cut, at, html.length, 'source')
    if (!cut.selector) problems.add('cut-selector', 'a cut has no selector', `cut ${span(cut)}`)
    at = Math.max(at, cut.end)
  }
  const visible = visibleCharacters(html)
  // A page whose body shows no text gives its own description instead (stage:description), text of no block.
  const standsIn = visible.size === 0 && result.text === result.description
  const accounted = countInto(new Map(), standsIn ? '' : result.text)
  for (const cut of cuts) countInto(accounted, cut.text)
  const differences = [...new Set([...visible.keys(), ...accounted.keys()])]
    .filter((char) => visible.get(char) !== accounted.get(char))
    .map((char) => `${quote(char)}: page ${visible.get(char) ?? 0}, output and cuts ${accounted.get(char) ?? 0}`)
  if (differences.length > 0) {
    const shown = differences.slice(0, 10).join('; ') + (differences.length > 10 ? `; and ${differences.length - 10} more` : '')
    problems.add('visible-text', 'visible text is missing from both the output and the cuts, or counted twice', shown)
  }
  return problems.list
}

/** Fails the test unless rebuildProblems finds nothing. */
export function assertRebuilds(input: string, result: CleanResult): void {
  assertNone(rebuildProblems(input, result))
}

/** Fails the test unless visibleTextProblems finds nothing. */
export function assertAccountsForVisibleText(html: string, result: CleanResult): void {
  assertNone(visibleTextProblems(html, result))
}

function assertNone(problems: string[]): void {
  assert.ok(problems.length === 0, problems.join('\n'))
}

/** Problems, at most one per invariant. */
class ProblemList {
  readonly list: string[] = []
  private readonly seen = new Set<string>()

  add(invariant: string, rule: string, detail: string): void {
    if (this.seen.has(invariant)) return
    this.seen.add(invariant)
    this.list.push(`${invariant}: ${rule}\n  ${detail}`)
  }
}

/** Adds the problem, if any, with where a cut lies: after the previous one (ending at `at`), inside the text, not empty. */
function placementProblem(problems: ProblemList, cut: Cut, at: number, length: number, what: string): boolean {
  if (!(cut.end <= length && cut.end > cut.start && cut.start >= 0)) {
    problems.add('cut-bounds', `a cut lies outside the ${what} or is empty`, `cut ${span(cut)}, ${what} length ${length}`)
    return true
  }
  if (cut.start < at) {
    problems.add('cut-order', 'a cut overlaps the previous one or comes before it', `cut ${span(cut)}, the previous one ends at ${at}`)
    return true
  }
  return false
}

/** The 1-based line and column of an offset, lines ending at "\r\n", "\n" or a lone "\r" (as the report counts them). */
function lineFinder(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0]
  for (const lineBreak of text.matchAll(/\r\n|[\n\r]/g)) lineStarts.push(lineBreak.index + lineBreak[0].length)
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 }
  }
}

/** The first index at which two texts differ, or -1. */
function firstDifference(a: string, b: string): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i
  return -1
}

function span(cut: Cut): string {
  return `${cut.start}-${cut.end}`
}

/**
 * A string for a message: shortened, since fuzzed inputs hold words of 100,000 letters, and with the
 * characters that print as nothing (C1 controls, separators, BOM, zero-width and bidi marks) escaped.
 */
function quote(text: string | undefined): string {
  if (text === undefined) return '(none)'
  const shown = JSON.stringify(text.length > 120 ? `${text.slice(0, 80)}…${text.slice(-30)}` : text)
  return shown.replace(/[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
