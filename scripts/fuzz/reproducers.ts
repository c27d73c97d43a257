/**
 * Writes a failure's reproducer: the input as <class>-<hash>.html, .txt, or .bin when it is not UTF-8 (an
 * editor would change it), and beside it a .json that says what failed and where the input came from.
 * The hash is the failure's key, so that a later run that finds the same failure replaces the file.
 */
import { isUtf8 } from 'node:buffer'
import { createHash } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { detectKind } from '../../src/input/detect-kind.js'
import type { FoundFailure } from './tally.js'

export interface ReproducerInfo {
  seed: number
  scale: number
  /** The input as written: shrunk, or as found. */
  bytes: Uint8Array
  /** Attempts the shrinker made; null when the input was not shrunk. */
  shrinkAttempts: number | null
}

const EXTENSIONS = ['.html', '.txt', '.bin']

/** Writes the input and its .json into `dir`; returns the input's path. */
export async function writeReproducer(dir: string, found: FoundFailure, { seed, scale, bytes, shrinkAttempts }: ReproducerInfo): Promise<string> {
  const base = path.join(dir, `${found.failure.class.replace(':', '-')}-${createHash('sha256').update(found.key).digest('hex').slice(0, 10)}`)
  const file = base + extensionOf(bytes)
  await mkdir(dir, { recursive: true })
  // A shrunk input may be of another kind than the one first written.
  await Promise.all(EXTENSIONS.map((extension) => rm(base + extension, { force: true })))
  await writeFile(file, bytes)
  const { example, failure } = found
  const description = {
    class: failure.class,
    message: failure.message,
    detail: failure.detail,
    input: path.basename(file),
    bytes: bytes.length,
    foundBytes: example.bytes.length,
    shrinkAttempts,
    occurrences: found.occurrences,
    seed,
    scale,
    index: example.index,
    source: example.source,
    mutators: example.mutators,
    replay: `npm run fuzz -- --replay ${file}`,
  }
  await writeFile(base + '.json', JSON.stringify(description, null, 2) + '\n')
  return file
}

function extensionOf(bytes: Uint8Array): string {
  if (!isUtf8(bytes)) return '.bin'
  return detectKind(new TextDecoder().decode(bytes)) === 'html' ? '.html' : '.txt'
}
