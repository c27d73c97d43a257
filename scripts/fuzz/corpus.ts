/**
 * What the fuzzer mutates: the golden samples' inputs and, when the shared folder is there, the dev set's
 * pages and captures; or the folders named with --corpus instead.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { evalDirFor } from '../bench/dev-set.js'

export interface CorpusFile {
  path: string
  /** As summaries and reproducers name it: relative to the repository. */
  label: string
  /** An HTML page (by its extension): the tag mutators apply to it. */
  html: boolean
}

export interface Corpus {
  files: CorpusFile[]
  /** What was left out and why, for the summary. */
  notes: string[]
}

export class CorpusError extends Error {
  override name = 'CorpusError'
}

const INPUT_FILE = /\.(?:html?|txt)$/i
/** A golden sample's expected output is the cleaner's own output, not an input from the field. */
const EXPECTED_FILE = /^expected\./

/**
 * The files of `dirs`, walked recursively; without `dirs`, the samples and the dev set's html/ and capture/
 * folders (those are skipped with a note when absent, as in CI, which has no shared folder).
 */
export function loadCorpus(repoRoot: string, dirs: string[] | null): Corpus {
  const notes: string[] = []
  let roots = dirs
  if (roots === null) {
    const devDir = path.join(evalDirFor(repoRoot), 'dev')
    const devRoots = [path.join(devDir, 'html'), path.join(devDir, 'capture')]
    roots = [path.join(repoRoot, 'samples'), ...devRoots.filter((dir) => existsSync(dir))]
    if (roots.length === 1) notes.push(`No dev pages at ${devDir} (set DECRUFT_EVAL_DIR, or name folders with --corpus): fuzzing the samples only.`)
  }
  const files = roots.flatMap((root) => {
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new CorpusError(`The corpus folder ${root} does not exist.`)
    return walk(root).map((file) => ({ path: file, label: path.relative(repoRoot, file), html: !file.endsWith('.txt') }))
  })
  if (files.length === 0) throw new CorpusError(`No .html or .txt files in ${roots.join(', ')}.`)
  return { files, notes }
}

export function readCorpusFile(file: CorpusFile): Uint8Array {
  return new Uint8Array(readFileSync(file.path))
}

/** Sorted, so that a seed picks the same files whatever order the file system lists them in. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) return walk(file)
      return entry.isFile() && INPUT_FILE.test(entry.name) && !EXPECTED_FILE.test(entry.name) ? [file] : []
    })
}
