/**
 * Which site a page belongs to, for learning and applying site templates: the host of its URL (JSONL and
 * WARC records), or, for files, the folder that holds them or what a `--site-by` pattern takes from the path.
 */
import path from 'node:path'

/** The host of a URL, without a leading "www." (a site serves the same pages on both); undefined if it is none. */
export function siteOfUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  try {
    const { host } = new URL(url)
    return host ? host.toLowerCase().replace(/^www\./, '') : undefined
  } catch {
    return undefined
  }
}

/**
 * The site of a file: what the pattern matches in its path (its first group, if it has one), or the folder
 * that holds it. A path the pattern does not match belongs to no site.
 */
export function siteOfFile(file: string, siteBy?: RegExp): string | undefined {
  if (!siteBy) return path.dirname(file)
  const match = siteBy.exec(file)
  return match ? (match[1] ?? match[0]) : undefined
}
