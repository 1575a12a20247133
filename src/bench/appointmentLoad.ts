/**
 * A load of appointment bookings from many concurrent clients, over HTTP through the public
 * flow's confirmation post or in-process through the booking store, with what came back for
 * each; and the checks that follow it: no slot holds more than its places, each acknowledged
 * booking is stored once.
 */
import type { Payload } from 'payload'

import { book } from '../appointments/bookingStore'
import type { ScheduleRules } from '../appointments/types'
import { localDateOf } from '../appointments/zonedTime'

export type BookingAttempt = { outcome: string; ms: number; reference: string | null }

export type BookingLoad = {
  clients: number
  total: number
  /** The slots booked, in order; request i asks for slots[floor(i / places) % slots.length], so each slot's places are asked for together. */
  slots: string[]
  places: number
  /** Tells this run's keys, names and addresses apart from another run's. */
  runId: string
}

export type HttpTarget = { url: string; origin: string; mission: string; service: string; office: string; timeZone: string }
export type Attempt = (index: number, slot: string, client: number) => Promise<BookingAttempt>

const slotFor = (load: Pick<BookingLoad, 'slots' | 'places'>, index: number) => load.slots[Math.floor(index / load.places) % load.slots.length]!

/** Runs `attempt` for every request with `clients` of them in flight at once. */
export async function runLoad(load: BookingLoad, attempt: Attempt, onProgress?: (done: number) => void): Promise<BookingAttempt[]> {
  const results: BookingAttempt[] = new Array(load.total)
  let next = 0
  let done = 0
  const worker = async (client: number) => {
    for (;;) {
      const index = next++
      if (index >= load.total) return
      results[index] = await attempt(index, slotFor(load, index), client)
      done += 1
      if (done % 100 === 0) onProgress?.(done)
    }
  }
  await Promise.all(Array.from({ length: load.clients }, (_, c) => worker(c)))
  return results
}

/**
 * An open loop: request i is due `i / rate` seconds after the start and is sent then, whatever
 * the others are doing, so a slow server meets the same offered load instead of fewer requests
 * (a closed loop of N clients can only show latency N / throughput). Each request's time counts
 * from when it was due, so a late start is not hidden from the figures.
 */
export async function runLoadAtRate(load: Omit<BookingLoad, 'clients'>, rate: number, attempt: Attempt, onProgress?: (done: number) => void): Promise<BookingAttempt[]> {
  const results: BookingAttempt[] = new Array(load.total)
  const started = performance.now()
  let done = 0
  const one = async (index: number) => {
    const due = started + (index * 1000) / rate
    // Node's timers count whole milliseconds and may fire a fraction of one early: never send before due.
    for (let wait = due - performance.now(); wait > 0; wait = due - performance.now()) await new Promise((r) => setTimeout(r, wait))
    const late = Math.max(0, performance.now() - due)
    const result = await attempt(index, slotFor(load, index), index)
    results[index] = { ...result, ms: result.ms + late }
    done += 1
    if (done % 100 === 0) onProgress?.(done)
  }
  await Promise.all(Array.from({ length: load.total }, (_, i) => one(i)))
  return results
}

const details = (runId: string, index: number) => ({
  name: `Bench ${index}`, email: `bench-${runId}-${index}@example.org`, phone: '', documentNumber: `B${index}`, people: 1, key: `${runId}-${index}`,
})

/** The confirmation post's form and headers, as a browser sends them from the review page (same origin, no JavaScript). */
function confirmation(target: HttpTarget, runId: string, index: number, slot: string, client: number) {
  const d = details(runId, index)
  const body = new URLSearchParams({
    mission: target.mission, locale: 'es', service: target.service, office: target.office, day: localDateOf(slot, target.timeZone), slot,
    step: 'confirm', name: d.name, email: d.email, phone: d.phone, documentNumber: d.documentNumber, people: String(d.people), key: d.key,
  })
  const headers = { origin: target.origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `198.51.100.${(client % 250) + 1}` }
  return { body, headers }
}

const outcomeOf = (status: number, location: string | null, base: string) => {
  const reference = status === 303 && location ? new URL(location, base).searchParams.get('ref') : null
  return { outcome: reference ? 'booked' : String(status), reference }
}

