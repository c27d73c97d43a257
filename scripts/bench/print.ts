/**
 * The bench's readable report: plain aligned tables on stdout.
 */
import { change, compareRunners, type Change } from './comparison.js'
import type { FloorCheck } from './floors.js'
import { BYTES_PER_MB, WARM_UP_PAGES } from './measure.js'
import type { GroupScores } from './metrics.js'
import type { ModeResult, RunnerResult } from './run-mode.js'

/** Left-aligns the first `textColumns` columns and right-aligns the numbers after them. */
function table(headers: string[], rows: string[][], textColumns: number): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]) =>
    '  ' + cells.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd()
  return [line(headers), ...rows.map(line)].join('\n')
}

const fixed = (digits: number) => (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits)
const f3 = fixed(3)
const f2 = fixed(2)
const signed = (value: number | null) => (value === null ? '-' : (value >= 0 ? '+' : '') + value.toFixed(3))
const withRatio = ({ difference, ratio }: Change) => `${signed(difference)} ×${ratio === null ? '-' : ratio.toFixed(2)}`

const SCORE_HEADERS = ['pages', 'shingleF1', 'precision', 'recall', 'bowF1', 'with', 'without', 'comments', 'empty']
const scoreCells = (s: GroupScores) => [
  String(s.pages),
  f3(s.shingleF1),
  f3(s.precision),
  f3(s.recall),
  f3(s.bowF1),
  f3(s.with),
  f3(s.without),
  f3(s.comments),
  String(s.empty),
]

function speedSection(result: ModeResult): string {
  const subject = result.runners[0]?.speed
  const rows = result.runners.flatMap(({ runner, speed }) =>
    speed
      ? [[runner, String(speed.pages), f2(speed.seconds), f2(speed.pagesPerSecond), f2(speed.mbPerSecond), subject ? `×${(subject.pagesPerSecond / speed.pagesPerSecond).toFixed(2)}` : '-']]
      : [],
  )
  const passes = subject?.passes ?? 1
  const fastest = passes > 1 ? `, the fastest of ${passes} passes` : ''
  const turns = rows.length > 1 ? ', runners taking turns page by page' : ''
  return `Speed (cleaning only, inputs already in memory, after a ${WARM_UP_PAGES}-page warm-up${fastest}${turns}; peak RSS of the process ${result.peakRssMB.toFixed(0)} MB)\n${table(['runner', 'pages', 'seconds', 'pages/s', 'MB/s', 'decruft ×'], rows, 1)}`
}

/** Refused pages, grouped by reason, so that a rejection never passes for a poor extraction. */
function refusalSection(result: ModeResult): string[] {
  return result.runners.flatMap(({ runner, refusals }) => {
    if (!refusals.length) return []
    const idsByReason = new Map<string, string[]>()
    for (const { id, reason } of refusals) idsByReason.set(reason, [...(idsByReason.get(reason) ?? []), id])
    const lines = [...idsByReason].map(([reason, ids]) => `  ${ids.join(', ')}: ${reason}`)
    return [`${runner} refused ${refusals.length} pages, scored as empty outputs:\n${lines.join('\n')}`]
  })
}

function subsetSection(result: ModeResult, limited: boolean): string {
  const subsets = Object.keys(result.runners[0]?.scores ?? {})
  const rows = subsets.flatMap((subset) =>
    result.runners.flatMap(({ runner, scores }) => {
      const s = scores[subset]
      return s ? [[subset, runner, ...scoreCells(s)]] : []
    }),
  )
  const source = limited ? 'in-process, over the pages run' : 'score.mjs'
  return `Quality per subset (${source}; wx = WCXB sample, rd = Readability fixtures, dg = Dragnet, cp = CleanPortalEval; comments = share of pages whose reader comments leak)\n${table(['subset', 'runner', ...SCORE_HEADERS], rows, 2)}`
}

function gainSections(result: ModeResult): string[] {
  return compareRunners(result).map(({ against, subsets }) => {
    const rows = Object.entries(subsets).map(([subset, c]) => [
      subset,
      withRatio(c.shingleF1),
      withRatio(c.bowF1),
      signed(c.with.difference),
      signed(c.without.difference),
      signed(c.comments.difference),
    ])
    return `Gain of decruft over ${against} (difference ×ratio; "without" and "comments" should fall)\n${table(['subset', 'shingleF1', 'bowF1', 'with', 'without', 'comments'], rows, 1)}`
  })
}

/** decruft's scores per group, with its shingle F1 gain over each other runner in the same group. */
function groupSection(title: string, result: ModeResult, groupsOf: (r: RunnerResult) => Record<string, GroupScores>): string {
  const [subject, ...others] = result.runners
  if (!subject) return ''
  const rows = Object.entries(groupsOf(subject)).map(([group, s]) => [
    group,
    ...scoreCells(s),
    ...others.map((other) => signed(change(s.shingleF1, groupsOf(other)[group]?.shingleF1).difference)),
  ])
  const gainHeaders = others.map((other) => `ΔshingleF1 vs ${other.runner}`)
  return `${title}\n${table(['group', ...SCORE_HEADERS, ...gainHeaders], rows, 1)}`
}

export function formatMode(result: ModeResult, evalDir: string, limited: boolean): string {
  const heading = `decruft bench: ${result.mode} mode, ${result.pages} pages, ${(result.inputBytes / BYTES_PER_MB).toFixed(2)} MB of input, dev set ${evalDir}`
  return [
    heading,
    speedSection(result),
    ...refusalSection(result),
    subsetSection(result, limited),
    ...gainSections(result),
    groupSection('decruft by page type', result, (r) => r.byPageType),
    groupSection('decruft by language (declared for rd pages, else detected by decruft; und = none)', result, (r) => r.byLanguage),
  ].join('\n\n')
}

export function formatFloors(check: FloorCheck | null, floorsFile: string): string {
  if (!check) return `Floors (${floorsFile}): not checked, as --limit runs only part of the dev set.`
  if (!check.failures.length) return `Floors (${floorsFile}): all ${check.checked} met.`
  return [`Floors (${floorsFile}): ${check.failures.length} of ${check.checked} missed:`, ...check.failures.map((f) => `  FAILED ${f}`)].join('\n')
}
