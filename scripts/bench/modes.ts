/**
 * The bench's modes. A mode names the dev-set input it reads and the runners it compares on it.
 */
import { decruftRunner, rawInputBaseline, type Runner } from './runners.js'
import { articleExtractorRunner, defuddleRunner, readabilityRunner } from './peers.js'

export interface Mode {
  name: string
  /** The page's input file under the dev set's dev/ folder. */
  inputPath(id: string): string
  /**
   * Creates the runners afresh for a run. The first is decruft: the speed floor and the breakdowns are
   * about it, and every other runner is compared with it.
   */
  createRunners(): Runner[]
  /**
   * Timed passes per runner, the fastest kept (see measure.ts). Text mode takes three: a pass lasts seconds,
   * and other load on a shared machine only ever slows a pass down (bench/NOTES.md has the spread). HTML
   * mode takes one, as a pass of its four tools lasts minutes; its floor is a ratio within the run, which
   * shared load moves less.
   */
  timedPasses: number
}

export const MODES: Mode[] = [
  {
    name: 'text',
    inputPath: (id) => `capture/${id}.txt`,
    createRunners: () => [decruftRunner('text'), rawInputBaseline('raw capture')],
    timedPasses: 3,
  },
  {
    name: 'html',
    inputPath: (id) => `html/${id}.html`,
    createRunners: () => [decruftRunner('html'), readabilityRunner(), defuddleRunner(), articleExtractorRunner()],
    timedPasses: 1,
  },
]
