import type { LocaleCode } from '../../config/locales'
import type { LocalizedText } from '../data/text'
import { directionOf, richText } from '../lexical'
import { fill } from '../localized'

/**
 * Title, summary and Lexical body of a text in one language, placeholders filled; null when the
 * text has no version in that language (the site then falls back to Spanish rather than
 * storing a copy of the Spanish under another language).
 */
export function textFields(text: LocalizedText, locale: LocaleCode, values: Record<string, string> = {}) {
  const version = text[locale]
  if (!version) return null
  return {
    title: fill(version.title, values),
    summary: fill(version.summary, values),
    body: richText({ paragraphs: version.paragraphs.map((p) => fill(p, values)), direction: directionOf(locale) }),
  }
}

/** The languages a text is written in, in the order given (the mission's), Spanish first. */
export function localesOf(text: LocalizedText, preferred: readonly LocaleCode[]): LocaleCode[] {
  const order: LocaleCode[] = ['es', ...preferred.filter((l) => l !== 'es')]
  return order.filter((l) => text[l] !== undefined)
}
