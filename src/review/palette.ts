/** One colour per noise category, shared by the charts and the struck-through cuts so that they read alike. */
import type { Category } from '../types.js'

export const CATEGORY_COLOURS: Record<Category, string> = {
  comments: '#d62728',
  'app-prompt': '#9467bd',
  related: '#1f77b4',
  promo: '#ff7f0e',
  newsletter: '#e377c2',
  share: '#17becf',
  cookie: '#8c564b',
  navigation: '#2ca02c',
  meta: '#7f7f7f',
  media: '#a5a61d',
  duplicate: '#393b79',
  ads: '#ad494a',
  boilerplate: '#637939',
}

/** For a category a report names that is not in the vocabulary (a newer or hand-edited report). */
export const UNKNOWN_COLOUR = '#444444'

export function colourOf(category: string): string {
  return (CATEGORY_COLOURS as Record<string, string>)[category] ?? UNKNOWN_COLOUR
}
