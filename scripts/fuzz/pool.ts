/**
 * The fuzzer's worker processes: one long-lived child per job slot (worker.ts), each with one cleaner and a
 * bounded heap, so that an input that exhausts memory kills its child and not the machine. The parent times
 * every input (in CPU time where it can, so that a busy machine does not make hangs): past the limit it
 * kills the child and records a hang; a child that dies records a crash.
 * Either way a fresh child takes the slot for the next input.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { cpuTimeMs } from './cpu-time.js'
import { deathFailure, hangFailure, invariantFailure, thrownFailure, type Failure, type Outcome } from './outcome.js'
import { STALL_MARKER, type Job, type WorkerMessage } from './protocol.js'

export interface PoolOptions {
  jobs: number
  /** The time limit of one cleaning. */
  timeoutMs: number
  /** Each child's old-space limit. */
  heapMb: number
}

const WORKER_SCRIPT = fileURLToPath(new URL('./worker.js', import.meta.url))
/** The checks parse a page again and walk every cut: they get this many times the cleaning's limit. */
const CHECK_TIME_FACTOR = 2
/** The watchdog writes its stack at this share of the limit, so that it is out before the child is killed. */
const STALL_SHARE = 0.8
/** How long past the limit a stuck child may take to write that stack: enabling the debugger takes a moment. */
const STALL_GRACE_MS = 1500
/**
 * A step's limit is on its CPU time where the system reports it (cpu-time.ts), but a step that gets so
 * little of a core that it takes this many times its limit in wall time is over it too.
 */
const MAX_WALL_FACTOR = 4
/** The least wait before a step's CPU time is read again. */
const MIN_RECHECK_MS = 100
/** Tries to start a child before the run gives up. */
const START_ATTEMPTS = 3
/** How much of a child's stderr is kept: enough for a fatal error's message and its stack. */
const STDERR_TAIL_CHARS = 64 * 1024

export class WorkerPool {
  private readonly slots: { worker: Promise<WorkerProcess> | null }[]
  private readonly idle: number[]
  private readonly waiting: ((slot: number) => void)[] = []

  constructor(private readonly options: PoolOptions) {
    this.slots = Array.from({ length: options.jobs }, () => ({ worker: null }))
    this.idle = this.slots.map((_, i) => i)
  }

  /** Cleans one input in the next free child and checks the result. */
  async run(bytes: Uint8Array, source: string): Promise<Outcome> {
    const slotIndex = this.idle.pop() ?? (await new Promise<number>((resolve) => this.waiting.push(resolve)))
    const slot = this.slots[slotIndex]!
    try {
      let worker = await (slot.worker ??= this.start())
      // Gone since its last input (an error it left behind killed it): a child that could take no input.
      if (!worker.alive) worker = await (slot.worker = this.start())
      const outcome = await worker.run({ bytes, source, stallMs: this.options.timeoutMs * STALL_SHARE }, this.options.timeoutMs)
      if (!worker.alive) slot.worker = null
      return outcome
    } catch (error) {
      slot.worker = null
      throw error
    } finally {
      const next = this.waiting.shift()
      if (next) next(slotIndex)
      else this.idle.push(slotIndex)
    }
  }

  /**
   * A child can fail to start for reasons of the machine (a signal from another process, a moment without
   * memory), so a start is tried again; a worker script that cannot load fails every time.
   */
  private async start(): Promise<WorkerProcess> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await WorkerProcess.start(this.options.heapMb)
      } catch (error) {
        if (attempt === START_ATTEMPTS) throw error
      }
    }
  }

  async close(): Promise<void> {
    const workers = await Promise.allSettled(this.slots.map((slot) => slot.worker))
    for (const worker of workers) if (worker.status === 'fulfilled') worker.value?.stop()
  }
}

class WorkerProcess {
  alive = true
  private stderr = ''
  /** Called when the child has exited and its stderr is read to the end. */
  private onClose: ((code: number | null, signal: string | null) => void) | null = null

