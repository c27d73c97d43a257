/** The fuzzer's summary and replay lines, for a person to read. */
import path from 'node:path'
import type { Outcome } from './outcome.js'
import type { FuzzSummary, Replayed } from './run.js'

const number = (n: number) => n.toLocaleString('en-US')
/** Lines of a failure's detail shown on replay; the reproducer's .json has them all. */
const DETAIL_LINES = 12

export function formatSummary(summary: FuzzSummary): string {
  const broken = Object.values(summary.invariants).reduce((sum, n) => sum + n, 0)
  const lines = [
    `decruft fuzz: ${number(summary.inputs)} inputs from ${number(summary.corpusFiles)} files, seed ${summary.seed}${summary.scale === 1 ? '' : `, scale ${summary.scale}`}, ${summary.jobs} jobs, limit ${number(summary.timeoutMs)} ms, ${Math.round(summary.ms / 1000)} s`,
    ...summary.notes.map((note) => `  note: ${note}`),
    `  passed             ${number(summary.passed)}`,
    `  input errors       ${number(sum(summary.inputErrors))} (fine)${breakdown(summary.inputErrors)}`,
    `  crashes            ${number(summary.crashes)}`,
    `  hangs              ${number(summary.hangs)}`,
    `  broken invariants  ${number(broken)}${breakdown(summary.invariants)}`,
    `  check errors       ${number(summary.checkErrors)}`,
  ]
  if (summary.slowest) {
    const { ms, example } = summary.slowest
    lines.push(`  slowest input      ${number(Math.round(ms))} ms of wall time: #${example.index} ${example.source} (${example.mutators.join(', ')})`)
  }
  if (summary.failures.length === 0) return lines.join('\n')
  const where = summary.out ? `; reproducers in ${summary.out}` : ''
  lines.push('', `${summary.failures.length} distinct failure(s)${where}:`)
  for (const found of summary.failures) {
    lines.push(`  ${found.failure.class}  ${found.failure.message}`)
    const written = found.reproducer ? `${path.basename(found.reproducer)}, ${number(found.bytes)} bytes (found at ${number(found.example.bytes.length)})` : `#${found.example.index} ${found.example.source}`
    lines.push(`      ${number(found.occurrences)} input(s); ${written}`)
  }
  return lines.join('\n')
}

export function formatReplay(results: Replayed[]): string {
  return results.map(({ file, outcome }) => `${file}: ${describe(outcome)}`).join('\n')
}

function describe(outcome: Outcome): string {
  if (outcome.status === 'passed') return `passed (${outcome.kind}, ${Math.round(outcome.ms)} ms)`
  if (outcome.status === 'input-error') return `input error "${outcome.reason}" (fine)`
  return outcome.failures.map((failure) => `${failure.class}  ${failure.message}\n    ${failure.detail.split('\n').slice(0, DETAIL_LINES).join('\n    ')}`).join('\n  ')
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0)
}

function breakdown(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([, a], [, b]) => b - a)
  return entries.length ? `: ${entries.map(([name, n]) => `${name} ${number(n)}`).join(', ')}` : ''
}
