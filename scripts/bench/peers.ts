/**
 * The HTML extractors decruft is compared with, each as a bench runner, run the way their READMEs show:
 * Readability.js on a jsdom document, defuddle's Node entry point, and @extractus/article-extractor's
 * extractFromHtml. defuddle and article-extractor return HTML; it is turned into text (a line per block)
 * inside their timing, which costs them a few milliseconds a page.
 */
import { JSDOM, VirtualConsole } from 'jsdom'
import { Readability } from '@mozilla/readability'
import { Defuddle } from 'defuddle/node'
import { extractFromHtml } from '@extractus/article-extractor'
import type { Runner } from './runners.js'

/** Pages often hold CSS jsdom cannot parse; its complaints are not the bench's concern. */
const silentConsole = new VirtualConsole()
const decoder = new TextDecoder()
/** The pages' own address is unknown; relative links resolve against this. */
const PAGE_URL = 'https://example.org/page'

function peer(name: string, extract: (html: string) => Promise<string>): Runner {
  return {
    name,
    timed: true,
    async clean(input) {
      return { text: await extract(decoder.decode(input)), language: null }
    },
  }
}

export function readabilityRunner(): Runner {
  return peer('Readability.js on jsdom', async (html) => {
    const dom = new JSDOM(html, { url: PAGE_URL, virtualConsole: silentConsole })
    try {
      return new Readability(dom.window.document).parse()?.textContent?.trim() ?? ''
    } finally {
      dom.window.close()
    }
  })
}

export function defuddleRunner(): Runner {
  return peer('defuddle', async (html) => htmlToText((await Defuddle(html, PAGE_URL)).content ?? ''))
}

export function articleExtractorRunner(): Runner {
  return peer('article-extractor', async (html) => htmlToText((await extractFromHtml(html, PAGE_URL))?.content ?? ''))
}

/** Block elements end a line, so that words of neighbouring paragraphs do not run together. */
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|tr|td|th|blockquote|pre|section|article|figcaption|dd|dt)>|<br\s*\/?>/gi

function htmlToText(html: string): string {
  return (JSDOM.fragment(html.replace(BLOCK_END, '$&\n')).textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim()
}
