import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import { sqliteClientOf } from './sqliteReads'

/** Booking statuses that hold a place (a cancelled booking's place is free again). */
export const HOLDING_STATUSES = ['booked', 'attended', 'no-show'] as const

/**
 * Places taken per slot start (UTC ISO) of one schedule, for slots starting in [fromIso, toIso).
 *
 * The flow asks on every step, and for the whole booking window when a refused visitor's day is
 * full: hundreds of bookings. Read as documents, each went through the adapter's per-field
 * transform, most of the server's time under load (docs/benchmarks.md, booking under load). On
 * SQLite the database counts them itself and answers in one row of text; elsewhere one date per booking is
 * read straight from the adapter, past Payload's read hooks.
 */
export async function takenPlaces(payload: Payload, scheduleId: string, fromIso: string, toIso: string): Promise<Map<string, number>> {
  const client = sqliteClientOf(payload)
  return client ? countedBySqlite(client, scheduleId, fromIso, toIso) : countedFromDocuments(payload, scheduleId, fromIso, toIso)
}

async function countedBySqlite(client: Client, scheduleId: string, fromIso: string, toIso: string): Promise<Map<string, number>> {
  // Dates are stored as ISO text, so ranges compare as strings, as Payload's own queries do. One
  // row of text, not one row per slot: turning hundreds of rows into objects cost the client
  // three times what SQLite took to count them.
  const { rows } = await client.execute({
    sql: `SELECT group_concat(start || ' ' || taken, ',') AS taken FROM (
            SELECT slot_start AS start, count(*) AS taken FROM bookings
            WHERE schedule_id = ? AND slot_start >= ? AND slot_start < ? AND status IN (${HOLDING_STATUSES.map(() => '?').join(', ')})
            GROUP BY slot_start)`,
    args: [scheduleId, fromIso, toIso, ...HOLDING_STATUSES],
  })
  const taken = new Map<string, number>()
  const text = rows[0]?.taken
  if (typeof text !== 'string' || text === '') return taken
  for (const pair of text.split(',')) {
    const space = pair.lastIndexOf(' ')
    const stored = pair.slice(0, space)
    const key = CANONICAL_INSTANT.test(stored) ? stored : new Date(stored).toISOString()
    taken.set(key, (taken.get(key) ?? 0) + Number(pair.slice(space + 1)))
  }
  return taken
}

// How Payload stores a date (Date.toISOString): used as it is, without a Date made for each slot.
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

async function countedFromDocuments(payload: Payload, scheduleId: string, fromIso: string, toIso: string): Promise<Map<string, number>> {
  const { docs } = await payload.db.find<{ slotStart: string | Date }>({
    collection: 'bookings', pagination: false, limit: 0,
    where: { and: [
      { schedule: { equals: scheduleId } },
      { slotStart: { greater_than_equal: fromIso } },
      { slotStart: { less_than: toIso } },
      { status: { in: [...HOLDING_STATUSES] } },
    ] },
    select: { slotStart: true },
  })
  const taken = new Map<string, number>()
  for (const doc of docs) {
    const key = new Date(doc.slotStart).toISOString()
    taken.set(key, (taken.get(key) ?? 0) + 1)
  }
  return taken
}

/**
 * Which of these place keys are held now. Only ever a reason to refuse sooner: a slot seen full
 * is full at that moment, while a place seen free is still taken through the unique key, which
 * alone decides (bookingStore.ts). Under a run on a popular slot, trying each of its places
 * with an insert the index refuses cost several times a booking.
 */
export async function heldPlaceKeys(payload: Payload, keys: string[]): Promise<Set<string>> {
  const client = sqliteClientOf(payload)
  if (client) {
    const { rows } = await client.execute({ sql: `SELECT place_key AS key FROM bookings WHERE place_key IN (${keys.map(() => '?').join(', ')})`, args: keys })
    return new Set(rows.map((row) => String(row.key)))
  }
  const { docs } = await payload.db.find<{ placeKey: string }>({
    collection: 'bookings', pagination: false, limit: 0, where: { placeKey: { in: keys } }, select: { placeKey: true },
  })
  return new Set(docs.map((doc) => doc.placeKey))
}
