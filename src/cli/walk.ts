/**
 * Turns the command line's paths into an ordered list of inputs, walking folders.
 * Nothing is read here; a path that cannot be listed becomes an input that carries its error,
 * so that it is reported in its place and the batch goes on.
 */
import { lstat, readdir, stat } from 'node:fs/promises'
import type { Dirent, Stats } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { UserError } from './errors.js'

export interface Input {
  /** Named in the report: the path as the user would type it, or "-" for standard input. */
  source: string
  /** Named in messages on stderr. */
  label: string
  /** Where the outputs go under --out and --report: the path relative to its root, without extension. */
  stem: string
  /** The file to read; undefined for standard input. */
  file?: string
  /** Set when the path could not be listed; the input is then reported as failed. */
  error?: unknown
}

export interface CollectedInputs {
  inputs: Input[]
  /**
   * Device and inode of every input file, so that no output ever overwrites one (links included), and of every
   * folder walked, so that no output lands where the next run would take it for an input.
   */
  inputIds: Set<string>
}

// A folder with nothing to clean is a mistake worth reporting, not a silent success.
const EMPTY_FOLDER = 'This folder holds no files to clean (hidden files, hidden folders and node_modules are skipped); check the path.'
// Said instead of "no such file" when the path exists but is a link whose target does not.
const BROKEN_LINK = 'This is a symbolic link to a file that does not exist; fix or remove the link.'

const STDIN_INPUT: Input = { source: '-', label: '<stdin>', stem: 'stdin' }

export function fileId(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`
}

/**
 * `--include` patterns, as a shell reads them (picomatch): `*`, `?`, `[abc]` and braces (`*.{txt,html}`),
 * matched against a file's name. A name that starts with a dot is matched like any other: the walk skips
 * hidden files before it asks.
 */
export function nameMatcher(glob: string): RegExp {
  return picomatch.makeRe(glob, { dot: true })
}

/**
 * `include`, when given, keeps only the files in folders whose name matches it; files named directly always count.
 * Folders in `skip` (device and inode: the output folders) are not walked, so that a run never cleans the outputs of
 * the last one.
 */
export async function collectInputs(paths: string[], include?: RegExp, skip = new Set<string>()): Promise<CollectedInputs> {
  const collected: CollectedInputs = { inputs: [], inputIds: new Set() }
  const walk: Walk = { collected, include, skip }
  for (const given of paths) {
    if (given === '-') {
      collected.inputs.push(STDIN_INPUT)
      continue
    }
    let stats: Stats
    try {
      stats = await statOrExplain(given)
    } catch (error) {
      collected.inputs.push({ source: given, label: given, stem: stemOf(path.basename(given)), error })
      continue
    }
    if (stats.isDirectory()) {
      const before = collected.inputs.length
      collected.inputIds.add(fileId(stats))
      await walkFolder(walk, given, given)
      if (collected.inputs.length === before) {
        collected.inputs.push({ source: given, label: given, stem: '', error: new UserError(EMPTY_FOLDER) })
      }
    } else {
      // Not only regular files: a named pipe such as bash's <(command) is read like standard input.
      collected.inputIds.add(fileId(stats))
      collected.inputs.push({ source: given, label: given, stem: stemOf(path.basename(given)), file: given })
    }
  }
  return collected
}

/** What a walk is given and what it finds. */
interface Walk {
  collected: CollectedInputs
  include: RegExp | undefined
  skip: Set<string>
}

/**
 * Depth-first, entries in code-point order, so that every run on every machine lists the same files
 * in the same order. Links to files are followed; links to folders are not, which rules out loops.
 */
async function walkFolder(walk: Walk, root: string, folder: string): Promise<void> {
  const { collected, include } = walk
  let entries: Dirent[]
  try {
    entries = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .sort((a, b) => byCodePoint(a.name, b.name))
  } catch (error) {
    collected.inputs.push({ source: folder, label: folder, stem: '', error })
    return
  }
  for (const entry of entries) {
    const entryPath = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      await walkSubfolder(walk, root, entryPath)
      continue
    }
    if (include && !include.test(entry.name)) continue
    // Sockets and pipes inside a folder are not captures, and opening a pipe could wait forever.
    if (!entry.isFile() && !entry.isSymbolicLink()) continue
    const stem = stemOf(path.relative(root, entryPath))
    let stats: Stats
    try {
      stats = await statOrExplain(entryPath)
    } catch (error) {
      collected.inputs.push({ source: entryPath, label: entryPath, stem, error })
      continue
    }
    if (stats.isFile()) {
      collected.inputIds.add(fileId(stats))
      collected.inputs.push({ source: entryPath, label: entryPath, stem, file: entryPath })
    }
  }
}

/** A folder met in the walk: skipped if it is an output folder, else remembered and walked. */
async function walkSubfolder(walk: Walk, root: string, folder: string): Promise<void> {
  let stats: Stats
  try {
    stats = await stat(folder)
  } catch (error) {
    walk.collected.inputs.push({ source: folder, label: folder, stem: '', error })
    return
  }
  if (walk.skip.has(fileId(stats))) return
  walk.collected.inputIds.add(fileId(stats))
  await walkFolder(walk, root, folder)
}

async function statOrExplain(file: string): Promise<Stats> {
  try {
    return await stat(file)
  } catch (error) {
    if (isErrno(error, 'ENOENT') && (await isSymbolicLink(file))) throw new UserError(BROKEN_LINK)
    throw error
  }
}

async function isSymbolicLink(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isSymbolicLink()
  } catch {
    return false
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code
}

/** "x/y.html" → "x/y", and "x/y.txt.gz" → "x/y": the output's extension replaces the input's, gzip's too. */
function stemOf(relative: string): string {
  const unzipped = isGzipName(relative) ? relative.slice(0, -GZIP_EXTENSION.length) : relative
  const extension = path.extname(unzipped)
  return extension ? unzipped.slice(0, -extension.length) : unzipped
}

const GZIP_EXTENSION = '.gz'

/** Whether a file's name says it is gzipped: such inputs are read through gunzip. */
export function isGzipName(file: string): boolean {
  return file.toLowerCase().endsWith(GZIP_EXTENSION)
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
