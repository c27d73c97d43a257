/**
 * Inline SVG charts for the batch summary, drawn once when the page is built: no script and no library is
 * needed to show them. Bars of categories and rules carry data-filter-* attributes, so that a click on one
 * filters the documents (the page's script does that).
 */
import { escapeHtml, formatNumber } from './markup.js'
import { colourOf } from './palette.js'
import type { HistogramBin, Tally } from './summary.js'

const ROW_HEIGHT = 18
const BAR_AREA = 220
const VALUE_WIDTH = 48

export interface BarChartOptions {
  /** What each row is, for the filter attribute: data-filter-category or data-filter-rule. */
  filter: 'category' | 'rule'
  /** Width of the label column, in pixels. */
  labelWidth: number
  /** The colour of a row's bar. */
  colour: (tally: Tally) => string
  title: string
}

/** Horizontal bars, one row per tally, the longest bar for the largest count of cuts. */
export function barChart(tallies: Tally[], options: BarChartOptions): string {
  const width = options.labelWidth + BAR_AREA + VALUE_WIDTH
  const height = Math.max(1, tallies.length) * ROW_HEIGHT
  const largest = Math.max(1, ...tallies.map((tally) => tally.cuts))
  const rows = tallies.map((tally, row) => {
    const y = row * ROW_HEIGHT
    const barWidth = Math.max(1, Math.round((tally.cuts / largest) * BAR_AREA))
    const tip = `${tally.name}: ${formatNumber(tally.cuts)} cuts (${formatNumber(tally.chars)} characters) in ${formatNumber(tally.documents)} documents`
    return (
      `<g class="bar" role="button" tabindex="0" data-filter-${options.filter}="${escapeHtml(tally.name)}"><title>${escapeHtml(tip)}</title>` +
      `<text x="${options.labelWidth - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(tally.name)}</text>` +
      `<rect x="${options.labelWidth}" y="${y + 3}" width="${barWidth}" height="${ROW_HEIGHT - 6}" fill="${options.colour(tally)}"/>` +
      `<text x="${options.labelWidth + barWidth + 4}" y="${y + 13}" class="value">${formatNumber(tally.cuts)}</text></g>`
    )
  })
  const empty = tallies.length === 0 ? `<text x="0" y="13">No cuts.</text>` : ''
  return svg(width, height, options.title, rows.join('') + empty)
}

export function categoryChart(tallies: Tally[]): string {
  return barChart(tallies, { filter: 'category', labelWidth: 100, colour: (tally) => colourOf(tally.name), title: 'Cuts by category' })
}

/** A rule's bar takes its category's colour: rule ids are "category/name". */
export function ruleChart(tallies: Tally[]): string {
  return barChart(tallies, { filter: 'rule', labelWidth: 250, colour: (tally) => colourOf(tally.name.split('/')[0] ?? ''), title: 'Cuts by rule' })
}

const HISTOGRAM_HEIGHT = 120
const HISTOGRAM_BAR = 34

/** Vertical bars: how many documents fall in each bin of cut share. */
export function histogramChart(bins: HistogramBin[]): string {
  const largest = Math.max(1, ...bins.map((bin) => bin.documents))
  const top = 14
  const bars = bins.map((bin, i) => {
    const x = i * HISTOGRAM_BAR
    const barHeight = Math.round((bin.documents / largest) * HISTOGRAM_HEIGHT)
    const y = top + HISTOGRAM_HEIGHT - barHeight
    const label = i === 0 ? 'none' : `≤${i * 10}`
    const tip = `${i === 0 ? 'No cut' : `${bin.label} cut`}: ${formatNumber(bin.documents)} documents`
    return (
      `<g class="bin"><title>${escapeHtml(tip)}</title>` +
      `<rect x="${x + 3}" y="${y}" width="${HISTOGRAM_BAR - 6}" height="${barHeight}"/>` +
      `<text x="${x + HISTOGRAM_BAR / 2}" y="${y - 3}" text-anchor="middle" class="value">${formatNumber(bin.documents)}</text>` +
      `<text x="${x + HISTOGRAM_BAR / 2}" y="${top + HISTOGRAM_HEIGHT + 13}" text-anchor="middle">${label}</text></g>`
    )
  })
  const width = bins.length * HISTOGRAM_BAR
  const axis = `<text x="${width / 2}" y="${top + HISTOGRAM_HEIGHT + 28}" text-anchor="middle" class="axis">share of the document cut (%)</text>`
  return svg(width, top + HISTOGRAM_HEIGHT + 32, 'Documents by share cut', bars.join('') + axis)
}

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">${body}</svg>`
}
