import type { Payload } from 'payload'

import type { Booking } from '../../payload-types'

import type { PublicUrlEnv } from '../../citizen/publicUrls'
import { laneNamed } from '../../server/backgroundLane'

/**
 * The mails a change sends (src/appointments/mail). Injected, so the flow's tests can see what
 * would be sent without a mail server. Sending never fails the visitor's request: the booking
 * stands whatever happens to its mail, and the mail module queues a retry itself.
 */
export type FlowMail = {
  /** `written`: a new booking's row as this process wrote it, so its confirmation need not read it back. */
  confirmed: (payload: Payload, bookingId: string, opts: { moved: boolean; written?: Booking }) => Promise<unknown>
  cancelled: (payload: Payload, bookingId: string) => Promise<unknown>
}

/** The real mails, their links on the same public address as the flow's pages. Loaded on first use: page views never need the transport. */
export function appointmentMail(env: PublicUrlEnv): FlowMail {
  return {
    confirmed: async (payload, bookingId, { moved, written }) => (await import('../mail/index')).mailBookingConfirmed(payload, bookingId, { moved, written, env }),
    cancelled: async (payload, bookingId) => (await import('../mail/index')).mailBookingCancelled(payload, bookingId, { env }),
  }
}

/**
 * Sends in the background, and reports a failure by booking id only: personal data never goes
 * into a log line. The visitor's answer does not wait for the mail, as with the contact form's
 * acknowledgement; the mails take turns in one lane (src/server/backgroundLane.ts) so that a
 * burst of bookings does not slow the next visitors' pages; a failed send is queued for retries
 * by the mail module.
 */
export const APPOINTMENT_MAIL_LANE = 'appointment-mail'

export function sendInBackground(payload: Payload, what: string, bookingId: string, send: () => Promise<unknown>): void {
  laneNamed(APPOINTMENT_MAIL_LANE).run(async () => {
    try {
      await send()
    } catch (error) {
      payload.logger.error({ msg: `Appointment mail (${what}) for booking ${bookingId} failed: ${(error as Error)?.message ?? String(error)}` })
    }
  })
}
