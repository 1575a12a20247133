import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { newNonce } from '../../../src/appointments/bookingToken'
import { historyEntry, released, retiredKey } from '../../../src/appointments/history'
import type { BookingStatus } from '../../../src/appointments/types'

/** Tests and scripts may date a status change; staff in the admin change it now. */
export const NOW_CONTEXT = 'chancery.appointmentsNow'

/**
 * What staff do to a booking in the admin, made consistent in the same save: cancelling needs a
 * reason, gives the place back (placeKey released) and spends the manage link; attendance is
 * recorded only once the appointment has started; a cancelled booking stays cancelled (its
 * place may already be someone else's). Each change goes into the history.
 */
export const changeStatusByStaff: CollectionBeforeChangeHook = ({ collection, context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = originalDoc.status as BookingStatus
  const after = (data.status ?? before) as BookingStatus
  if (after === before) return data
  const fail = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  }
  const now = context[NOW_CONTEXT] instanceof Date ? (context[NOW_CONTEXT] as Date) : new Date()
  const by = (req.user as { email?: string } | null)?.email ?? 'staff'

  if (before === 'cancelled') fail('status', 'A cancelled booking stays cancelled: its place has been given back. Book a new appointment instead.')
  const history = [...((originalDoc.history as unknown[]) ?? [])]

  if (after === 'cancelled') {
    const reason = typeof (data.cancelReason ?? originalDoc.cancelReason) === 'string' ? String(data.cancelReason ?? originalDoc.cancelReason).trim() : ''
    if (!reason) fail('cancelReason', 'Say why the appointment is cancelled: the applicant is told in the e-mail.')
    const nonce = newNonce()
    Object.assign(data, {
      cancelReason: reason, cancelledBy: 'staff', placeKey: released(String(originalDoc.id)), tokenNonce: nonce,
      idempotencyKey: retiredKey(String(originalDoc.id), nonce),
    })
    history.push(historyEntry('cancelled', by, now, reason))
  } else if (after === 'attended' || after === 'no-show') {
    if (new Date(originalDoc.slotStart as string).getTime() > now.getTime()) {
      fail('status', 'Attended and no-show can only be recorded once the appointment has started.')
    }
    history.push(historyEntry(after, by, now))
  } else {
    history.push(historyEntry('booked', by, now, `corrected from ${before}`))
  }
  data.history = history
  return data
}
