/**
 * The pipeline for one document: parse, decide, report. It never touches the file system; index.ts gives it
 * decoded text and compiled rules.
 */
import { VFile } from 'vfile'
import type { Block, CleanResult } from './types.js'
import type { Verdict } from './engine/verdict.js'
import type { CompiledRules } from './compile.js'
import { lineBreaksIn, parseText } from './text/parse.js'
import { detectLanguage } from './text/language.js'
import { decide } from './engine/decide.js'
import { toCuts } from './engine/cuts.js'
import { buildReport, recordCuts, recordWarning } from './report/build.js'

export function cleanText(input: string, rules: CompiledRules, source: string, inputWarnings: string[] = []): CleanResult {
  const file = new VFile({ value: input, path: source })
  const { blocks } = parseText(input)
  const { verdicts, title, warnings } = decide(blocks, rules)
  recordCuts(file, toCuts(input, blocks, verdicts))
  for (const warning of [...inputWarnings, ...warnings]) recordWarning(file, warning)
  const text = joinKept(input, blocks, verdicts)
  const language = detectLanguage(text)
  const result: CleanResult = { text, language, report: buildReport(file, 'text', language) }
  if (title !== undefined && !verdicts[title]) result.title = blocks[title]!.text
  return result
}

/**
 * The kept lines, each pair separated as in the input when nothing was cut between them (one line break
 * stays one, a blank line stays a blank line), and by a blank line where cut text was: a list or a verse
 * keeps its shape, and the reader sees where something was taken out. The output's separators are only
 * "\n" and "\n\n", which map to themselves, so cleaning the output again gives the same text.
 */
function joinKept(input: string, blocks: Block[], verdicts: (Verdict | null)[]): string {
  let text = ''
  let previous: Block | undefined
  for (const block of blocks) {
    if (verdicts[block.index]) continue
    if (previous) text += previous.index + 1 === block.index ? gapIn(input, previous.end, block.start) : '\n\n'
    text += block.text
    previous = block
  }
  return text
}

/** A single line break between two lines, or a blank line when the input has one. */
function gapIn(input: string, start: number, end: number): string {
  return lineBreaksIn(input.slice(start, end)) >= 2 ? '\n\n' : '\n'
}
