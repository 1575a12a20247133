import type { DayAvailability, ScheduleRules, Slot, SlotRefusal } from './types'
import { addDays, localDateOf, minutesOf, timeOfMinutes, wallClockOf, wallClockOfDay, wallClockToInstant, weekdayOf } from './zonedTime'

/**
 * The slot engine: which appointments a schedule offers, and whether one may be booked now.
 * Pure: the clock (`now`) and the places already taken are arguments, so the same answers come
 * out in a test, in the public flow and in the figures.
 *
 * A slot starts at `opens` + k × slotMinutes (local wall-clock time) and must end by `closes`.
 * It may be booked when it starts at least minNoticeHours from now, on a local date no later
 * than today + bookAheadDays, on a day neither the schedule nor the office is closed.
 */

type DaySlot = { start: Date; end: Date; localTime: string }

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000

/** The slots a day's weekly schedule lays out, closures aside; wall-clock times the zone skips are left out. */
export function slotsOfDay(rules: ScheduleRules, date: string): DaySlot[] {
  const slots: DaySlot[] = []
  eachSlotOfDay(rules, date, (start, minutes) =>
    slots.push({ start: new Date(start), end: new Date(start + rules.slotMinutes * MINUTE_MS), localTime: timeOfMinutes(minutes) }))
  return slots
}

/** Calls `visit` with each slot's start (ms) and local minutes after midnight, in order, without building objects for them. */
function eachSlotOfDay(rules: ScheduleRules, date: string, visit: (start: number, minutes: number) => void): void {
  const periods = periodsOn(rules, date)
  if (periods.length === 0) return
  const at = wallClockOfDay(date, rules.timeZone)
  for (const period of periods) {
    const closes = minutesOf(period.closes)
    for (let m = minutesOf(period.opens); m + rules.slotMinutes <= closes; m += rules.slotMinutes) {
      const start = at(m)
      if (start) visit(start.getTime(), m)
    }
  }
}

const periodsOn = (rules: ScheduleRules, date: string) => {
  const weekday = weekdayOf(date)
  return rules.weekly.filter((p) => p.days.includes(weekday)).sort((a, b) => a.opens.localeCompare(b.opens))
}

/**
 * Whether an instant starts one of the day's slots, by arithmetic on its wall-clock time (a
 * period's opening plus whole slots, ending by closing) and one conversion back, which also
 * rules out times the zone skips or shows twice (luxon's one choice stands).
 */
function isSlotStart(rules: ScheduleRules, start: Date, date: string, minutes: number): boolean {
  const fits = periodsOn(rules, date).some((p) => {
    const opens = minutesOf(p.opens)
    return minutes >= opens && minutes + rules.slotMinutes <= minutesOf(p.closes) && (minutes - opens) % rules.slotMinutes === 0
  })
  return fits && wallClockToInstant(date, timeOfMinutes(minutes), rules.timeZone)?.getTime() === start.getTime()
}

export function isClosedDay(rules: ScheduleRules, date: string): boolean {
  return rules.closedDates.includes(date) || !rules.weekly.some((p) => p.days.includes(weekdayOf(date)))
}

/** The local dates a visitor may book on: today (in the mission's zone) to today + bookAheadDays. */
export function bookingDates(rules: ScheduleRules, now: Date): { first: string; last: string } {
  const first = localDateOf(now, rules.timeZone)
  return { first, last: addDays(first, rules.bookAheadDays) }
}

/** The instants bounding local days `from` to `to` (inclusive) within the window, for reading the places taken on them. */
export function dayBounds(rules: ScheduleRules, now: Date, from: string, to: string): { fromIso: string; toIso: string } {
  const window = windowBounds(rules, now)
  const start = wallClockToInstant(from, '00:00', rules.timeZone)?.toISOString() ?? window.fromIso
  const end = wallClockToInstant(addDays(to, 1), '00:00', rules.timeZone)?.toISOString() ?? window.toIso
  return { fromIso: start > window.fromIso ? start : window.fromIso, toIso: end < window.toIso ? end : window.toIso }
}

/** The instants bounding the window, for reading the places taken in it (schedules.ts takenPlaces). */
export function windowBounds(rules: ScheduleRules, now: Date): { fromIso: string; toIso: string } {
  const { last } = bookingDates(rules, now)
  const end = wallClockToInstant(addDays(last, 1), '00:00', rules.timeZone) ?? new Date(now.getTime() + (rules.bookAheadDays + 2) * 24 * HOUR_MS)
  return { fromIso: now.toISOString(), toIso: end.toISOString() }
}

const earliestStart = (rules: ScheduleRules, now: Date) => now.getTime() + Math.max(0, rules.minNoticeHours) * HOUR_MS

/** A slot as a day's schedule lays it out, before the places taken are known. */
type LaidOutSlot = { startMs: number; start: string; end: string; localTime: string }

