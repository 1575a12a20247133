import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'

import { appointmentMailMessagesFor } from '../../../templates/i18n/appointments/mail'
import type { AppointmentMailView } from '../../../templates/mail/appointmentMail'
import { vtimezone } from './vtimezone'

export type CalendarFileFacts = {
  /** Stable per booking (`<booking id>@<CMS host>`): a move or a cancellation replaces the event the applicant added. */
  uid: string
  /** Raised by every change of the booking, so calendars take the newer copy. */
  sequence: number
  stamp: Date
  organizer: { name: string; email: string }
  cancelled?: boolean
}

/**
 * The appointment as an iCalendar file (RFC 5545), attached to its e-mails. PUBLISH, not REQUEST:
 * there is nobody to send an acceptance to. Times carry the mission's TZID, with its VTIMEZONE.
 * The manage link stays out of it: calendars are synced and shared more widely than a mailbox.
 */
export function appointmentCalendarFile(view: AppointmentMailView, facts: CalendarFileFacts): string {
  const t = appointmentMailMessagesFor(view.locale)
  const zone = view.timeZone
  const calendar = ical({
    prodId: { company: 'Chancery', product: 'Consular appointments', language: view.locale.toUpperCase() },
    method: facts.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone, only its VTIMEZONE writer: with a name, ical-generator writes DTSTAMP in that
    // zone too, where RFC 5545 requires UTC.
    timezone: { name: null, generator: (name) => vtimezone(name, new Date(view.slotStart)) },
  })
  const requirements = view.requirements.length ? `\n\n${t.bring}:\n${view.requirements.map((r) => `- ${r}`).join('\n')}` : ''
  calendar.createEvent({
    id: facts.uid,
    sequence: facts.sequence,
    stamp: facts.stamp,
    // luxon values: ical-generator writes a plain Date with a TZID in the server's own zone, not the mission's.
    start: DateTime.fromISO(view.slotStart, { zone }),
    end: DateTime.fromISO(view.slotEnd, { zone }),
    timezone: zone,
    summary: `${view.service} — ${view.mission}`,
    location: [view.office.name, ...view.office.address].join(', '),
    description: `${t.label.reference}: ${view.reference}\n${t.label.service}: ${view.service}${requirements}`,
    organizer: facts.organizer,
    status: facts.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
  return calendar.toString()
}