/** The confirmation post of the public flow over HTTP. */
export const overHttp = (target: HttpTarget, runId: string): Attempt => async (index, slot, client) => {
  const { body, headers } = confirmation(target, runId, index, slot, client)
  const started = performance.now()
  try {
    const response = await fetch(target.url, { method: 'POST', redirect: 'manual', body, headers })
    await response.arrayBuffer()
    return { ...outcomeOf(response.status, response.headers.get('location'), target.url), ms: performance.now() - started }
  } catch {
    return { outcome: 'network-error', ms: performance.now() - started, reference: null }
  }
}

/** The same post handed to the flow's handler in this process: the flow's own share, without HTTP or Next. */
export const inFlow = (answer: (request: Request) => Promise<{ status: number; headers: Record<string, string> }>, target: HttpTarget, runId: string): Attempt =>
  async (index, slot, client) => {
    const { body, headers } = confirmation(target, runId, index, slot, client)
    const started = performance.now()
    try {
      const answered = await answer(new Request(target.url, { method: 'POST', body, headers }))
      return { ...outcomeOf(answered.status, answered.headers.location ?? null, target.url), ms: performance.now() - started }
    } catch {
      return { outcome: 'error', ms: performance.now() - started, reference: null }
    }
  }

/** The booking store called directly: the database's share of a booking without HTTP, pages or mail. */
export const inProcess = (payload: Payload, rules: ScheduleRules, runId: string): Attempt => async (index, slot) => {
  const started = performance.now()
  try {
    const result = await book(payload, rules, slot, { ...details(runId, index), locale: 'es' })
    return { outcome: result.ok ? 'booked' : result.reason, ms: performance.now() - started, reference: result.ok ? result.booking.reference : null }
  } catch {
    return { outcome: 'error', ms: performance.now() - started, reference: null }
  }
}

export type BookingSummary = {
  requests: number
  booked: number
  refused: Record<string, number>
  seconds: number
  bookingsPerSecond: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  max: number
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0)

export function summariseBookings(results: BookingAttempt[], seconds: number): BookingSummary {
  const booked = results.filter((r) => r.outcome === 'booked').length
  const refused: Record<string, number> = {}
  for (const r of results) if (r.outcome !== 'booked') refused[r.outcome] = (refused[r.outcome] ?? 0) + 1
  const times = results.map((r) => r.ms).sort((a, b) => a - b)
  return {
    requests: results.length, booked, refused, seconds, bookingsPerSecond: booked / seconds, requestsPerSecond: results.length / seconds,
    p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times.at(-1) ?? 0,
  }
}

export type StoredBooking = { reference: string; slotStart: string; place: number; status: string }

export type CapacityCheck = {
  acknowledged: number
  stored: number
  missing: number
  twice: number
  /** Slots holding more bookings than places, or two bookings on one place: must be 0. */
  overBooked: number
  slotsUsed: number
  fullestSlot: number
}

/** What the database holds against what was acknowledged, and every slot against its places. */
export function checkCapacity(results: BookingAttempt[], stored: StoredBooking[], places: number): CapacityCheck {
  const acknowledged = new Set(results.flatMap((r) => (r.reference ? [r.reference] : [])))
  const references = stored.map((b) => b.reference)
  const storedSet = new Set(references)
  const bySlot = new Map<string, number[]>()
  for (const b of stored) {
    if (b.status === 'cancelled') continue
    const key = new Date(b.slotStart).toISOString()
    bySlot.set(key, [...(bySlot.get(key) ?? []), b.place])
  }
  const holders = [...bySlot.values()]
  return {
    acknowledged: acknowledged.size,
    stored: references.length,
    missing: [...acknowledged].filter((r) => !storedSet.has(r)).length,
    twice: references.length - storedSet.size,
    overBooked: holders.filter((p) => p.length > places || new Set(p).size !== p.length || p.some((n) => n < 1 || n > places)).length,
    slotsUsed: holders.length,
    fullestSlot: Math.max(0, ...holders.map((p) => p.length)),
  }
}
