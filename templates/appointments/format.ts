import type { LocaleCode } from '../../src/content/viewModels'

/**
 * Appointment times in the reader's language and the office's time zone: a visitor abroad
 * books the office's 09:00, whatever their own clock says. Local dates (YYYY-MM-DD) are
 * calendar days in that zone already, so they are formatted as UTC dates to stay the same day.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: LocaleCode, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let made = formatters.get(key)
  if (!made) {
    if (formatters.size > 2_000) formatters.clear()
    formatters.set(key, (made = new Intl.DateTimeFormat(locale, { ...options, timeZone })))
  }
  return made
}

const localMidday = (date: string) => new Date(`${date.slice(0, 10)}T12:00:00Z`)

/** "lunes, 3 de marzo de 2027" for a local date. */
export const longDay = (locale: LocaleCode, date: string): string => formatter(locale, 'UTC', { dateStyle: 'full' }).format(localMidday(date))

/** "lunes, 3 de marzo" for a local date, under its month's heading. */
export const shortDay = (locale: LocaleCode, date: string): string => formatter(locale, 'UTC', { weekday: 'long', month: 'long', day: 'numeric' }).format(localMidday(date))

/** "marzo de 2027": the heading of a month of days. */
export const monthName = (locale: LocaleCode, date: string): string => formatter(locale, 'UTC', { month: 'long', year: 'numeric' }).format(localMidday(`${date.slice(0, 7)}-01`))

/** "09:15" for an instant, in the office's zone. */
export const clockTime = (locale: LocaleCode, timeZone: string, iso: string): string => formatter(locale, timeZone, { timeStyle: 'short' }).format(new Date(iso))

/** The local date (YYYY-MM-DD) of an instant in the office's zone. */
export function localDate(timeZone: string, iso: string): string {
  const parts = formatter('en', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** The slot's day, as a visitor reads it: the local date in the office's zone. */
export const slotDay = (locale: LocaleCode, timeZone: string, iso: string): string => longDay(locale, localDate(timeZone, iso))

/** The zone's name in the reader's language ("hora de Europa central") when it has one, and its IANA name, which is never ambiguous. */
export function zoneNames(locale: LocaleCode, timeZone: string, at: string): { name: string | null; id: string } {
  const named = formatter(locale, timeZone, { timeZoneName: 'longGeneric' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value
  return { name: named && named !== timeZone && !/^(GMT|UTC)/.test(named) ? named : null, id: timeZone }
}
