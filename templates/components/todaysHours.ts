import type { OfficeView, OpeningPeriodView } from '../../src/content/viewModels'
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
  const day = weekdayOf(date)
  const periods = office.openingHours.filter((p) => p.days.includes(day)).sort((a, b) => a.opens.localeCompare(b.opens))
  return periods.length > 0 ? { state: 'open', periods } : { state: 'no-hours' }
}
