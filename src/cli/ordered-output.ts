/**
 * Results written in input order, each as soon as it and all before it are done: a stream's reader (an
 * engine feeding records one batch at a time) gets every output without having to send more input first.
 * At most `window` documents are in flight; `add` waits for room. A failed write stops the output, and
 * `add` or `finish` throws it, so that the caller gives up on the input.
 */
export type Outcome<T> = { result: T } | { error: unknown }

interface Entry<T> {
  outcome?: Outcome<T>
  write: (outcome: Outcome<T>) => Promise<void>
}

export class OrderedOutput<T> {
  private readonly queue: Entry<T>[] = []
  private writing: Promise<void> = Promise.resolve()
  private failure: { error: unknown } | undefined
  private waiters: (() => void)[] = []

  constructor(private readonly window: number) {}

  /** Adds a document being cleaned, and how to write its outcome; resolves when another may be added. */
  async add(cleaning: Promise<T>, write: (outcome: Outcome<T>) => Promise<void>): Promise<void> {
    const entry: Entry<T> = { write }
    this.queue.push(entry)
    cleaning.then(
      (result) => this.settle(entry, { result }),
      (error: unknown) => this.settle(entry, { error }),
    )
    // The condition is checked and the waiter registered in one step: no write can slip in between.
    while (this.queue.length >= this.window && !this.failure) await this.change()
    if (this.failure) throw this.failure.error
  }

  /** Waits until everything added is written; throws the write that failed, if one did. */
  async finish(): Promise<void> {
    while (this.queue.length > 0 && !this.failure) await this.change()
    if (this.failure) throw this.failure.error
  }

  private change(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private settle(entry: Entry<T>, outcome: Outcome<T>): void {
    entry.outcome = outcome
    this.writing = this.writing.then(() => this.writeReady())
  }

  private async writeReady(): Promise<void> {
    try {
      while (!this.failure && this.queue[0]?.outcome) {
        const entry = this.queue.shift()!
        await entry.write(entry.outcome!)
      }
    } catch (error) {
      this.failure = { error }
    } finally {
      const waiters = this.waiters
      this.waiters = []
      for (const wake of waiters) wake()
    }
  }
}
