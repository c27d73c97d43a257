/**
 * Writes outputs: files under --out and --report, or standard output.
 * Guarantees that nothing is written outside the chosen folder (no link inside it is followed),
 * that no input file is overwritten, and that no output lands in a folder being cleaned.
 */
import { constants } from 'node:fs'
import { lstat, mkdir, open, stat, type FileHandle } from 'node:fs/promises'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import path from 'node:path'
import { OutputError, UserError } from './errors.js'
import { fileId } from './walk.js'

/** An output file, and the folder chosen for it on the command line. */
export interface OutputFile {
  path: string
  /** The --out or --report folder that holds it: no link below it is followed. Absent when the user named the file itself. */
  folder?: string
}

// O_NOFOLLOW makes the open fail if the output became a link after it was checked. Windows has no such flag.
const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW = 0 } = constants
const WRITE_NO_FOLLOW = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW

/** Where the output for `stem` goes: `folder/stem + extension`, refused if that would leave `folder`. */
export function outputPath(folder: string, stem: string, extension: string): OutputFile {
  const target = path.join(folder, stem + extension)
  const relative = path.relative(folder, target)
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new UserError(`Its output ${target} would fall outside ${folder}; decruft writes only inside the --out and --report folders.`)
  }
  return { path: target, folder }
}

/** Writes a whole output file, creating its folders first. */
export async function writeOutputFile(output: OutputFile, content: string, inputIds: Set<string>): Promise<void> {
  const handle = await prepare(output, inputIds)
  try {
    await handle.writeFile(content)
    await handle.close()
  } catch (error) {
    await handle.close().catch(() => {}) // the error to report is the first one
    throw new OutputError(output.path, error)
  }
}

/** A stream that outputs go to, and its name for messages. */
export interface Sink {
  stream: Writable
  name: string
}

export const STDOUT: Sink = { stream: process.stdout, name: 'standard output' }

/** Opens an output file for streaming (JSON Lines, the review page), with the same checks as writeOutputFile. */
export async function openOutputStream(output: OutputFile, inputIds: Set<string>): Promise<Sink> {
  const stream = (await prepare(output, inputIds)).createWriteStream()
  // A failed write is thrown by the next writeChunk or by closeStream; without a listener it would crash the run.
  stream.on('error', () => {})
  return { stream, name: output.path }
}

/** Writes to a sink, waiting when its buffer is full so that a fast producer cannot fill memory. */
export async function writeChunk(sink: Sink, chunk: string): Promise<void> {
  try {
    if (sink.stream.errored) throw sink.stream.errored
    if (!sink.stream.write(chunk)) await once(sink.stream, 'drain')
  } catch (error) {
    throw new OutputError(sink.name, error)
  }
}

/** Flushes and closes an output file; an error it met on the way is thrown here, unless already thrown. */
export async function closeStream(sink: Sink): Promise<void> {
  if (sink.stream.errored) {
    sink.stream.destroy()
    return
  }
  sink.stream.end()
  try {
    await finished(sink.stream)
  } catch (error) {
    throw new OutputError(sink.name, error)
  }
}

/**
 * Creates the output's folders and opens it for writing, refusing a link below the chosen folder, an input file and
 * a folder being cleaned. The chosen folder itself may be a link, since the user named it.
 */
async function prepare(output: OutputFile, inputIds: Set<string>): Promise<FileHandle> {
  await makeFolder(output.folder ?? path.dirname(output.path), output, true)
  if (output.folder !== undefined) await createFoldersBelow(output.folder, output, inputIds)
  // Compared by device and inode, so that a link or a second name for an input is caught too.
  const existing = await stat(output.path).catch(() => undefined)
  if (existing && inputIds.has(fileId(existing))) {
    throw new UserError(`Its output ${output.path} would overwrite an input file; choose an --out or --report folder that does not hold the inputs.`)
  }
  try {
    return await open(output.path, output.folder === undefined ? 'w' : WRITE_NO_FOLLOW)
  } catch (error) {
    throw new OutputError(output.path, error)
  }
}

/**
 * One folder at a time, each checked after it is made, so that a link there (left by an earlier job, or put there
 * meanwhile) cannot send the output outside the chosen folder; the output itself is checked too. Node has no
 * openat(), so a folder swapped for a link between its check and the open is the one case left uncaught.
 * A folder being cleaned can lie below the chosen folder (decruft clean data/raw --out data), and an output there
 * would be cleaned by the next run.
 */
async function createFoldersBelow(folder: string, output: OutputFile, inputIds: Set<string>): Promise<void> {
  const names = path.relative(folder, output.path).split(path.sep)
  let current = folder
  for (const [k, name] of names.entries()) {
    current = path.join(current, name)
    const isOutput = k === names.length - 1
    if (!isOutput) await makeFolder(current, output, false)
    const stats = await lstat(current).catch(() => undefined)
    if (stats?.isSymbolicLink()) throw linkRefused(output, current)
    if (!isOutput && stats && inputIds.has(fileId(stats))) {
      throw new UserError(`Its output ${output.path} would land in ${current}, a folder being cleaned, where the next run would take it for an input; choose an --out or --report folder outside the folders to clean.`)
    }
  }
}

/** Without `recursive`, makes only `folder`, and accepts one already there: the caller checks what it is. */
async function makeFolder(folder: string, output: OutputFile, recursive: boolean): Promise<void> {
  try {
    await mkdir(folder, { recursive })
  } catch (error) {
    if (recursive || (error as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(output.path, error)
  }
}

function linkRefused(output: OutputFile, link: string): UserError {
  const what = link === output.path ? 'is a symbolic link' : `would be written through the symbolic link ${link}`
  return new UserError(`Its output ${output.path} ${what}, which decruft never follows inside an output folder; remove the link or choose another folder.`)
}

/** Two inputs must not share an output name, or the second would silently replace the first's outputs. */
export class OutputNames {
  private readonly owners = new Map<string, string>()

  claim(stem: string, label: string): void {
    const owner = this.owners.get(stem)
    if (owner !== undefined && owner !== label) {
      throw new UserError(`Its outputs would take the name ${stem} that ${owner} already uses; rename one of them or clean them in separate runs.`)
    }
    this.owners.set(stem, label)
  }
}
