/** Escaping for text put into HTML, SVG and inline JSON. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!)
}

/**
 * JSON to embed in a <script type="application/json"> element: "<" is written as \u003c, so that no
 * "</script>" in a page's text can end the element early, and the JSON still parses to the same value.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US')
}

export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(share > 0 && share < 0.01 ? 1 : 0)}%`
}
