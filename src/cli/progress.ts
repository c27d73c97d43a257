/**
 * The progress line of a batch on a terminal: documents done and failed, documents per second and, when the
 * batch's size is known, the time left. It is redrawn in place on stderr at most a few times a second, and
 * wiped before any other line is printed, so that messages never mix with it.
 */

/** What the line is drawn on: stderr, or a stand-in in tests. */
export interface ProgressTerminal {
  write(text: string): unknown
  /** The terminal's width: the line is cut to it, so that it never wraps and can be redrawn in place. */
  columns?: number
}

/** A terminal that does not say its width (0, as some report under `script`) is taken to be this wide. */
const DEFAULT_COLUMNS = 80
/** Redraws at most this often: a batch of small documents would otherwise spend its time drawing. */
const REDRAW_MS = 200

export class ProgressLine {
  private readonly started: number
  private drawnAt = -Infinity
  private shown = false

  constructor(
    private readonly terminal: ProgressTerminal,
    /** Documents in the batch, when known beforehand (files; not a stream of records). */
    private readonly total: number | undefined,
    private readonly unit: 'file' | 'record',
    private readonly now: () => number = Date.now,
  ) {
    this.started = now()
  }

  update(done: number, failed: number): void {
    const time = this.now()
    if (time - this.drawnAt < REDRAW_MS) return
    this.drawnAt = time
    const seconds = (time - this.started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const parts = [`${done.toLocaleString('en-US')}${this.total === undefined ? '' : ` of ${this.total.toLocaleString('en-US')}`} ${this.unit}s`, `${failed} failed`]
    if (seconds >= 1) parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)} ${this.unit}s/s`)
    if (this.total !== undefined && rate > 0 && done < this.total) parts.push(`about ${duration((this.total - done) / rate)} left`)
    const line = `decruft: ${parts.join(', ')}`
    this.terminal.write(`\r${line.slice(0, (this.terminal.columns || DEFAULT_COLUMNS) - 1)}\x1b[K`)
    this.shown = true
  }

  /** Wipes the line, before a message or at the end. */
  clear(): void {
    if (!this.shown) return
    this.terminal.write('\r\x1b[K')
    this.shown = false
    // The next update draws at once: the line should not stay away for long after a message.
    this.drawnAt = -Infinity
  }
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`
  return `${(seconds / 3600).toFixed(1)} h`
}
