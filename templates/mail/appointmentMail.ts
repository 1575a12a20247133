import type { LocaleCode } from '../../src/config/locales'
import { appointmentMailMessagesFor, type AppointmentMailMessages } from '../i18n/appointments/mail'
import type { MailText } from './citizenMail'

/** One appointment as its e-mails tell it, in the applicant's language. */
export type AppointmentMailView = {
  locale: LocaleCode
  name: string
  reference: string
  mission: string
  service: string
  office: { name: string; address: string[] }
  /** UTC instants; shown in the office's zone, which is what the appointment is kept in. */
  slotStart: string
  slotEnd: string
  timeZone: string
  people: number
  requirements: string[]
}

export type ConfirmationView = AppointmentMailView & { manageUrl: string; moved: boolean }
export type ReminderView = AppointmentMailView & { manageUrl: string }
export type CancellationView = AppointmentMailView & { cancelledBy: 'staff' | 'applicant'; reason: string | null; bookAgainUrl: string }

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: LocaleCode, timeZone: string, style: 'date' | 'time' | 'zone'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`
  let f = formatters.get(key)
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'date' ? { dateStyle: 'full', timeZone } : style === 'time' ? { timeStyle: 'short', timeZone } : { timeZoneName: 'longGeneric', timeZone }
    formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  }
  return f
}

/** "jueves, 11 de marzo de 2027, 10:30 (hora de Europa central)": the office's wall clock, its zone named. */
export function appointmentWhen(view: Pick<AppointmentMailView, 'locale' | 'slotStart' | 'timeZone'>, t: AppointmentMailMessages = appointmentMailMessagesFor(view.locale)): string {
  const at = new Date(view.slotStart)
  const zone = formatter(view.locale, view.timeZone, 'zone').formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? view.timeZone
  return `${formatter(view.locale, view.timeZone, 'date').format(at)}, ${t.localTime(formatter(view.locale, view.timeZone, 'time').format(at), zone)}`
}

function facts(view: AppointmentMailView, t: AppointmentMailMessages): string {
  const lines = [
    `${t.label.reference}: ${view.reference}`,
    `${t.label.service}: ${view.service}`,
    `${t.label.when}: ${appointmentWhen(view, t)}`,
    `${t.label.office}: ${view.office.name}`,
    ...view.office.address.map((line) => `  ${line}`),
  ]
  if (view.people > 1) lines.push(`${t.label.people}: ${view.people}`)
  return lines.join('\n')
}

const bringList = (view: AppointmentMailView, t: AppointmentMailMessages) =>
  view.requirements.length ? `\n\n${t.bring}:\n${view.requirements.map((r) => `- ${r}`).join('\n')}` : ''

/** The confirmation of a booking, or of its move to another time: everything needed to turn up, and the link to change it. */
export function appointmentConfirmation(view: ConfirmationView): MailText {
  const t = appointmentMailMessagesFor(view.locale)
  const subject = (view.moved ? t.subject.moved : t.subject.confirmed)(view.reference, view.service)
  const text = `${t.greeting(view.name)}\n\n${view.moved ? t.lead.moved : t.lead.confirmed}\n\n${facts(view, t)}${bringList(view, t)}` +
    `\n\n${t.manage}\n${view.manageUrl}\n\n${t.calendar}${t.signature(view.mission)}`
  return { subject, text }
}

/** The day before: the same facts again, and the link, in case plans changed. */
export function appointmentReminder(view: ReminderView): MailText {
  const t = appointmentMailMessagesFor(view.locale)
  const text = `${t.greeting(view.name)}\n\n${t.lead.reminder}\n\n${facts(view, t)}${bringList(view, t)}` +
    `\n\n${t.manage}\n${view.manageUrl}${t.signature(view.mission)}`
  return { subject: t.subject.reminder(view.reference, view.service), text }
}

/** A cancellation: by staff with their reason, or the applicant's own, confirmed; and where to book again. */
export function appointmentCancellation(view: CancellationView): MailText {
  const t = appointmentMailMessagesFor(view.locale)
  const lead = view.cancelledBy === 'staff' ? t.lead.cancelledByStaff : t.lead.cancelledByApplicant
  const reason = view.reason ? `\n\n${t.label.reason}: ${view.reason}` : ''
  const text = `${t.greeting(view.name)}\n\n${lead}${reason}\n\n${facts(view, t)}\n\n${t.bookAgain}\n${view.bookAgainUrl}${t.signature(view.mission)}`
  return { subject: t.subject.cancelled(view.reference, view.service), text }
}
