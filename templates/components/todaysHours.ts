import type { OfficeView, OpeningPeriodView } from '../../src/content/viewModels'
import { WEEKDAYS, type Weekday } from '../../src/validation/hours'
import { weekdayOf } from '../i18n/format'

export type TodaysHours =
  | { state: 'closed'; reason: string }
  | { state: 'open'; periods: OpeningPeriodView[] }
  | { state: 'no-hours' }

/** An office's hours on a given calendar date: a closure wins over the weekly timetable. */
export function todaysHours(office: OfficeView, isoDate: string): TodaysHours {
  const date = isoDate.slice(0, 10)
  const closure = office.closures.find((c) => c.date.slice(0, 10) === date)
  if (closure) return { state: 'closed', reason: closure.reason }
  return hoursOf(periodsOn(office, weekdayOf(date)))
}

function hoursOf(periods: OpeningPeriodView[]): TodaysHours {
  return periods.length > 0 ? { state: 'open', periods } : { state: 'no-hours' }
}

/** The periods of one weekday, earliest first. */
export function periodsOn(office: Pick<OfficeView, 'openingHours'>, day: Weekday): OpeningPeriodView[] {
  return office.openingHours.filter((p) => p.days.includes(day)).sort((a, b) => a.opens.localeCompare(b.opens))
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar date and weekday at `instant` in an IANA time zone: what "today" means at the
 * mission, whatever the zone of the build or of the visitor. The home page's script
 * (templates/scripts/openingHours.ts) computes the same in the browser.
 */
export function localDay(instant: Date, timeZone: string): { date: string; weekday: Weekday } {
  let format = zoneFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hourCycle: 'h23' })
    zoneFormats.set(timeZone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: parts.weekday.toLowerCase().slice(0, 3) as Weekday }
}

/** An office's hours at an instant, in the mission's zone. */
export function hoursAt(office: OfficeView, instant: Date, timeZone: string): TodaysHours & { date: string } {
  const { date } = localDay(instant, timeZone)
  return { ...todaysHours(office, date), date }
}

export { WEEKDAYS }
