/**
 * Writes outputs: files under --out and --report, or standard output.
 * Guarantees that nothing is written outside the chosen folder and that no input file is overwritten.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import path from 'node:path'
import { OutputError, UserError } from './errors.js'
import { fileId } from './walk.js'

/** Where the output for `stem` goes: `folder/stem + extension`, refused if that would leave `folder`. */
export function outputPath(folder: string, stem: string, extension: string): string {
  const target = path.join(folder, stem + extension)
  const relative = path.relative(folder, target)
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new UserError(`Its output ${target} would fall outside ${folder}; decruft writes only inside the --out and --report folders.`)
  }
  return target
}

/** Writes a whole output file, creating its folders first. */
export async function writeOutputFile(target: string, content: string, inputIds: Set<string>): Promise<void> {
  await prepare(target, inputIds)
  try {
    await writeFile(target, content)
  } catch (error) {
    throw new OutputError(target, error)
  }
}

/** A stream that outputs go to, and its name for messages. */
export interface Sink {
  stream: Writable
  name: string
}

export const STDOUT: Sink = { stream: process.stdout, name: 'standard output' }

/** Opens an output file for streaming (JSON Lines), with the same checks as writeOutputFile. */
export async function openOutputStream(target: string, inputIds: Set<string>): Promise<Sink> {
  await prepare(target, inputIds)
  const stream = createWriteStream(target)
  // A failed write is thrown by the next writeChunk or by closeStream; without a listener it would crash the run.
  stream.on('error', () => {})
  try {
    await once(stream, 'open')
  } catch (error) {
    throw new OutputError(target, error)
  }
  return { stream, name: target }
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

async function prepare(target: string, inputIds: Set<string>): Promise<void> {
  try {
    await mkdir(path.dirname(target), { recursive: true })
  } catch (error) {
    throw new OutputError(target, error)
  }
  // Compared by device and inode, so that a link or a second name for an input is caught too.
  const existing = await stat(target).catch(() => undefined)
  if (existing && inputIds.has(fileId(existing))) {
    throw new UserError(`Its output ${target} would overwrite an input file; choose an --out or --report folder that does not hold the inputs.`)
  }
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
