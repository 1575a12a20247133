import type { LocaleCode } from '../../src/content/viewModels'
import { WEEKDAYS, type Weekday } from '../../src/validation/hours'

// Intl formatters are costly to build and cheap to reuse; one per locale and style for the whole build.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames
const cache = new Map<string, Formatter>()
function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined
  if (!formatter) cache.set(key, (formatter = make()))
  return formatter
}

// A release's date is printed on its page, the news index, the home page, in every build:
// remembering the result is the largest single saving in rendering (see docs/rendering.md).
const formattedDates = new Map<string, string>()
const MAX_REMEMBERED_DATES = 100_000

/** "15 de marzo de 2024" / "2024年3月15日" / "15 مارس 2024": a date in the reader's language, in UTC so builds agree everywhere. */
export function formatDate(locale: LocaleCode, iso: string): string {
  const key = locale + iso
  let text = formattedDates.get(key)
  if (text === undefined) {
    if (formattedDates.size >= MAX_REMEMBERED_DATES) formattedDates.clear()
    text = cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(iso))
    formattedDates.set(key, text)
  }
  return text
}

/** A calendar date (YYYY-MM-DD, no time) with its weekday, e.g. for closures. */
export function formatDay(locale: LocaleCode, isoDate: string): string {
  return cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))
}

// 2024-01-01 was a Monday: day i of that week is WEEKDAYS[i].
const MONDAY = Date.UTC(2024, 0, 1)

/** The weekday's name in the reader's language, from Intl rather than a translation table. */
export function weekdayName(locale: LocaleCode, day: Weekday): string {
  const index = WEEKDAYS.indexOf(day)
  return cached(`weekday:${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })).format(new Date(MONDAY + index * 86_400_000))
}

/** The weekday of a calendar date (YYYY-MM-DD). */
export function weekdayOf(isoDate: string): Weekday {
  const sundayFirst = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`).getUTCDay()
  return WEEKDAYS[(sundayFirst + 6) % 7]
}

export function formatMoney(locale: LocaleCode, amount: number, currency: string): string {
  return cached(`money:${locale}:${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(amount)
}

export function formatNumber(locale: LocaleCode, value: number): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value)
}

// Intl.DisplayNames throws on anything that is not shaped like a region code; stored data may hold such a value.
const REGION_CODE = /^(?:[A-Za-z]{2}|[0-9]{3})$/

/** A country (ISO 3166-1 alpha-2) by its name in the reader's language: "ES" is "España", "Spain", "إسبانيا". An unknown code is shown as it is. */
export function countryName(locale: LocaleCode, code: string): string {
  if (!REGION_CODE.test(code)) return code
  return cached(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })).of(code.toUpperCase()) ?? code
}
