import type { LocaleCode } from '../config/locales'

/** A localized field as the Local API returns it with `locale: 'all'`. */
export type LocaleMap<T> = Partial<Record<LocaleCode, T | null | undefined>> | null | undefined

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * The value in `locale`, else in the mission's default `fallback`: a missing or emptied
 * translation never shows as a blank. Returns `empty` when neither has one.
 */
export function pick<T>(value: LocaleMap<T>, locale: LocaleCode, fallback: LocaleCode, empty: T): T {
  if (!value || typeof value !== 'object') return empty
  const own = value[locale]
  if (!isBlank(own)) return own as T
  const other = value[fallback]
  return isBlank(other) ? empty : (other as T)
}

export const pickText = (value: LocaleMap<string>, locale: LocaleCode, fallback: LocaleCode) => pick(value, locale, fallback, '')

/** Which of a document's texts show in the fallback language, standing in for a missing translation. */
export type TextLanguages = Partial<Record<'title' | 'summary' | 'body', LocaleCode>>

/**
 * The language of each text `pick` takes from `fallback` instead of `locale` (undefined when every
 * text is in `locale`): the page marks those texts with their own lang and dir, or a screen
 * reader would read Spanish with an Arabic voice.
 */
export function textLanguages(texts: Record<keyof TextLanguages, LocaleMap<unknown>>, locale: LocaleCode, fallback: LocaleCode): TextLanguages | undefined {
  if (locale === fallback) return undefined
  let languages: TextLanguages | undefined
  for (const [field, value] of Object.entries(texts) as [keyof TextLanguages, LocaleMap<unknown>][]) {
    if (value && typeof value === 'object' && isBlank(value[locale]) && !isBlank(value[fallback])) (languages ??= {})[field] = fallback
  }
  return languages
}

/**
 * A document's title, summary and body languages as a view's optional `textLanguages` field:
 * present only when some text is in another language, so views of translated content stay as they were.
 */
export function textLanguagesOf(doc: Partial<Record<keyof TextLanguages, LocaleMap<unknown>>>, locale: LocaleCode, fallback: LocaleCode): { textLanguages?: TextLanguages } {
  const languages = textLanguages({ title: doc.title, summary: doc.summary, body: doc.body } as Record<keyof TextLanguages, LocaleMap<unknown>>, locale, fallback)
  return languages ? { textLanguages: languages } : {}
}