// The flow lays out the same window of days on every step, and turning instants into ISO text
// was most of that work (under Next's server, whose Date is a wrapper, the most of any one thing
// per booking): each rules' days are laid out once. Rules are values, never changed in place;
// the flow's are replaced every few seconds (scheduleCache.ts), and these go with them.
const laidOutDays = new WeakMap<ScheduleRules, Map<string, LaidOutSlot[]>>()
const LAID_OUT_DAYS_KEPT = 1_000

function laidOut(rules: ScheduleRules, date: string): LaidOutSlot[] {
  let days = laidOutDays.get(rules)
  if (!days) laidOutDays.set(rules, (days = new Map()))
  let slots = days.get(date)
  if (!slots) {
    const made: LaidOutSlot[] = []
    eachSlotOfDay(rules, date, (start, minutes) => made.push({
      startMs: start, start: new Date(start).toISOString(), end: new Date(start + rules.slotMinutes * MINUTE_MS).toISOString(), localTime: timeOfMinutes(minutes),
    }))
    if (days.size >= LAID_OUT_DAYS_KEPT) days.clear()
    days.set(date, (slots = made))
  }
  return slots
}

/** Each open day of the window with its slots still bookable in time (full ones too, free 0); only days with a free place. */
export function availability(rules: ScheduleRules, now: Date, taken: ReadonlyMap<string, number>): DayAvailability[] {
  const days: DayAvailability[] = []
  for (const day of openDays(rules, now, taken)) days.push(day)
  return days
}

/** The first local date with a free place, or null when the window has none. */
export function nextAvailableDate(rules: ScheduleRules, now: Date, taken: ReadonlyMap<string, number>): string | null {
  for (const day of openDays(rules, now, taken)) return day.date
  return null
}

function* openDays(rules: ScheduleRules, now: Date, taken: ReadonlyMap<string, number>): Generator<DayAvailability> {
  const { first, last } = bookingDates(rules, now)
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const day = openDay(rules, now, taken, date)
    if (day) yield day
  }
}

/**
 * The same days as `availability` gives, for the listed dates only (a refused time's day, say):
 * what a date outside the window, closed or without a free place would not be in either list.
 */
export function availabilityOn(rules: ScheduleRules, now: Date, taken: ReadonlyMap<string, number>, dates: string[]): DayAvailability[] {
  const { first, last } = bookingDates(rules, now)
  return [...new Set(dates)].filter((d) => d >= first && d <= last).sort()
    .map((date) => openDay(rules, now, taken, date)).filter((d): d is DayAvailability => d !== null)
}

/** One date's slots still bookable in time, or null when it is closed or has no free place. */
function openDay(rules: ScheduleRules, now: Date, taken: ReadonlyMap<string, number>, date: string): DayAvailability | null {
  if (isClosedDay(rules, date)) return null
  const earliest = Math.max(earliestStart(rules, now), now.getTime() + 1)
  const places = rules.placesPerSlot
  const slots: Slot[] = []
  let free = false
  for (const slot of laidOut(rules, date)) {
    if (slot.startMs < earliest) continue
    const used = taken.get(slot.start) ?? 0
    free ||= used < places
    slots.push({ start: slot.start, end: slot.end, localDate: date, localTime: slot.localTime, places, taken: used, free: Math.max(0, places - used) })
  }
  return free ? { date, slots } : null
}

/**
 * Whether a slot may be booked now, capacity aside (the database decides that, bookingStore.ts).
 * The first reason that applies, in the order a visitor can act on: a time that is not one of
 * the schedule's slots, then past, closed, too soon, too far ahead.
 */
export function checkSlot(rules: ScheduleRules, now: Date, startIso: string): true | Exclude<SlotRefusal, 'full'> {
  const start = parseInstant(startIso)
  if (!start) return 'not-a-slot'
  if (start.getTime() <= now.getTime()) return 'past'
  const local = wallClockOf(start, rules.timeZone)
  if (!local) return 'not-a-slot'
  const { date } = local
  if (isClosedDay(rules, date)) return 'closed-day'
  if (!isSlotStart(rules, start, date, local.minutes)) return 'not-a-slot'
  if (start.getTime() < earliestStart(rules, now)) return 'too-little-notice'
  if (date > bookingDates(rules, now).last) return 'beyond-window'
  return true
}

/** The slot's end, for a start checkSlot accepted. */
export function slotEndOf(rules: ScheduleRules, startIso: string): string {
  return new Date(new Date(startIso).getTime() + rules.slotMinutes * MINUTE_MS).toISOString()
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/** An ISO instant with its offset (a slot key from a link or a form); anything else is not a slot. */
export function parseInstant(value: string): Date | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The canonical key of a slot start ("2027-03-01T08:00:00.000Z"), or null. */
export function slotKey(startIso: string): string | null {
  return parseInstant(startIso)?.toISOString() ?? null
}
