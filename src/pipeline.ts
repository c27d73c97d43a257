/**
 * The pipeline for one document: parse, decide, report. It never touches the file system; index.ts gives it
 * decoded text and compiled rules.
 */
import { VFile } from 'vfile'
import type { CleanResult, Warning } from './types.js'
import type { CompiledRules } from './compile.js'
import type { SiteTemplate } from './templates/template-set.js'
import { parseText } from './text/parse.js'
import { detectLanguage } from './text/language.js'
import { decide } from './engine/decide.js'
import { toCuts, withoutCuts } from './engine/cuts.js'
import { buildReport, recordCuts, recordWarning } from './report/build.js'

export interface TextCleaning {
  /** Named in the report. */
  source: string
  /** Warnings from decoding the input. */
  warnings: Warning[]
  siteTemplate?: SiteTemplate
}

export function cleanText(input: string, rules: CompiledRules, { source, warnings: inputWarnings, siteTemplate }: TextCleaning): CleanResult {
  const file = new VFile({ value: input, path: source })
  const { blocks } = parseText(input)
  const { verdicts, title, warnings } = decide(blocks, { ...rules, lineThreads: rules.threadRules, siteTemplate })
  const cuts = toCuts(input, blocks, verdicts)
  recordCuts(file, cuts)
  for (const warning of [...inputWarnings, ...warnings]) recordWarning(file, warning)
  const text = withoutCuts(input, cuts)
  const language = detectLanguage(text)
  const result: CleanResult = { text, language, report: buildReport(file, 'text', language) }
  if (title !== undefined && !verdicts[title]) result.title = blocks[title]!.text
  return result
}
