/**
 * The terminal view of one document's cuts, in the manner of a diff: every line of the input, the cut ones
 * marked "-" with their category and rule id in the margin. Pure: the command line decides on colour.
 */
import type { Cut, Report } from '../types.js'

export interface ExplainOptions {
  /** Only the cut lines, with "⋮" where kept text was left out. */
  onlyCuts: boolean
  /** ANSI colours: the cut lines in red, line numbers dimmed. */
  colour: boolean
}

/** How a line fared: every non-blank character cut, some of them, or none. */
export type LineFate = 'cut' | 'partly-cut' | 'kept'

export interface ExplainedLine {
  /** 1-based. */
  number: number
  text: string
  fate: LineFate
  /** The first cut that touches the line. */
  cut?: Cut
  /** For a partly cut line: the ranges of `text` that were cut. */
  cutRanges: [number, number][]
}

const MARKERS: Record<LineFate, string> = { cut: '-', 'partly-cut': '~', kept: ' ' }
const RED = '\x1b[31m'
const BOLD = '\x1b[1m'
const DIM = '\x1b[2m'
const RESET = '\x1b[0m'

/** Each line of the input with what the report's cuts did to it. Blank lines count as kept. */
export function explainLines(input: string, report: Report): ExplainedLine[] {
  const cuts = [...report.cuts].sort((a, b) => a.start - b.start)
  const lines: ExplainedLine[] = []
  let first = 0 // the first cut that may still reach the current line or a later one
  const pattern = /[^\n]*\n|[^\n]+$/g
  let number = 0
  for (const match of input.matchAll(pattern)) {
    number++
    const start = match.index
    const text = match[0].replace(/\r?\n$/, '')
    const end = start + text.length
    while (first < cuts.length && cuts[first]!.end <= start) first++
    const cutRanges: [number, number][] = []
    let touching: Cut | undefined
    for (let k = first; k < cuts.length && cuts[k]!.start < end; k++) {
      const cut = cuts[k]!
      if (cut.end <= start) continue
      const from = Math.max(cut.start, start) - start
      const to = Math.min(cut.end, end) - start
      if (text.slice(from, to).trim() === '') continue
      touching ??= cut
      cutRanges.push([from, to])
    }
    lines.push({ number, text, fate: fateOf(text, cutRanges), ...(touching && { cut: touching }), cutRanges })
  }
  return lines
}

function fateOf(text: string, cutRanges: [number, number][]): LineFate {
  if (cutRanges.length === 0) return 'kept'
  let left = text
  for (const [from, to] of cutRanges) left = left.slice(0, from) + ' '.repeat(to - from) + left.slice(to)
  return left.trim() === '' ? 'cut' : 'partly-cut'
}

/** The view as lines of text, without line ends. */
export function explainDocument(input: string, report: Report, options: ExplainOptions): string[] {
  const lines = explainLines(input, report)
  const numberWidth = String(lines.length).length
  const categoryWidth = Math.max(0, ...report.cuts.map((cut) => cut.category.length))
  const ruleWidth = Math.max(0, ...report.cuts.map((cut) => cut.rule.length))
  const paint = (code: string, text: string) => (options.colour && text !== '' ? `${code}${text}${RESET}` : text)

  const out: string[] = []
  // With onlyCuts: whether kept text was left out since the last line printed (blank lines do not count).
  let skippedText = false
  for (const line of lines) {
    if (options.onlyCuts && line.fate === 'kept') {
      skippedText ||= out.length > 0 && line.text.trim() !== ''
      continue
    }
    if (skippedText) out.push(paint(DIM, `${' '.repeat(numberWidth)} ⋮`))
    skippedText = false
    const number = paint(DIM, String(line.number).padStart(numberWidth))
    const category = (line.cut?.category ?? '').padEnd(categoryWidth)
    const rule = (line.cut?.rule ?? '').padEnd(ruleWidth)
    const margin =
      line.fate === 'kept' ? `  ${category} ${rule}`
      : options.colour ? `${RED}${MARKERS[line.fate]} ${BOLD}${category}${RESET}${RED} ${rule}${RESET}`
      : `${MARKERS[line.fate]} ${category} ${rule}`
    const separator = categoryWidth > 0 ? ' │ ' : ' '
    out.push(`${number} ${margin}${separator}${lineText(line, options.colour)}`.trimEnd())
  }
  return out
}

function lineText(line: ExplainedLine, colour: boolean): string {
  if (!colour || line.fate === 'kept') return line.text
  if (line.fate === 'cut') return `${RED}${line.text}${RESET}`
  let text = ''
  let at = 0
  for (const [from, to] of line.cutRanges) {
    text += line.text.slice(at, from) + `${RED}${line.text.slice(from, to)}${RESET}`
    at = to
  }
  return text + line.text.slice(at)
}
