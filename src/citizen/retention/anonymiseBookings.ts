import type { Payload } from 'payload'

import type { Booking } from '../../payload-types'
import { writeAlone } from '../../appointments/writeTurns'

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 200

/** What identifies the applicant, or could be traced back to them. */
const BOOKING_PERSONAL_DATA = { name: null, email: null, phone: null, documentNumber: null, cancelReason: null, tokenNonce: null }

/**
 * Bookings whose appointment ended more than `retentionDays` ago lose the applicant's data. They
 * keep what the figures count: reference, mission, service, office, slot, status and people. The
 * idempotency key is a hash of the applicant's details, so it goes too; it is unique and required,
 * so it becomes a marker no booking can match. Staff's notes in the history may name the
 * applicant and go with it; the history's dates and actions stay.
 * Written through the adapter, row by row: each row's key is its own, and Payload's hooks on
 * bookings are about staff changing a status, which this is not.
 */
export async function anonymiseBookings(payload: Payload, retentionDays: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString()
  let done = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'bookings', depth: 0, limit: BATCH, pagination: false, sort: 'slotEnd',
      where: { and: [{ slotEnd: { less_than: cutoff } }, { anonymisedAt: { exists: false } }] },
      select: { history: true },
    })
    if (docs.length === 0) return done
    await writeAlone(payload, async (req) => {
      for (const doc of docs as Pick<Booking, 'id' | 'history'>[]) {
        // By `where`, not `id`: the adapter then updates the row in place; by id it upserts, and the
        // insert half fails on the required columns this leaves out.
        await payload.db.updateOne({
          collection: 'bookings', where: { id: { equals: doc.id } }, req, returning: false,
          data: { ...BOOKING_PERSONAL_DATA, idempotencyKey: `anonymised:${doc.id}`, anonymisedAt: now.toISOString() },
        })
        const history = doc.history ?? []
        if (history.some((h) => h.note)) {
          await payload.db.updateOne({ collection: 'bookings', id: doc.id, req, returning: false, data: { history: history.map((h) => ({ ...h, note: null })) } })
        }
      }
    })
    done += docs.length
    if (docs.length < BATCH) return done
  }
}
