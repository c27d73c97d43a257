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
  /**
   * The page declares itself a discussion: a schema.org DiscussionForumPosting or QAPage as a top-level
   * JSON-LD or microdata item, or an address that is a forum's (forumAddress). Its replies are its content,
   * though their markup calls them comments.
   */
  discussion: boolean
}

export function readMetadata(document: Document): PageMetadata {
  const sources = metadataSources(document)
  // One pass over the meta tags: a selector query per name costs more than the whole pass.
  const metas = new Map<string, string>()
  for (const element of sources.meta) {
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
  const items = readJsonLd(sources.script)
  const ld = items.find((item) => 'headline' in item) ?? null
  const url = absoluteUrl(canonicalOf(sources.link)) ?? absoluteUrl(meta('og:url'))
  const types = declaredTypes(items, sources.typed)
  const declares = (names: Set<string>) => [...names].some((name) => types.has(name))
  return {
    title: meta('og:title', 'twitter:title') ?? text(ld?.headline) ?? (document.title.trim() || null),
    byline: meta('author', 'article:author') ?? nameOf(ld?.author),
    publishedTime: meta('article:published_time', 'datePublished', 'date') ?? text(ld?.datePublished),
    siteName: meta('og:site_name') ?? nameOf(ld?.publisher),
    description: meta('og:description', 'description', 'twitter:description') ?? text(ld?.description),
    url,
    product: /^product\b/i.test(meta('og:type') ?? '') || declares(PRODUCT_TYPES),
    discussion: declares(DISCUSSION_TYPES) || (url !== null && isForumAddress(url)),
  }
}

type JsonLd = Record<string, unknown>

interface MetadataSources {
  meta: Element[]
  link: Element[]
  script: Element[]
  /** Elements with an itemtype attribute: microdata items. */
  typed: Element[]
}

/**
 * The elements that metadata is read from, in document order, gathered in one walk of the page: a query per
 * tag walks the whole page each time. Static lists, not getElementsByTagName: a DOM may answer the reads of
 * its live collection by scanning the page again (jsdom did, and a page of many thousand `<meta>` tags took
 * minutes).
 */
function metadataSources(document: Document): MetadataSources {
  const sources: MetadataSources = { meta: [], link: [], script: [], typed: [] }
  const stack: Element[] = [document.documentElement]
  const children: Element[] = []
  for (let element = stack.pop(); element; element = stack.pop()) {
    const tag = element.localName
    if (tag === 'meta' || tag === 'link' || tag === 'script') sources[tag].push(element)
    if (element.hasAttribute('itemtype')) sources.typed.push(element)
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) children.push(child)
    // Pushed last child first, so that the first child is the next one visited.
    while (children.length) stack.push(children.pop()!)
  }
  return sources
}

function canonicalOf(links: Element[]): string | null {
  for (const link of links) if (link.getAttribute('rel')?.toLowerCase() === 'canonical') return link.getAttribute('href')
  return null
}

/** The top-level objects of the page's JSON-LD, those of a @graph included. Broken JSON is skipped. */
function readJsonLd(scripts: Element[]): JsonLd[] {
  const items: JsonLd[] = []
  for (const script of scripts) {
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
const DISCUSSION_TYPES = new Set(['DiscussionForumPosting', 'QAPage'])

/** The schema.org types of the page's top-level JSON-LD items and of its microdata items that no other item holds. */
function declaredTypes(items: JsonLd[], typed: Element[]): Set<string> {
  const types = new Set<string>()
  for (const item of items) {
    const type = item['@type']
    for (const name of Array.isArray(type) ? type : [type]) if (typeof name === 'string') types.add(name)
  }
  for (const element of typed) {
    if (element.parentElement?.closest('[itemscope]')) continue
    // itemtype holds one or more type URLs, such as "https://schema.org/Product".
    for (const url of element.getAttribute('itemtype')!.trim().split(/\s+/)) types.add(url.split(/[/#]/).pop()!)
  }
  return types
}

/**
 * A forum's host ("forums.example.org", "foros.example.es", "warriorforum.com") or a path part that names a
 * forum or a thread, in the languages of the packs ("forum", "foro", "Foren"; phpBB's viewtopic.php).
 */
const FORUM_HOST_LABEL = /^(?:forums?|foros?|foren|community|discuss|boards?)$|forums?$/i
const FORUM_PATH_PART = /^(?:forums?|foros?|foren|community|communities|discussions?|boards?|threads?|topics?|t|(?:view|show)(?:topic|thread)\.php)$/i

/**
 * Whether an address is a forum's page: by its host or by a whole part of its path, not by a word of its
 * slug ("/2013/02/14/discuss-advice-in-our-new-forum/" is a news story about a forum).
 */
function isForumAddress(address: string): boolean {
  const { hostname, pathname } = new URL(address)
  return hostname.split('.').some((label) => FORUM_HOST_LABEL.test(label)) || pathname.split('/').some((part) => FORUM_PATH_PART.test(part))
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
