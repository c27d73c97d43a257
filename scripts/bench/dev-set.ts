/**
 * The shared dev set: where it lives, its index and gold texts, and the inputs a mode reads.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { PageSnippets } from './metrics.js'

export interface DevPage {
  id: string
  /** `wx` (WCXB sample), `rd` (Readability fixtures), `dg` (Dragnet) or `cp` (CleanPortalEval): the id's prefix, as score.mjs groups them. */
  subset: string
  pageType: string
  /** The page's declared language (rd pages only, and not all of them), as its primary subtag. */
  lang: string | null
  snippets: PageSnippets
  gold: string
}

interface IndexEntry {
  id: string
  pageType: string
  lang?: string
  with?: string[]
  without?: string[]
}

/** "en-US", "en-us" and "en" are one language for a per-language breakdown. */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase()
}

/** DECRUFT_EVAL_DIR, or the shared folder beside the repository. */
export function evalDirFor(repoRoot: string): string {
  return process.env.DECRUFT_EVAL_DIR ?? path.resolve(repoRoot, '../shared/eval')
}

export function scorerPath(evalDir: string): string {
  return path.join(evalDir, 'score.mjs')
}

/** The dev set is usable when both its index and the reference scorer are there. */
export function hasDevSet(evalDir: string): boolean {
  return existsSync(path.join(evalDir, 'dev/index.json')) && existsSync(scorerPath(evalDir))
}

/** Every page of the index, in index order (the order score.mjs scores in), with its gold text. */
export async function loadDevSet(evalDir: string): Promise<DevPage[]> {
  const index = JSON.parse(await readFile(path.join(evalDir, 'dev/index.json'), 'utf8')) as IndexEntry[]
  return Promise.all(
    index.map(async (entry) => ({
      id: entry.id,
      subset: entry.id.slice(0, 2),
      pageType: entry.pageType,
      lang: entry.lang ? primaryLanguage(entry.lang) : null,
      snippets: { with: entry.with, without: entry.without, comments: await readComments(evalDir, entry.id) },
      gold: await readFile(path.join(evalDir, 'dev/gold', `${entry.id}.txt`), 'utf8'),
    })),
  )
}

/** The reader comments kept apart from a page's article, if it has any (dev/noise/<id>.comments.txt). */
async function readComments(evalDir: string, id: string): Promise<string | undefined> {
  const file = path.join(evalDir, 'dev/noise', `${id}.comments.txt`)
  return existsSync(file) ? readFile(file, 'utf8') : undefined
}

/** Reads each page's input (e.g. `capture/<id>.txt` under dev/) as bytes, the way a user's files arrive. */
export async function readInputs(
  evalDir: string,
  pages: DevPage[],
  inputPath: (id: string) => string,
): Promise<Map<string, Uint8Array>> {
  const entries = await Promise.all(
    pages.map(async (page) => [page.id, await readFile(path.join(evalDir, 'dev', inputPath(page.id)))] as const),
  )
  return new Map(entries)
}
