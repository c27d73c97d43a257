/**
 * The page's metadata from its meta tags and JSON-LD, read before Readability's pass changes the page.
 * Readability reads the same sources (and cleans the title of a site-name suffix); its values come first
 * when it finds an article, these stand in when it does not.
 */
export interface PageMetadata {
  title: string | null
  byline: string | null
  publishedTime: string | null
  siteName: string | null
  description: string | null
  /** The page's own address, for resolving relative links in Markdown. */
  url: string | null
}

export function readMetadata(document: Document): PageMetadata {
  // One pass over the meta tags: a selector query per name costs more than the whole pass.
  const metas = new Map<string, string>()
  for (const element of document.getElementsByTagName('meta')) {
    const name = (element.getAttribute('property') ?? element.getAttribute('name'))?.trim().toLowerCase()
    const content = element.getAttribute('content')?.trim()
    if (name && content && !metas.has(name)) metas.set(name, content)
  }
  const meta = (...names: string[]) => {
    for (const name of names) {
      const value = metas.get(name.toLowerCase())
      if (value) return value
    }
    return null
  }
  const ld = readJsonLd(document)
  return {
    title: meta('og:title', 'twitter:title') ?? text(ld?.headline) ?? (document.title.trim() || null),
    byline: meta('author', 'article:author') ?? nameOf(ld?.author),
    publishedTime: meta('article:published_time', 'datePublished', 'date') ?? text(ld?.datePublished),
    siteName: meta('og:site_name') ?? nameOf(ld?.publisher),
    description: meta('og:description', 'description', 'twitter:description') ?? text(ld?.description),
    url: absoluteUrl(canonicalOf(document)) ?? absoluteUrl(meta('og:url')),
  }
}

type JsonLd = Record<string, unknown>

function canonicalOf(document: Document): string | null {
  for (const link of document.getElementsByTagName('link')) if (link.getAttribute('rel')?.toLowerCase() === 'canonical') return link.getAttribute('href')
  return null
}

/** The first JSON-LD object that describes an article (or anything with a headline). Broken JSON is skipped. */
function readJsonLd(document: Document): JsonLd | null {
  for (const script of document.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const graph = Array.isArray(data) ? data : ((data as JsonLd)?.['@graph'] as unknown[] | undefined) ?? [data]
    const article = graph.find((item) => item && typeof item === 'object' && 'headline' in (item as JsonLd))
    if (article) return article as JsonLd
  }
  return null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

/** A person or organisation: a string, an object with a name, or a list of them. */
function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null
  if (value && typeof value === 'object') return text((value as JsonLd).name)
  return text(value)
}

function absoluteUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    return new URL(value).href
  } catch {
    return null
  }
}
