/**
 * Site templates: the lines that a site prints on most of its pages (its menu, footer, "most read" box,
 * newsletter prompt), learned over a batch (learner.ts) and cut by the engine with the rule
 * `boilerplate/site-template`. A template set is plain JSON, so that a pipeline can learn once and clean on
 * many machines (`decruft learn -o templates.json`, then `decruft clean --templates templates.json`).
 */
import { readFileSync } from 'node:fs'

/** The version of the file format; a file of another version is refused. */
export const TEMPLATE_FORMAT = 'decruft-site-templates/1'

/** A line is template chrome when it appears on at least this many pages of its site... */
export const TEMPLATE_MIN_PAGES = 3
/** ...and on at least this share of them: a line on a third of a news site's pages is a topic, not its menu. */
export const TEMPLATE_MIN_SHARE = 0.5

export interface SiteLines {
  /** Pages of the site in the batch. */
  pages: number
  /** Template lines, by their normalised form (lowercase words joined by spaces), with the pages that hold them. */
  lines: Record<string, number>
}

export interface TemplateSet {
  format: typeof TEMPLATE_FORMAT
  sites: Record<string, SiteLines>
}

/** What the engine needs of one page's site: how many pages hold a line, if it is template chrome. */
export interface SiteTemplate {
  site: string
  pages: number
  pagesWith(line: { text: string; features: { normalised: string } }): number | undefined
}

/** Why a template line is cut; `readTemplateWhy` reads it back, for the review page's list of templates. */
export function templateWhy(pages: number, sitePages: number, site: string): string {
  return `it appears on ${pages} of the ${sitePages} pages of ${site} in the batch`
}

const TEMPLATE_WHY = /it appears on (\d+) of the (\d+) pages of (\S+) in the batch/

/** The site and the page counts in the reason of a template cut, or null for another reason. */
export function readTemplateWhy(reason: string): { pages: number; sitePages: number; site: string } | null {
  const match = TEMPLATE_WHY.exec(reason)
  return match ? { pages: Number(match[1]), sitePages: Number(match[2]), site: match[3]! } : null
}

export class TemplateFileError extends Error {
  override name = 'TemplateFileError'
}

/**
 * The template of one site, or undefined when the set learned none for it. A dated line (a dateline, a
 * byline with its date) is never template chrome, even when many of the site's articles share a date.
 */
export function siteTemplate(set: TemplateSet, site: string | undefined, isDated: (text: string) => boolean): SiteTemplate | undefined {
  const learned = site !== undefined && Object.hasOwn(set.sites, site) ? set.sites[site] : undefined
  if (!learned || Object.keys(learned.lines).length === 0) return undefined
  const lines = new Map(Object.entries(learned.lines))
  return {
    site: site!,
    pages: learned.pages,
    pagesWith: ({ text, features }) => {
      const pages = lines.get(features.normalised)
      return pages === undefined || isDated(text) ? undefined : pages
    },
  }
}

/** Reads a template file written by `decruft learn`, or says what is wrong with it. */
export function readTemplateFile(file: string): TemplateSet {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : `it is not JSON (${(error as Error).message})`
    throw new TemplateFileError(`Cannot read the site templates ${file}: ${why}; write one with decruft learn -o ${file}.`)
  }
  if (!isTemplateSet(parsed)) {
    throw new TemplateFileError(`${file} is not a site-template file of this version of decruft (format "${TEMPLATE_FORMAT}"); write it again with decruft learn.`)
  }
  return parsed
}

function isTemplateSet(value: unknown): value is TemplateSet {
  if (typeof value !== 'object' || value === null) return false
  const { format, sites } = value as Partial<TemplateSet>
  if (format !== TEMPLATE_FORMAT || typeof sites !== 'object' || sites === null) return false
  return Object.values(sites).every(
    (site: Partial<SiteLines>) =>
      Number.isSafeInteger(site.pages) && typeof site.lines === 'object' && site.lines !== null && Object.values(site.lines).every(Number.isSafeInteger),
  )
}
