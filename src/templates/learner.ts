/**
 * Learns site templates over a batch: per site, on how many pages each line appears. A page counts each of
 * its lines once, so a menu printed twice on one page is still one page's worth of evidence.
 */
import { normalise } from '../text/features.js'
import { TEMPLATE_FORMAT, TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE, type SiteLines, type TemplateSet } from './template-set.js'

/**
 * Distinct lines tracked per site. Past it, the lines seen on the fewest pages are forgotten: a template line
 * is on half the site's pages, so it recurs within the first pages and its count keeps it. This bounds the
 * memory of a site with a million pages to its template and a sample of its articles' lines.
 */
const MAX_TRACKED_LINES = 200_000

interface SiteCounts {
  pages: number
  lines: Map<string, number>
}

export class TemplateLearner {
  private readonly sites = new Map<string, SiteCounts>()

  /** Adds one page of a site: its lines as the page shows them (a capture's lines, an HTML page's blocks). */
  addPage(site: string, lines: Iterable<string>): void {
    let counts = this.sites.get(site)
    if (!counts) this.sites.set(site, (counts = { pages: 0, lines: new Map() }))
    counts.pages++
    const seen = new Set<string>()
    for (const line of lines) {
      const key = normalise(line)
      if (!key || seen.has(key)) continue
      seen.add(key)
      counts.lines.set(key, (counts.lines.get(key) ?? 0) + 1)
    }
    if (counts.lines.size > MAX_TRACKED_LINES) forgetRarest(counts.lines)
  }

  /** The template lines of every site: on at least TEMPLATE_MIN_PAGES pages and TEMPLATE_MIN_SHARE of them. */
  templates(): TemplateSet {
    const sites: Record<string, SiteLines> = {}
    for (const [site, { pages, lines }] of [...this.sites].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const needed = Math.max(TEMPLATE_MIN_PAGES, Math.ceil(pages * TEMPLATE_MIN_SHARE))
      const template = [...lines].filter(([, count]) => count >= needed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      sites[site] = { pages, lines: Object.fromEntries(template) }
    }
    return { format: TEMPLATE_FORMAT, sites }
  }
}

/** Drops the lines seen on the fewest pages until at most half the cap is left. */
function forgetRarest(lines: Map<string, number>): void {
  for (let floor = 1; lines.size > MAX_TRACKED_LINES / 2; floor++) {
    for (const [key, count] of lines) if (count <= floor) lines.delete(key)
  }
}
