/**
 * The HTML front end's parser: jsdom with node locations, so that every element and text node knows its
 * offsets in the source. No script runs and nothing is fetched: jsdom runs scripts only when asked to, and
 * loads subresources only when asked to. The rest of the HTML code sees the standard DOM plus `locate`, so a
 * faster DOM can be measured behind the same interface.
 */
import { JSDOM, VirtualConsole } from 'jsdom'
import { InputError } from '../input/decode.js'
import './jsdom-fixes.js'
import { assertWithinTreeLimits } from './limits.js'

export interface SourceSpan {
  /** JavaScript string offsets into the HTML source. */
  start: number
  end: number
  /** 1-based position of `start`. */
  line: number
  column: number
}

export interface HtmlDocument {
  document: Document
  /** Where a node of the original tree sits in the source; null for nodes that the parser made up. */
  locate(node: Node): SourceSpan | null
  /** Frees the window; the document must not be used afterwards. */
  close(): void
}

/**
 * Script, style, SVG and inline frame bodies are never visible text (decruft reads no text inside an <svg>;
 * what an <iframe> holds is raw text that no browser shows).
 */
const SCRIPT_OR_STYLE = /(<(script|style|svg|iframe)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi
const NOSCRIPT_TAG = /<(\/?)noscript(?=[\s>\/])/gi
/** A custom element name as long as "noscript": an inline container, so it never closes a paragraph. */
const NOSCRIPT_STAND_IN = 'dc-noscr'
/**
 * Elements whose behaviour in jsdom costs time and that decruft does not need, renamed to element names as
 * long that jsdom gives no behaviour (see `withoutBehaviour`). An <iframe> becomes a custom element (its body
 * is blanked above); a <frame>, void, becomes an <embed>, void as well; a <select> becomes a custom element.
 */
const INERT_TAG = /<(\/?)(iframe|frame|select)(?=[\s>\/])/gi
export const IFRAME_STAND_IN = 'dc-ifr'
export const SELECT_STAND_IN = 'dc-sel'
const STAND_INS: Record<string, string> = { iframe: IFRAME_STAND_IN, frame: 'embed', select: SELECT_STAND_IN }
/** JSON-LD is data, not code: the metadata (title, author, date) comes from it. */
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i

// jsdom reports CSS and markup it cannot parse on its console; a page's faults are not the user's concern.
const silentConsole = new VirtualConsole()

export function loadHtml(html: string): HtmlDocument {
  const source = withoutBehaviour(exposeNoscript(blankScriptsAndStyles(html)))
  // The limits judge the markup jsdom parses: a <select> reads the tags in it as text, its stand-in does not.
  assertWithinTreeLimits(source)
  const dom = parse(source)
  return {
    document: dom.window.document,
    locate(node) {
      const location = dom.nodeLocation(node)
      if (!location) return null
      return { start: location.startOffset, end: location.endOffset, line: location.startLine, column: location.startCol }
    },
    close: () => dom.window.close(),
  }
}

/**
 * Parses with node locations. Should the parser still fail on some markup, as jsdom's location code did on text
 * inside a table (jsdom-fixes.ts), the page is refused with the reason rather than reported as a bug of
 * decruft, and the batch goes on.
 */
function parse(html: string): JSDOM {
  try {
    return new JSDOM(html, { includeNodeLocations: true, virtualConsole: silentConsole })
  } catch (error) {
    if (error instanceof RangeError) throw error
    throw new InputError(
      'malformed',
      `The HTML parser could not place this page's text in its source (${error instanceof Error ? error.message : String(error)}), so decruft cannot say where its cuts are; check the page's markup.`,
    )
  }
}

/**
 * Renames the <noscript> elements of the body to an element of the same length that the parser reads as
 * markup. Scripts never run here, so their content is what this reader sees (Discourse forums serve their
 * posts in it); but jsdom, when it records node locations, parses <noscript> as raw text, as a browser that
 * runs scripts would. Offsets and lines stay as they are.
 */
function exposeNoscript(html: string): string {
  const body = html.search(/<body[\s>]/i)
  if (body === -1) return html
  return html.slice(0, body) + html.slice(body).replace(NOSCRIPT_TAG, `<$1${NOSCRIPT_STAND_IN}`)
}

/**
 * Renames frames, so that jsdom creates no window for them (each cost it about 20 ms and 1 MB, and a page with
 * hundreds of embeds more than ten seconds; decruft reads no frame's page), and lists of options, whose
 * options jsdom all visits again each time one is added (a list of thousands took it minutes). Offsets stay
 * as they are.
 */
function withoutBehaviour(html: string): string {
  return html.replace(INERT_TAG, (_tag, close: string, name: string) => `<${close}${STAND_INS[name.toLowerCase()]}`)
}

/**
 * Blanks the bodies of scripts, style sheets and inline SVG images, keeping every offset and line: jsdom
 * would otherwise parse each style sheet, which costs a quarter of the parse on real pages, and build the
 * nodes of every icon's paths (8% of the dev pages' bytes), which Readability then walks, for text nobody
 * sees.
 */
function blankScriptsAndStyles(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, (all, open: string, _tag: string, body: string, close: string) =>
    JSON_LD.test(open) ? all : open + body.replace(/[^\n]/g, ' ') + close,
  )
}