  private constructor(private readonly child: ChildProcess) {
    child.stderr!.setEncoding('utf8')
    child.stderr!.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL_CHARS)
    })
    child.on('close', (code, signal) => {
      this.alive = false
      this.onClose?.(code, signal)
    })
    // A send to a child that just died fails here; its 'close' says what happened.
    child.on('error', () => {})
  }

  static start(heapMb: number): Promise<WorkerProcess> {
    const child = fork(WORKER_SCRIPT, [], {
      execArgv: [`--max-old-space-size=${heapMb}`],
      // Structured clone, so that inputs travel as bytes rather than as JSON arrays of numbers.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    })
    const worker = new WorkerProcess(child)
    return new Promise((resolve, reject) => {
      child.once('message', () => {
        worker.onClose = null
        resolve(worker)
      })
      worker.onClose = (code, signal) => reject(new Error(`A fuzz worker could not start (${signal ?? `exit code ${code}`}):\n${worker.stderr.trim()}`))
    })
  }

  run(job: Job, timeoutMs: number): Promise<Outcome> {
    return new Promise((resolve) => {
      let cleaned: Extract<WorkerMessage, { type: 'cleaned' }> | null = null
      const finish = (outcome: Outcome) => {
        clearTimeout(timer)
        this.child.off('message', onMessage)
        this.onClose = null
        resolve(outcome)
      }
      const sent = performance.now()
      // A death or an error in the checks has no time of the worker's: the parent's clock says how long it took.
      const failed = (failure: Failure, ms = cleaned?.ms ?? performance.now() - sent) => finish({ status: 'failed', failures: [failure], ms })
      let timer: NodeJS.Timeout | undefined
      /**
       * Times a step (the cleaning, then the checks): from when its wall time reaches the limit, it is over once
       * its CPU time reaches it too (or at once where no CPU time is reported), or once its wall time reaches
       * MAX_WALL_FACTOR times the limit.
       */
      const arm = (limitMs: number) => {
        const wallStart = performance.now()
        const cpuStart = cpuTimeMs(this.child.pid)
        const check = () => {
          const cpuUsed = cpuStart === null ? null : (cpuTimeMs(this.child.pid) ?? Infinity) - cpuStart
          const wallUsed = performance.now() - wallStart
          if (cpuUsed !== null && cpuUsed < limitMs && wallUsed < limitMs * MAX_WALL_FACTOR) timer = setTimeout(check, Math.max(limitMs - cpuUsed, MIN_RECHECK_MS))
          else onTimeout()
        }
        clearTimeout(timer)
        timer = setTimeout(check, limitMs)
      }
      const onTimeout = () => {
        // Past the limit, an answer no longer counts: the input hung.
        this.child.off('message', onMessage)
        // The hang is named once the child is gone and its stderr (with the watchdog's stack) is read.
        this.onClose = () => {
          if (cleaned) failed({ class: 'check-error', message: `the checks ran over ${timeoutMs * CHECK_TIME_FACTOR} ms`, detail: '' })
          else failed(hangFailure(timeoutMs, this.stderr), timeoutMs)
        }
        if (cleaned || this.stallWritten()) this.child.kill('SIGKILL')
        else this.afterStall(STALL_GRACE_MS).then(() => this.child.kill('SIGKILL'))
      }
      const onMessage = (message: WorkerMessage) => {
        switch (message.type) {
          case 'input-error':
            return finish({ status: 'input-error', reason: message.reason, ms: message.ms })
          case 'error':
            return failed(thrownFailure('crash', message.message, message.stack), message.ms)
          case 'cleaned':
            cleaned = message
            arm(timeoutMs * CHECK_TIME_FACTOR)
            return
          case 'checked':
            if (message.problems.length === 0) return finish({ status: 'passed', kind: cleaned!.kind, ms: cleaned!.ms })
            return finish({ status: 'failed', failures: message.problems.map(invariantFailure), ms: cleaned!.ms })
          case 'check-error':
            return failed(thrownFailure('check-error', message.message, message.stack))
        }
      }
      // Only this input's stderr names its failure.
      this.stderr = ''
      arm(timeoutMs)
      this.onClose = (code, signal) => failed(deathFailure(cleaned ? 'check-error' : 'crash', code, signal, this.stderr))
      this.child.on('message', onMessage)
      this.child.send(job, (error) => error && this.child.kill('SIGKILL'))
    })
  }

  /** Whether the watchdog has written a whole stack line for the current input. */
  private stallWritten(): boolean {
    const at = this.stderr.lastIndexOf(STALL_MARKER)
    return at !== -1 && this.stderr.indexOf('\n', at) !== -1
  }

  /** Resolves once the watchdog's stack is written, or after `ms`. */
  private afterStall(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.child.stderr!.off('data', check)
        resolve()
      }
      const check = () => this.stallWritten() && done()
      const timer = setTimeout(done, ms)
      this.child.stderr!.on('data', check)
    })
  }

  stop(): void {
    this.child.kill()
  }
}
