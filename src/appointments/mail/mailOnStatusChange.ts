import type { CollectionAfterChangeHook } from 'payload'

import type { Booking } from '../../payload-types'
import { queueWithSave } from './queueAppointmentMail'

/**
 * Staff cancelling a booking in the admin: the applicant is told, with the reason. Queued in the
 * save's transaction (sent once it commits, nothing if it rolls back); an applicant's own
 * cancellation is mailed by the booking flow instead, and does not come through here.
 */
export const mailOnStatusChange: CollectionAfterChangeHook<Booking> = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'update' && doc.status === 'cancelled' && previousDoc?.status !== 'cancelled' && doc.cancelledBy === 'staff') {
    await queueWithSave(req.payload, { kind: 'cancelled', booking: doc.id }, req)
  }
  return doc
}
