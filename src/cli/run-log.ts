/**
 * Tells the user on stderr how the run went: one line per failure or warning, a summary at the end,
 * and the exit code that follows from it.
 */
import type { Report } from '../index.js'
import { describeError } from './errors.js'
import type { ProgressLine } from './progress.js'

export interface RunLogOptions {
  /** Print stack traces after the one-line messages. */
  debug: boolean
  /** Leave out the summary line. */
  quiet: boolean
  /** A record that could not be cleaned fails the run too (--strict); else its error record says so. */
  strictRecords: boolean
  /** A progress line to keep up to date, on a terminal (progress.ts). */
  progress?: ProgressLine
}

export class RunLog {
  private cleaned = 0
  private failures = 0
  private failedRecords = 0
  /** WARC records passed over, by what they are ("request record", "non-HTML response"). */
  private readonly skips = new Map<string, number>()
  private inputChars = 0
  private cutChars = 0
  private cuts = 0

  constructor(private readonly options: RunLogOptions) {}

  /** Counts a cleaned document and prints the warnings of its report. */
  succeeded(where: string, report: Report): void {
    this.cleaned++
    this.inputChars += report.stats.inputChars
    this.cutChars += report.stats.cutChars
    this.cuts += report.stats.cuts
    for (const warning of report.warnings) this.print(`decruft: ${where}: warning: ${warning.message}`)
    this.showProgress()
  }

  failed(where: string, error: unknown): void {
    this.failures++
    this.printError(where, error)
    this.showProgress()
  }

  /**
   * A --jsonl record that could not be cleaned, and has an error record in the output: the stream went on,
   * so it fails the run only under --strict. `silent` leaves it off stderr (an input of malformed lines).
   */
  recordFailed(where: string, error: unknown, silent = false): void {
    this.failedRecords++
    if (!silent) this.printError(where, error)
    this.showProgress()
  }

  /** A record of a WARC file that holds no page to clean. */
  skipped(what: string): void {
    this.skips.set(what, (this.skips.get(what) ?? 0) + 1)
  }

  /** A line that is not a failure of its own, such as why an input was given up on. */
  notice(where: string, sentence: string): void {
    this.print(`decruft: ${where}: ${sentence}`)
  }

  get exitCode(): 0 | 1 {
    return this.failures > 0 || (this.options.strictRecords && this.failedRecords > 0) ? 1 : 0
  }

  /** "Cleaned N files (M failed); removed X of Y characters in Z cuts.", when there was more than one. */
  printSummary(unit: 'file' | 'record'): void {
    this.options.progress?.clear()
    const failed = this.failures + this.failedRecords
    if (this.options.quiet || (this.cleaned + failed <= 1 && this.skips.size === 0)) return
    const skipped = [...this.skips].map(([what, times]) => count(times, what)).join(', ')
    printLine(
      `Cleaned ${count(this.cleaned, unit)} (${failed} failed); removed ${number(this.cutChars)} of ${count(this.inputChars, 'character')} in ${count(this.cuts, 'cut')}` +
        (skipped ? `; skipped ${skipped}.` : '.'),
    )
  }

  /** The error's sentence, and with --debug its stack. */
  private printError(where: string, error: unknown): void {
    this.print(`decruft: ${where}: ${describeError(error)}`)
    if (this.options.debug) printStack(error)
  }

  private print(line: string): void {
    this.options.progress?.clear()
    printLine(line)
  }

  private showProgress(): void {
    this.options.progress?.update(this.cleaned + this.failures + this.failedRecords, this.failures + this.failedRecords)
  }
}

export function printLine(line: string): void {
  process.stderr.write(`${line}\n`)
}

/** For --debug: the stack of the error and of every error it wraps. */
export function printStack(error: unknown): void {
  if (!(error instanceof Error)) return
  if (error.stack) printLine(error.stack)
  if (error.cause !== undefined) printStack(error.cause)
}

function count(value: number, noun: string): string {
  return `${number(value)} ${noun}${value === 1 ? '' : 's'}`
}

function number(value: number): string {
  return value.toLocaleString('en-US')
}
