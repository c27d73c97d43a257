/**
 * The report is built from the vfile's messages, the unified way to say what a plugin did: one message per
 * cut and one info message per warning, each carrying what it reports.
 */
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { REPORT_VERSION, type Category, type Cut, type InputKind, type Report, type Warning } from '../types.js'

const SOURCE = 'decruft'

/** A vfile message that carries the cut it reports. */
type CutMessage = VFile['messages'][number] & { cut: Cut }
/** A vfile message that carries the warning it reports. */
type WarningMessage = VFile['messages'][number] & { warning: Warning }

export function recordCuts(file: VFile, cuts: Cut[]): void {
  const place = location(file)
  // A vfile message is an Error: capturing a stack trace, which would only name this function, is most of the
  // cost of making one, and a page may have hundreds of cuts.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const cut of cuts) {
      const message = file.message(cut.reason, {
        place: { start: place.toPoint(cut.start)!, end: place.toPoint(cut.end)! },
        ruleId: cut.rule,
        source: SOURCE,
      })
      Object.assign(message, { cut })
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

export function recordWarning(file: VFile, warning: Warning): void {
  const message = file.info(warning.message, { source: SOURCE, ruleId: warning.id })
  Object.assign(message, { warning })
}

/**
 * `visible` replaces the character counts for HTML pages, whose reports count visible text: a cut's span
 * there runs over markup too.
 */
export function buildReport(
  file: VFile,
  kind: InputKind,
  language: string | null,
  visible?: { inputChars: number; cutChars: number },
): Report {
  const input = String(file.value)
  const cuts: Cut[] = []
  const warnings: Warning[] = []
  for (const message of file.messages) {
    if ('cut' in message) cuts.push((message as CutMessage).cut)
    else if ('warning' in message) warnings.push((message as WarningMessage).warning)
  }
  const byCategory: Partial<Record<Category, number>> = {}
  let cutChars = 0
  for (const cut of cuts) {
    byCategory[cut.category] = (byCategory[cut.category] ?? 0) + 1
    cutChars += cut.end - cut.start
  }
  return {
    decruft: REPORT_VERSION,
    source: file.path ?? '-',
    kind,
    language,
    stats: visible
      ? { inputChars: visible.inputChars, keptChars: visible.inputChars - visible.cutChars, cutChars: visible.cutChars, cuts: cuts.length, byCategory }
      : { inputChars: input.length, keptChars: input.length - cutChars, cutChars, cuts: cuts.length, byCategory },
    cuts,
    warnings,
  }
}
