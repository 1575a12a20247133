import { APIError } from 'payload'
import type { CollectionBeforeDeleteHook } from 'payload'

/** Bookings point at their schedule for their whole life (history, figures): a used schedule is switched off, not deleted. */
export const keepScheduleWithBookings: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'bookings', where: { schedule: { equals: id } }, req })
  if (totalDocs > 0) {
    throw new APIError(`This schedule has ${totalDocs} booking(s). Untick “active” instead, so no new ones are made.`, 409, undefined, true)
  }
}
