import type { HistoryAction, ScheduleRules, Weekday } from '../appointments/types'
import { localDateOf, minutesOf, wallClockToInstant } from '../appointments/zonedTime'
import { DEMO_CONSULAR_STAFF, type BookingSeed } from './data/appointments'
import { CLOSURES } from './data/officeLabels'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// The offices' holidays recur every year; their stored closures are only the next occurrence,
// so a past appointment must keep off last Christmas by its month and day.
const HOLIDAYS = new Set(CLOSURES.map((c) => c.monthDay))

// Calendar arithmetic on plain dates, without a zone: the seed walks weeks of days for every
// booking, and a zone-aware library costs milliseconds a step where this costs microseconds.
const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const dateAt = (date: string) => new Date(`${date}T00:00:00.000Z`)
const addDays = (date: string, days: number) => new Date(dateAt(date).getTime() + days * DAY).toISOString().slice(0, 10)
const weekdayOf = (date: string) => WEEKDAYS[dateAt(date).getUTCDay()]!

/** A day the schedule gives appointments: a weekday of its hours, none of its closures, no recurring holiday. */
function isOpen(rules: ScheduleRules, date: string): boolean {
  const weekday = weekdayOf(date)
  return rules.weekly.some((p) => p.days.includes(weekday)) && !rules.closedDates.includes(date) && !HOLIDAYS.has(date.slice(5))
}

/** Whether a slot of the schedule starts at this local time on this day (slots run from `opens` and end by `closes`). */
function isSlotTime(rules: ScheduleRules, date: string, time: string): boolean {
  const start = minutesOf(time)
  const weekday = weekdayOf(date)
  return rules.weekly.some((p) =>
    p.days.includes(weekday) && start >= minutesOf(p.opens) && start + rules.slotMinutes <= minutesOf(p.closes) && (start - minutesOf(p.opens)) % rules.slotMinutes === 0)
}

/**
 * The local date `offset` open days from the run's local day (the next open day when that is
 * closed): distinct offsets give distinct days, so distinct seeds never meet on one place.
 */
export function openDay(rules: ScheduleRules, now: Date, offset: number): string {
  let date = localDateOf(now, rules.timeZone)
  let steps = 0
  const step = (direction: number) => {
    date = addDays(date, direction)
    if (++steps > 400) throw new Error(`Schedule ${rules.scheduleId} has no open day within a year; the seed cannot place its bookings.`)
  }
  while (!isOpen(rules, date)) step(1)
  for (let left = Math.abs(offset); left > 0; ) {
    step(Math.sign(offset))
    if (isOpen(rules, date)) left -= 1
  }
  return date
}

export type BookingEvent = { at: Date; action: HistoryAction; by: string; note?: string }

export type BookingTimeline = {
  slotStart: Date
  slotEnd: Date
  /** When it was booked: its creation date and reference year. */
  bookedAt: Date
  /** Its history, in order, the booking first. */
  events: BookingEvent[]
  /** The last thing that happened to it. */
  updatedAt: Date
}

/**
 * A booking's slot and history for a run at `now`: booked days before the appointment, reminded
 * the evening before, then attended, missed or cancelled. Everything that has happened is in the
 * past; data.test checks that on every hour of a week and over the new year.
 */
export function bookingTimeline(seed: BookingSeed, rules: ScheduleRules, now: Date): BookingTimeline {
  const date = openDay(rules, now, seed.day)
  const start = isSlotTime(rules, date, seed.time) ? wallClockToInstant(date, seed.time, rules.timeZone) : null
  if (!start) throw new Error(`Seed booking ${seed.key}: ${seed.time} is not a slot of schedule ${rules.scheduleId} on ${date}.`)
  const slot = { start, end: new Date(start.getTime() + rules.slotMinutes * MINUTE) }
  const past = (time: number, atMost: number) => new Date(Math.min(time, now.getTime() - atMost))
  // Booked ahead as the seed says, or, when that would be after the run, some hours before it.
  const bookedAt = past(slot.start.getTime() - seed.bookedDaysBefore * DAY, (2 + 2 * seed.bookedDaysBefore) * HOUR)
  const events: BookingEvent[] = [{ at: bookedAt, action: 'booked', by: 'applicant' }]

  if (seed.status === 'cancelled') {
    const at = new Date(Math.max(bookedAt.getTime() + HOUR, past(slot.start.getTime() - seed.cancelledDaysBefore * DAY, HOUR).getTime()))
    events.push(seed.cancelledBy === 'staff' ? { at, action: 'cancelled', by: DEMO_CONSULAR_STAFF, note: seed.reason } : { at, action: 'cancelled', by: 'applicant' })
  } else {
    const reminded = slot.start.getTime() - 20 * HOUR
    if (reminded > bookedAt.getTime() && reminded < now.getTime()) events.push({ at: new Date(reminded), action: 'reminded', by: 'system' })
    if (seed.status === 'attended') events.push({ at: new Date(slot.start.getTime() + 5 * MINUTE), action: 'attended', by: DEMO_CONSULAR_STAFF })
    if (seed.status === 'no-show') events.push({ at: new Date(slot.end.getTime() + 45 * MINUTE), action: 'no-show', by: DEMO_CONSULAR_STAFF })
  }
  return { slotStart: slot.start, slotEnd: slot.end, bookedAt, events, updatedAt: events.at(-1)!.at }
}
