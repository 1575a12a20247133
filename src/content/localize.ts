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
