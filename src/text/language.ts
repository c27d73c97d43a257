/** The document's language, BCP-47 style ("en", "fr", "ar"), detected from its kept prose. */
import { franc } from 'franc-min'
import { iso6393 } from 'iso-639-3'

/** franc needs this much text to tell languages apart reliably. */
const MIN_DETECTION_CHARS = 40
/** Enough text to decide; more only costs time. */
const MAX_DETECTION_CHARS = 1500

const toBcp47 = new Map(iso6393.map((language) => [language.iso6393, language.iso6391 ?? language.iso6393]))
// franc-min reports macrolanguage members (Standard Arabic, Standard Malay, ...); name the macrolanguage.
toBcp47.set('arb', 'ar').set('cmn', 'zh').set('zlm', 'ms').set('pes', 'fa').set('azj', 'az').set('uzn', 'uz').set('ekk', 'et')

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_DETECTION_CHARS)
  if (sample.trim().length < MIN_DETECTION_CHARS) return null
  const code = franc(sample, { minLength: MIN_DETECTION_CHARS })
  return code === 'und' ? null : (toBcp47.get(code) ?? code)
}
