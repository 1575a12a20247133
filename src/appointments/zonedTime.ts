import { DateTime } from 'luxon'

import type { Weekday } from './types'

/**
 * Wall-clock times of a mission's zone and the instants they name. "9:00 on 28 March" in Madrid
 * is a different UTC instant before and after the clocks change, so every conversion goes through
 * the zone's own rules (luxon, on the platform's tz database), never a fixed offset.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

let zones: Set<string> | undefined

/** An IANA zone name the platform knows ("Europe/Madrid", "America/Guayaquil"), or "UTC". */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])
  return zones.has(value)
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateOf(instant: Date | string, zone: string): string {
  if (typeof instant !== 'string') {
    const local = localMillis(instant.getTime(), zone)
    if (local !== null) return new Date(local).toISOString().slice(0, 10)
  }
  return toZone(instant, zone).toISODate()!
}

/**
 * An instant's wall-clock time in a zone, as milliseconds of a UTC clock showing it: the zone's
 * offset is worked out once per zone and minute (luxon's conversions were the largest part of a
 * booking step's own work), and only for a minute whose offset holds throughout it. Null for a
 * zone luxon does not know.
 */
function localMillis(ms: number, zone: string): number | null {
  const minute = Math.floor(ms / 60_000)
  const key = `${zone}|${minute}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    const start = DateTime.fromMillis(minute * 60_000, { zone }).offset
    const end = DateTime.fromMillis(minute * 60_000 + 59_999, { zone }).offset
    if (!Number.isFinite(start)) return null
    if (start !== end) return ms + DateTime.fromMillis(ms, { zone }).offset * 60_000
    if (offsets.size >= OFFSETS_KEPT) offsets.clear()
    offsets.set(key, (offset = start))
  }
  return ms + offset * 60_000
}

const offsets = new Map<string, number>()
const OFFSETS_KEPT = 50_000

/** The local wall-clock time (HH:mm) of an instant in a zone. */
export function localTimeOf(instant: Date | string, zone: string): string {
  return toZone(instant, zone).toFormat('HH:mm')
}

/**
 * The instant at which a zone's clocks show `date` `time`, or null when they never do (the hour
 * skipped when clocks go forward). When they show it twice (clocks going back), luxon's choice
 * is kept: one slot, not two.
 */
export function wallClockToInstant(date: string, time: string, zone: string): Date | null {
  // Pure, and asked for the same window edges and slot times on every step of the flow.
  const key = `${zone}|${date}|${time}`
  let ms = instants.get(key)
  if (ms === undefined) {
    if (instants.size >= INSTANTS_KEPT) instants.clear()
    instants.set(key, (ms = convertWallClock(date, time, zone)?.getTime() ?? null))
  }
  return ms === null ? null : new Date(ms)
}

const instants = new Map<string, number | null>()
const INSTANTS_KEPT = 20_000

function convertWallClock(date: string, time: string, zone: string): Date | null {
  const d = LOCAL_DATE.exec(date)
  const t = LOCAL_TIME.exec(time)
  if (!d || !t) return null
  const parts = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]) }
  const local = DateTime.fromObject(parts, { zone })
  if (!local.isValid || local.day !== parts.day || local.hour !== parts.hour || local.minute !== parts.minute) return null
  return local.toJSDate()
}

/**
 * Maps minutes after local midnight of one date to instants, for laying out a day's slots. On
 * a day whose clocks do not change (all but two a year, or all in zones without summer time)
 * every time is midnight plus its minutes at one offset: two conversions per day, not one per
 * slot. On a day they change, each time is converted on its own (and skipped if it never shows).
 */
export function wallClockOfDay(date: string, zone: string): (minutes: number) => Date | null {
  const key = `${zone}|${date}`
  let base = steadyDays.get(key)
  if (base === undefined) {
    base = steadyBase(date, zone)
    if (steadyDays.size >= DAYS_KEPT) steadyDays.clear()
    steadyDays.set(key, base)
  }
  if (base === null) return (minutes) => wallClockToInstant(date, timeOfMinutes(minutes), zone)
  const midnight = base
  return (minutes) => (minutes >= 0 && minutes < 24 * 60 ? new Date(midnight + minutes * 60_000) : null)
}

// A zone's rules do not change while the process runs, and the flow lays out the same window of
// days on every request: each day's midnight is worked out once (luxon's conversions are the cost).
const steadyDays = new Map<string, number | null>()
const DAYS_KEPT = 20_000

/** The instant of local midnight on a day whose clocks do not change, or null on a day they do. */
function steadyBase(date: string, zone: string): number | null {
  const d = LOCAL_DATE.exec(date)
  if (!d) return null
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])]
  const midnight = DateTime.fromObject({ year, month, day, hour: 0, minute: 0 }, { zone })
  const lastMinute = DateTime.fromObject({ year, month, day, hour: 23, minute: 59 }, { zone })
  const steady = midnight.isValid && midnight.day === day && midnight.hour === 0 && lastMinute.isValid && midnight.offset === lastMinute.offset
  return steady ? Date.UTC(year, month - 1, day) - midnight.offset * 60_000 : null
}

/** The local date and minutes after midnight of an instant, or null when it is not on a whole minute. */
export function wallClockOf(instant: Date, zone: string): { date: string; minutes: number } | null {
  if (instant.getTime() % 60_000 !== 0) return null
  const local = localMillis(instant.getTime(), zone)
  if (local === null) {
    const at = DateTime.fromJSDate(instant).setZone(zone)
    return { date: at.toISODate()!, minutes: at.hour * 60 + at.minute }
  }
  return { date: new Date(local).toISOString().slice(0, 10), minutes: ((Math.floor(local / 60_000) % 1440) + 1440) % 1440 }
}

/** A calendar date `days` later (or earlier): date arithmetic only, no zone involved. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export function weekdayOf(date: string): Weekday {
  // getUTCDay counts from Sunday.
  return WEEKDAYS[(new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7]!
}

export const isLocalDate = (value: unknown): value is string =>
  typeof value === 'string' && LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid

/** Minutes since midnight of an "HH:mm" time. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

export const timeOfMinutes = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

function toZone(instant: Date | string, zone: string): DateTime {
  const at = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: 'UTC' }) : DateTime.fromJSDate(instant)
  return at.setZone(zone)
}
