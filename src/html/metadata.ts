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
  /**
   * The page declares itself the page of one product: og:type "product", or a schema.org Product as a
   * top-level JSON-LD item or microdata item. A Product nested in a list or a review does not count.
   */
  product: boolean
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
  const items = readJsonLd(document)
  const ld = items.find((item) => 'headline' in item) ?? null
  return {
    title: meta('og:title', 'twitter:title') ?? text(ld?.headline) ?? (document.title.trim() || null),
    byline: meta('author', 'article:author') ?? nameOf(ld?.author),
    publishedTime: meta('article:published_time', 'datePublished', 'date') ?? text(ld?.datePublished),
    siteName: meta('og:site_name') ?? nameOf(ld?.publisher),
    description: meta('og:description', 'description', 'twitter:description') ?? text(ld?.description),
    url: absoluteUrl(canonicalOf(document)) ?? absoluteUrl(meta('og:url')),
    product: /^product\b/i.test(meta('og:type') ?? '') || items.some(isProduct) || hasProductMicrodata(document),
  }
}

type JsonLd = Record<string, unknown>

function canonicalOf(document: Document): string | null {
  for (const link of document.getElementsByTagName('link')) if (link.getAttribute('rel')?.toLowerCase() === 'canonical') return link.getAttribute('href')
  return null
}

/** The top-level objects of the page's JSON-LD, those of a @graph included. Broken JSON is skipped. */
function readJsonLd(document: Document): JsonLd[] {
  const items: JsonLd[] = []
  for (const script of document.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const graph = Array.isArray(data) ? data : ((data as JsonLd)?.['@graph'] as unknown[] | undefined) ?? [data]
    for (const item of graph) if (item && typeof item === 'object') items.push(item as JsonLd)
  }
  return items
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup'])

function isProduct(item: JsonLd): boolean {
  const type = item['@type']
  return (Array.isArray(type) ? type : [type]).some((name) => typeof name === 'string' && PRODUCT_TYPES.has(name))
}

/** A schema.org Product item of microdata that no other item holds. */
function hasProductMicrodata(document: Document): boolean {
  for (const element of document.querySelectorAll('[itemtype]')) {
    // itemtype holds one or more type URLs, such as "https://schema.org/Product".
    const types = element.getAttribute('itemtype')!.trim().split(/\s+/).map((url) => url.split(/[/#]/).pop()!)
    if (types.some((type) => PRODUCT_TYPES.has(type)) && !element.parentElement?.closest('[itemscope]')) return true
  }
  return false
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
