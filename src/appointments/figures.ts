/**
 * Appointment figures per mission × service: how long people wait, how much of what is offered
 * is used, how often people fail to come. Pure: schedules, booking facts and the clock are
 * inputs, so the admin view, the audit and the ministry's open data compute them alike.
 *
 * A booking fact is a schedule, a slot and a status: nobody's name, address or document ever
 * enters, so no figure can carry one.
 */
import { isClosedDay, nextAvailableDate, slotsOfDay, windowBounds } from './slots'
import type { BookingStatus, ScheduleRules } from './types'
import { addDays, localDateOf } from './zonedTime'

export type BookingFact = { scheduleId: string; missionId: string; serviceId: string; slotStart: string; status: BookingStatus }

/** What the figures are computed from; `asOf` is the clock they were read at (UTC ISO). */
export type AppointmentFigureData = { asOf: string; schedules: ScheduleRules[]; bookings: BookingFact[] }

export type PlacesUsed = { offered: number; taken: number; /** taken / offered, two decimals; null when nothing was offered. */ usedShare: number | null }

export type NoShows = { attended: number; noShows: number; /** noShows / (attended + noShows), two decimals; null when nobody was checked in. */ rate: number | null }

export type ServiceAppointmentFigures = {
  missionId: string
  missionSlug: string
  serviceId: string
  serviceSlug: string
  timeZone: string
  /** Active schedules pooled: one per office that takes this service's appointments. */
  offices: number
  /** The earliest local date (the mission's zone) with a free place at any of its offices; null when the window is full. */
  nextAvailableDate: string | null
  /** Calendar days from today in the mission's zone to that date (0: today). */
  waitingDays: number | null
  past30: PlacesUsed
  next30: PlacesUsed
  last90: NoShows
}

export const USED_DAYS = 30
export const NO_SHOW_DAYS = 90

const DAY_MS = 86_400_000
/** A booking in these states holds its place; a cancelled one gave it back. */
const HOLDS_PLACE = new Set<BookingStatus>(['booked', 'attended', 'no-show'])

const round2 = (n: number) => Math.round(n * 100) / 100

export function appointmentFigures(data: Pick<AppointmentFigureData, 'schedules' | 'bookings'>, now: Date): ServiceAppointmentFigures[] {
  const nowMs = now.getTime()
  const holding = groupBy(data.bookings.filter((b) => HOLDS_PLACE.has(b.status)), (b) => b.scheduleId)
  const byService = groupBy(data.schedules, (s) => `${s.missionId}|${s.serviceId}`)

  return [...byService.values()]
    .map((schedules) => {
      const first = schedules[0]!
      const perSchedule = schedules.map((rules) => {
        const held = holding.get(rules.scheduleId) ?? []
        return {
          next: nextAvailableDate(rules, now, takenBySlot(held)),
          past: placesUsed(rules, held, nowMs - USED_DAYS * DAY_MS, nowMs),
          // Only what the window already lets people book counts as offered ahead.
          ahead: placesUsed(rules, held, nowMs, Math.min(nowMs + USED_DAYS * DAY_MS, Date.parse(windowBounds(rules, now).toIso))),
        }
      })
      const next = perSchedule.map((s) => s.next).filter((d): d is string => d !== null).sort()[0] ?? null
      return {
        missionId: first.missionId,
        missionSlug: first.missionSlug,
        serviceId: first.serviceId,
        serviceSlug: first.serviceSlug,
        timeZone: first.timeZone,
        offices: schedules.length,
        nextAvailableDate: next,
        waitingDays: next === null ? null : daysBetween(localDateOf(now, first.timeZone), next),
        past30: sumUsed(perSchedule.map((s) => s.past)),
        next30: sumUsed(perSchedule.map((s) => s.ahead)),
        // Keyed by the booking's own mission and service, so a schedule switched off keeps its history.
        last90: noShowsOf(data.bookings.filter((b) => b.missionId === first.missionId && b.serviceId === first.serviceId), nowMs),
      }
    })
    .sort((a, b) => byText(a.missionSlug, b.missionSlug) || byText(a.serviceSlug, b.serviceSlug))
}

/** Figures of several services (a mission's, the network's) taken together: sums and pooled rates, not means of rates. */
export type AppointmentSummary = {
  services: number
  waitingDays: { median: number | null; max: number | null }
  /** Services whose whole booking window is full. */
  fullyBooked: number
  past30: PlacesUsed
  next30: PlacesUsed
  last90: NoShows
}

export function appointmentSummary(rows: readonly ServiceAppointmentFigures[]): AppointmentSummary {
  const waits = rows.map((r) => r.waitingDays).filter((d): d is number => d !== null).sort((a, b) => a - b)
  const mid = waits.length >> 1
  const median = waits.length === 0 ? null : waits.length % 2 ? waits[mid]! : (waits[mid - 1]! + waits[mid]!) / 2
  const attended = rows.reduce((n, r) => n + r.last90.attended, 0)
  const noShows = rows.reduce((n, r) => n + r.last90.noShows, 0)
  return {
    services: rows.length,
    waitingDays: { median, max: waits.at(-1) ?? null },
    fullyBooked: rows.filter((r) => r.nextAvailableDate === null).length,
    past30: sumUsed(rows.map((r) => r.past30)),
    next30: sumUsed(rows.map((r) => r.next30)),
    last90: { attended, noShows, rate: attended + noShows ? round2(noShows / (attended + noShows)) : null },
  }
}

/** Places the schedule laid out with a start in [fromMs, toMs), and how many of them are held. */
function placesUsed(rules: ScheduleRules, held: readonly BookingFact[], fromMs: number, toMs: number): PlacesUsed {
  if (toMs <= fromMs) return { offered: 0, taken: 0, usedShare: null }
  let offered = 0
  const last = localDateOf(new Date(toMs), rules.timeZone)
  for (let date = localDateOf(new Date(fromMs), rules.timeZone); date <= last; date = addDays(date, 1)) {
    if (isClosedDay(rules, date)) continue
    for (const slot of slotsOfDay(rules, date)) {
      const ms = slot.start.getTime()
      if (ms >= fromMs && ms < toMs) offered += rules.placesPerSlot
    }
  }
  const taken = held.filter((b) => {
    const ms = Date.parse(b.slotStart)
    return ms >= fromMs && ms < toMs
  }).length
  return { offered, taken, usedShare: offered ? round2(taken / offered) : null }
}

function sumUsed(parts: readonly PlacesUsed[]): PlacesUsed {
  const offered = parts.reduce((n, p) => n + p.offered, 0)
  const taken = parts.reduce((n, p) => n + p.taken, 0)
  return { offered, taken, usedShare: offered ? round2(taken / offered) : null }
}

function noShowsOf(bookings: readonly BookingFact[], nowMs: number): NoShows {
  const since = nowMs - NO_SHOW_DAYS * DAY_MS
  let attended = 0
  let noShows = 0
  for (const b of bookings) {
    const ms = Date.parse(b.slotStart)
    if (!(ms >= since && ms < nowMs)) continue
    if (b.status === 'attended') attended++
    else if (b.status === 'no-show') noShows++
  }
  return { attended, noShows, rate: attended + noShows ? round2(noShows / (attended + noShows)) : null }
}

function takenBySlot(held: readonly BookingFact[]): Map<string, number> {
  const taken = new Map<string, number>()
  for (const b of held) {
    const key = new Date(b.slotStart).toISOString()
    taken.set(key, (taken.get(key) ?? 0) + 1)
  }
  return taken
}

/** Whole calendar days from one local date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}
