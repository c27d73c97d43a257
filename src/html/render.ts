/**
 * Renders the kept blocks of a page: plain text (one line per block, a table row's cells on one line)
 * and Markdown (headings, lists, tables, quotes, code blocks and, unless dropped, links).
 */
import type { HtmlBlock, InlineNode } from './blocks.js'

export interface MarkdownOptions {
  /** Keep links as [text](url); without them only their text stays. */
  links: boolean
  /** Resolves relative links; without it they are kept as written. */
  baseUrl: string | null
}

/**
 * As a capture's output is joined: neighbouring blocks on consecutive lines, and a blank line where blocks
 * were cut between them, so that the reader sees where something was taken out.
 */
export function renderText(blocks: HtmlBlock[]): string {
  let text = ''
  let previous: HtmlBlock | undefined
  forEachRow(blocks, (row) => {
    if (previous) text += previous.index + 1 === row[0]!.index ? '\n' : '\n\n'
    text += row.map((block) => block.text).join('\t')
    previous = row[row.length - 1]
  })
  return text
}

export function renderMarkdown(blocks: HtmlBlock[], options: MarkdownOptions): string {
  let out = ''
  let previous: HtmlBlock | undefined
  let tableRows = 0
  forEachRow(blocks, (row) => {
    const block = row[0]!
    const inTable = block.role.type === 'table-cell'
    tableRows = inTable && previous?.role.type === 'table-cell' ? tableRows + 1 : inTable ? 1 : 0
    let body: string
    if (inTable) {
      const cells = row.map((cell) => renderInline(cell.inline, options).replace(/\|/g, '\\|'))
      body = `| ${cells.join(' | ')} |`
      if (tableRows === 1) body += `\n|${cells.map(() => ' --- ').join('|')}|`
    } else body = renderBlock(block, options)
    const quote = '> '.repeat(block.quoteDepth)
    if (quote) body = body.split('\n').map((line) => quote + line).join('\n')
    if (out) out += tight(previous!, block) ? '\n' : '\n\n'
    out += body
    previous = row[row.length - 1]
  })
  return out
}

/** Consecutive list items and table rows of one list or table are not separated by a blank line. */
function tight(previous: HtmlBlock, next: HtmlBlock): boolean {
  if (previous.quoteDepth !== next.quoteDepth) return false
  return (previous.role.type === 'list-item' && next.role.type === 'list-item') || (previous.role.type === 'table-cell' && next.role.type === 'table-cell')
}

function renderBlock(block: HtmlBlock, options: MarkdownOptions): string {
  const role = block.role
  switch (role.type) {
    case 'heading':
      return `${'#'.repeat(role.level)} ${renderInline(block.inline, options)}`
    case 'list-item':
      return `${'   '.repeat(role.depth - 1)}${role.ordered ? '1.' : '-'} ${renderInline(block.inline, options)}`
    case 'code': {
      const fence = block.text.includes('```') ? '~~~' : '```'
      return `${fence}\n${block.text}\n${fence}`
    }
    default:
      return escapeBlockStart(renderInline(block.inline, options))
  }
}

/** Calls `visit` with each table row's kept cells together, and every other block alone. */
function forEachRow(blocks: HtmlBlock[], visit: (row: HtmlBlock[]) => void): void {
  for (let i = 0; i < blocks.length; ) {
    const role = blocks[i]!.role
    let end = i + 1
    if (role.type === 'table-cell') {
      while (end < blocks.length) {
        const next = blocks[end]!.role
        if (next.type !== 'table-cell' || next.row !== role.row) break
        end++
      }
    }
    visit(blocks.slice(i, end))
    i = end
  }
}

function renderInline(nodes: InlineNode[], options: MarkdownOptions): string {
  return nodes.map((node) => renderNode(node, options)).join('').replace(/\s+/g, ' ').trim()
}

function renderNode(node: InlineNode, options: MarkdownOptions): string {
  if (typeof node === 'string') return escapeText(node)
  const inner = node.children.map((child) => renderNode(child, options)).join('')
  const content = inner.trim()
  if (!content) return inner
  // White space at the edges stays outside the markers, where Markdown expects it.
  const before = /^\s/.test(inner) ? ' ' : ''
  const after = /\s$/.test(inner) ? ' ' : ''
  return before + wrap(node.mark, content, node.href, options) + after
}

function wrap(mark: string, content: string, href: string | undefined, options: MarkdownOptions): string {
  switch (mark) {
    case 'strong':
      return `**${content}**`
    case 'em':
      return `_${content}_`
    case 'code':
      return `\`${content.replace(/\\([\\`*_[\]])/g, '$1')}\``
    default: {
      const url = options.links && href ? resolve(href, options.baseUrl) : null
      return url ? `[${content}](${url.replace(/[()\s]/g, encodeURIComponent)})` : content
    }
  }
}

function resolve(href: string, base: string | null): string | null {
  if (/^\s*javascript:/i.test(href)) return null
  if (!base) return href
  try {
    return new URL(href, base).href
  } catch {
    return href
  }
}

function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1')
}

/** A paragraph that starts like a heading, a quote or a list item must not become one. */
function escapeBlockStart(text: string): string {
  return text.replace(/^([#>+-]|\d+[.)])(?=\s)/, '\\$1')
}
