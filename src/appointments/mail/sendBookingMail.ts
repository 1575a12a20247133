import type { Payload, PayloadRequest } from 'payload'

import type { Booking } from '../../payload-types'

import { cmsPublicUrl, type PublicUrlEnv } from '../../citizen/publicUrls'
import { appointmentCancellation, appointmentConfirmation, appointmentReminder } from '../../../templates/mail/appointmentMail'
import { tokenForBooking } from '../bookingStore'
import { bookingEntryUrl, manageBookingUrl } from '../flow/links'
import type { AppointmentMailInput } from './appointmentMailJob'
import { appointmentCalendarFile } from './calendarFile'
import { loadBookingMailFacts } from './bookingMailView'

export type SendOutcome = 'sent' | 'skipped'

/**
 * A refused or unreachable mail server, said without the server's own words: an SMTP refusal
 * quotes the recipient's address, and this error reaches the jobs log.
 */
export class AppointmentMailNotSent extends Error {
  constructor(input: AppointmentMailInput, cause: unknown) {
    const code = (cause as { code?: unknown; responseCode?: unknown })?.responseCode ?? (cause as { code?: unknown })?.code
    super(`The ${input.kind} mail of booking ${input.booking} was not sent${code ? ` (${String(code)})` : ''}`)
    this.name = 'AppointmentMailNotSent'
  }
}

/**
 * Writes and sends one appointment e-mail as the booking now stands (or as `written`, the row
 * this process has just written). Skipped, not failed, when it
 * no longer applies: a confirmation or reminder for a booking no longer booked, a cancellation for
 * one not cancelled, a reminder for an appointment already begun, or nobody left to write to.
 */
export async function sendBookingMail(
  payload: Payload,
  input: AppointmentMailInput,
  env: PublicUrlEnv,
  options: { now?: Date; req?: Partial<PayloadRequest>; written?: Booking } = {},
): Promise<SendOutcome> {
  const now = options.now ?? new Date()
  const facts = await loadBookingMailFacts(payload, input.booking, options.req, options.written)
  if (!facts) return 'skipped'
  const { booking, view, to, slugs } = facts
  const wanted = input.kind === 'cancelled' ? 'cancelled' : 'booked'
  if (booking.status !== wanted) return 'skipped'
  if (input.kind === 'reminder' && new Date(view.slotStart).getTime() <= now.getTime()) return 'skipped'

  const cms = cmsPublicUrl(env)
  const moves = (booking.history ?? []).filter((h) => h.action === 'moved').length
  const calendar = (cancelled: boolean) => ({
    filename: 'appointment.ics',
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    content: appointmentCalendarFile(view, {
      uid: `${booking.id}@${new URL(cms).hostname}`,
      sequence: moves + (cancelled ? 1 : 0),
      stamp: now,
      organizer: { name: view.mission, email: payload.email.defaultFromAddress },
      cancelled,
    }),
  })

  let mail
  let attachments
  if (input.kind === 'cancelled') {
    mail = appointmentCancellation({
      ...view, cancelledBy: booking.cancelledBy === 'applicant' ? 'applicant' : 'staff', reason: booking.cancelledBy === 'applicant' ? null : booking.cancelReason ?? null,
      bookAgainUrl: bookingEntryUrl(cms, slugs.mission, view.locale, slugs.service),
    })
    attachments = [calendar(true)]
  } else {
    const manageUrl = manageBookingUrl(cms, booking.id, tokenForBooking(payload, booking))
    if (input.kind === 'reminder') {
      mail = appointmentReminder({ ...view, manageUrl })
    } else {
      mail = appointmentConfirmation({ ...view, manageUrl, moved: input.kind === 'moved' })
      attachments = [calendar(false)]
    }
  }
  try {
    await payload.sendEmail({
      to,
      subject: mail.subject,
      text: mail.text,
      headers: { 'Content-Language': view.locale, 'X-Chancery-Reference': view.reference },
      ...(attachments ? { attachments } : {}),
    })
  } catch (error) {
    throw new AppointmentMailNotSent(input, error)
  }
  return 'sent'
}
