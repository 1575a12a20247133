import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import { isSqlite } from './writeTurns'

/** Booking statuses that hold a place (a cancelled booking's place is free again). */
export const HOLDING_STATUSES = ['booked', 'attended', 'no-show'] as const

/**
 * Places taken per slot start (UTC ISO) of one schedule, for slots starting in [fromIso, toIso).
 *
 * The flow asks on every step, and for the whole booking window when a refused visitor's day is
 * full: hundreds of bookings. Read as documents, each went through the adapter's per-field
 * transform, most of the server's time under load (docs/benchmarks.md, booking under load). On
 * SQLite the database counts them itself (one row per slot); elsewhere one date per booking is
 * read straight from the adapter, past Payload's read hooks.
 */
export async function takenPlaces(payload: Payload, scheduleId: string, fromIso: string, toIso: string): Promise<Map<string, number>> {
  const client = isSqlite(payload) ? (payload.db as unknown as { client?: Client }).client : undefined
  return client ? countedBySqlite(client, scheduleId, fromIso, toIso) : countedFromDocuments(payload, scheduleId, fromIso, toIso)
}

async function countedBySqlite(client: Client, scheduleId: string, fromIso: string, toIso: string): Promise<Map<string, number>> {
  // Dates are stored as ISO text, so ranges compare as strings, as Payload's own queries do.
  const { rows } = await client.execute({
    sql: `SELECT slot_start AS start, count(*) AS taken FROM bookings
          WHERE schedule_id = ? AND slot_start >= ? AND slot_start < ? AND status IN (${HOLDING_STATUSES.map(() => '?').join(', ')})
          GROUP BY slot_start`,
    args: [scheduleId, fromIso, toIso, ...HOLDING_STATUSES],
  })
  const taken = new Map<string, number>()
  for (const row of rows) {
    const key = new Date(String(row.start)).toISOString()
    taken.set(key, (taken.get(key) ?? 0) + Number(row.taken))
  }
  return taken
}

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
