/** The golden samples in samples/<category>--<slug>/: input, expected text and expected report. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export const ROOT = process.cwd()
export const SAMPLES_DIR = join(ROOT, 'samples')

export interface Sample {
  name: string
  dir: string
  /** input.txt (a capture) or input.html (a page). */
  inputPath: string
  kind: 'text' | 'html'
  /** As the report names it: relative to the repository, so expected reports do not depend on the checkout. */
  source: string
}

export function listSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.includes('--'))
    .map((entry) => {
      const dir = join(SAMPLES_DIR, entry.name)
      const kind = existsSync(join(dir, 'input.html')) ? ('html' as const) : ('text' as const)
      const inputPath = join(dir, kind === 'html' ? 'input.html' : 'input.txt')
      return { name: entry.name, dir, inputPath, kind, source: relative(ROOT, inputPath) }
    })
    .filter((sample) => existsSync(sample.inputPath))
    .sort((a, b) => a.name.localeCompare(b.name))
}

export function readInput(sample: Sample): string {
  return readFileSync(sample.inputPath, 'utf8')
}
