/**
 * A national day is a day of the year, not a date: stored as "MM-DD" (ISO 8601's --MM-DD
 * without the dashes in front), so it repeats every year and sorts by calendar order.
 */
const MONTH_DAY = /^(\d{2})-(\d{2})$/

// Days in each month of a leap year: 29 February is a valid day of the year.
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function checkNationalDay(value: unknown): true | string {
  const match = typeof value === 'string' ? MONTH_DAY.exec(value.trim()) : null
  if (!match) return 'must be a month and a day as MM-DD, such as "09-16" for 16 September'
  const month = Number(match[1])
  const day = Number(match[2])
  if (month < 1 || month > 12) return `"${value}" has no month ${match[1]}; months run from 01 to 12`
  if (day < 1 || day > DAYS_IN_MONTH[month - 1]!) return `"${value}": month ${match[1]} has no day ${match[2]}`
  return true
}

/**
 * The day of the year in the reader's language ("16 de septiembre", "September 16", "9月16日"),
 * from Intl: a leap year, so 29 February can be said. Null for anything not a valid MM-DD.
 */
export function formatNationalDay(locale: string, monthDay: string | null): string | null {
  if (!monthDay || checkNationalDay(monthDay) !== true) return null
  const [month, day] = monthDay.split('-').map(Number) as [number, number]
  return formatter(locale).format(new Date(Date.UTC(2000, month - 1, day)))
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string): Intl.DateTimeFormat {
  let f = formatters.get(locale)
  if (!f) formatters.set(locale, (f = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' })))
  return f
}
