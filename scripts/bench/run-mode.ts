/**
 * One mode's run: clean the pages with each runner, score the outputs through score.mjs and in-process,
 * and break decruft's scores down by page type and language.
 */
import path from 'node:path'
import { primaryLanguage, readInputs, type DevPage } from './dev-set.js'
import { measure, type Speed } from './measure.js'
import { aggregateBy, scorePage, type GroupScores, type PageScore } from './metrics.js'
import type { Mode } from './modes.js'
import { assertSameScores, fromReference, scoreWithReference, writeOutputs } from './reference-score.js'

export interface RunnerResult {
  runner: string
  speed: Speed | null
  /** Pages the runner refused, scored as empty outputs. */
  refusals: { id: string; reason: string }[]
  /** Per subset: score.mjs's numbers on a full run; under --limit, in-process over the pages run. */
  scores: Record<string, GroupScores>
  /** Keyed "<subset> <page type>". */
  byPageType: Record<string, GroupScores>
  /** Keyed "<subset> <language>". */
  byLanguage: Record<string, GroupScores>
}

export interface ModeResult {
  mode: string
  pages: number
  inputBytes: number
  /** The process's peak resident set after the mode's runs. */
  peakRssMB: number
  /** decruft first, then the runners it is compared with. */
  runners: RunnerResult[]
}

export interface ModeContext {
  evalDir: string
  devSet: DevPage[]
  limit: number | null
  /** A scratch folder for this mode's outputs. */
  outputRoot: string
}

const UNKNOWN_LANGUAGE = 'und'

export async function runMode(mode: Mode, context: ModeContext): Promise<ModeResult> {
  const { evalDir, devSet, limit } = context
  const pages = limit === null ? devSet : devSet.slice(0, limit)
  // Reading is done before any runner starts, so that no timing includes the disk.
  const inputs = await readInputs(evalDir, pages, mode.inputPath)

  const { runs, peakRssMB } = await measure(mode.createRunners(), inputs, mode.timedPasses)

  // Pages are grouped by one language for every runner: the declared one, else the one decruft detected.
  const subject = runs[0]
  const languageById = new Map(
    pages.map((page) => {
      const detected = subject?.outputs.get(page.id)?.language
      return [page.id, page.lang ?? (detected ? primaryLanguage(detected) : UNKNOWN_LANGUAGE)]
    }),
  )
  const pageById = new Map(devSet.map((page) => [page.id, page]))
  const subsetOf = (score: PageScore) => pageById.get(score.id)?.subset ?? ''

  const runnerResults: RunnerResult[] = []
  for (const run of runs) {
    const outputDir = path.join(context.outputRoot, mode.name, run.runner.replace(/\W+/g, '-'))
    await writeOutputs(outputDir, run.outputs)
    const reference = await scoreWithReference(evalDir, outputDir)

    // score.mjs scores every page of the index and counts a missing output as empty; so does this check.
    const allScores = devSet.map((page) => scorePage(page.id, page.gold, run.outputs.get(page.id)?.text ?? '', page.snippets))
    assertSameScores(run.runner, reference, aggregateBy(allScores, subsetOf))

    const runScores = allScores.filter((score) => run.outputs.has(score.id))
    runnerResults.push({
      runner: run.runner,
      speed: run.speed,
      refusals: [...run.outputs].flatMap(([id, output]) => (output.refusal ? [{ id, reason: output.refusal }] : [])),
      scores: limit === null ? fromReference(reference) : aggregateBy(runScores, subsetOf),
      byPageType: aggregateBy(runScores, (score) => `${subsetOf(score)} ${pageById.get(score.id)?.pageType}`),
      byLanguage: aggregateBy(runScores, (score) => `${subsetOf(score)} ${languageById.get(score.id)}`),
    })
  }

  return {
    mode: mode.name,
    pages: pages.length,
    inputBytes: [...inputs.values()].reduce((sum, input) => sum + input.byteLength, 0),
    peakRssMB,
    runners: runnerResults,
  }
}
