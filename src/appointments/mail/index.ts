import type { Payload } from 'payload'

import type { Booking } from '../../payload-types'

import type { PublicUrlEnv } from '../../citizen/publicUrls'
import type { AppointmentMailInput } from './appointmentMailJob'
import { queueForRetry } from './queueAppointmentMail'
import { sendBookingMail } from './sendBookingMail'

export { SEND_APPOINTMENT_MAIL, type AppointmentMailInput, type AppointmentMailKind } from './appointmentMailJob'
export { appointmentMailTask } from './appointmentMailTask'
export { mailOnStatusChange } from './mailOnStatusChange'
export { queueRemindersHourly, remindTomorrow, REMIND_TOMORROW, remindTomorrowTask } from './reminders'

/** `env`: where the CMS is publicly reachable (CMS_PUBLIC_URL…), for the links; the process's own by default. */
export type MailOptions = { env?: PublicUrlEnv }

/**
 * The confirmation of a new booking, or of a move (`moved`), with the manage link and the calendar
 * file. Sent straight away; if that fails, queued for the jobs runner to retry. Never rejects: the
 * booking stands whatever happens to its mail, and the visitor's page must not fail over it.
 */
export function mailBookingConfirmed(payload: Payload, bookingId: string, opts: MailOptions & { moved?: boolean; written?: Booking } = {}): Promise<void> {
  return deliver(payload, { kind: opts.moved ? 'moved' : 'confirmed', booking: bookingId }, opts.env, opts.written)
}

/** The applicant's own cancellation, confirmed; staff cancellations are mailed from the save (mailOnStatusChange). */
export function mailBookingCancelled(payload: Payload, bookingId: string, opts: MailOptions = {}): Promise<void> {
  return deliver(payload, { kind: 'cancelled', booking: bookingId }, opts.env)
}

async function deliver(payload: Payload, input: AppointmentMailInput, env: PublicUrlEnv = process.env, written?: Booking): Promise<void> {
  try {
    await sendBookingMail(payload, input, env, { written })
  } catch {
    try {
      await queueForRetry(payload, input)
    } catch (error) {
      // The booking id, never the applicant's name or address.
      payload.logger.error({ err: error, msg: `Could not send or queue the ${input.kind} mail of booking ${input.booking}` })
    }
  }
}
