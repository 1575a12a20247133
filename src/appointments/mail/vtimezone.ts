import { DateTime } from 'luxon'

/**
 * The VTIMEZONE that RFC 5545 asks for beside every TZID, written from the platform's tz database
 * (through luxon) rather than a bundled copy: the observances in force from a year before the
 * appointment to a year after, as dated changes. Calendar programs then show the appointment at the
 * office's wall-clock time even when their own zone rules are older or newer than ours.
 */

const DAY_MS = 24 * 60 * 60 * 1000
const YEAR_MS = 366 * DAY_MS

type Change = { at: number; from: number; to: number; daylight: boolean }

const offsetAt = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).offset

/** Offset changes between two instants: a day-by-day scan, then bisection to the millisecond. */
function changesBetween(zone: string, startMs: number, endMs: number): Change[] {
  const changes: Change[] = []
  let before = offsetAt(startMs, zone)
  for (let day = startMs; day < endMs; day += DAY_MS) {
    const next = Math.min(day + DAY_MS, endMs)
    const after = offsetAt(next, zone)
    if (after === before) continue
    let lo = day
    let hi = next
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2)
      if (offsetAt(mid, zone) === before) lo = mid
      else hi = mid
    }
    changes.push({ at: hi, from: before, to: after, daylight: DateTime.fromMillis(hi, { zone }).isInDST })
    before = after
  }
  return changes
}

const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

/** The local time an observance starts, in the offset in force until then (RFC 5545, 3.6.5). */
const localStart = (ms: number, offset: number) => DateTime.fromMillis(ms + offset * 60_000, { zone: 'UTC' }).toFormat("yyyyLLdd'T'HHmmss")

function observance(kind: 'STANDARD' | 'DAYLIGHT', startLocal: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${startLocal}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`]
}

// Each one costs some milliseconds of tz lookups; the same zone and month recur in every mail of a mission.
const made = new Map<string, string>()
const MAX_KEPT = 500

/** A VTIMEZONE component for `zone`, valid a year either side of `around`; null for UTC, which needs none. */
export function vtimezone(zone: string, around: Date): string | null {
  if (zone === 'UTC' || zone === 'Etc/UTC') return null
  const month = Date.UTC(around.getUTCFullYear(), around.getUTCMonth(), 1)
  const key = `${zone}|${month}`
  let text = made.get(key)
  if (text === undefined) {
    if (made.size >= MAX_KEPT) made.clear()
    made.set(key, (text = write(zone, month - YEAR_MS, month + YEAR_MS + 31 * DAY_MS)))
  }
  return text
}

function write(zone: string, startMs: number, endMs: number): string {
  const first = offsetAt(startMs, zone)
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(DateTime.fromMillis(startMs, { zone }).isInDST ? 'DAYLIGHT' : 'STANDARD', localStart(startMs, first), first, first),
    ...changesBetween(zone, startMs, endMs).flatMap((c) => observance(c.daylight ? 'DAYLIGHT' : 'STANDARD', localStart(c.at, c.from), c.from, c.to)),
    'END:VTIMEZONE',
  ]
  return lines.join('\r\n') + '\r\n'
}
