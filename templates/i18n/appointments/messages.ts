import type { BookStep, FlowNotice } from '../../../src/appointments/flow/views'

/** The rules a message may quote: how far ahead, and how much notice, this schedule allows. */
export type ScheduleLimits = { bookAheadDays: number; minNoticeHours: number }

/**
 * What the public booking flow says, one file per locale, typed so a missing string does not
 * compile. Dates, times and numbers arrive already formatted in the reader's language; the
 * functions only place them in a sentence.
 */
export type AppointmentMessages = {
  title: string
  description: string
  moveTitle: string
  stepsLabel: string
  stepOf: (step: number, total: number) => string
  steps: Record<BookStep, string>
  choices: { heading: string; service: string; office: string; date: string; time: string; change: string }
  service: { heading: string; intro: string; next: (date: string) => string; noDates: string; none: string }
  office: { heading: string; next: (date: string) => string; noDates: string }
  day: { heading: string; intro: (days: number) => string; free: (count: string) => string; none: string }
  time: { heading: string; legend: (day: string) => string; continue: string; otherDay: string }
  /** Every time shown is the office's local time; the zone is named so a visitor abroad is not misled. */
  zoneNote: (zone: string) => string
  details: {
    heading: string
    intro: string
    name: string
    email: string
    emailHint: string
    phone: string
    documentNumber: string
    documentHint: string
    people: string
    peopleHint: string
    optional: string
    continue: string
    privacy: string
  }
  review: { heading: string; intro: string; confirm: string; edit: string; applicant: string; appointment: string }
  summary: { name: string; email: string; phone: string; documentNumber: string; people: string; address: string; reference: string; status: string }
  booked: { title: string; lead: string; movedTitle: string; movedLead: string; reference: string; mail: string; bring: string; manageNote: string; backHome: string }
  cancelled: { title: string; lead: string; bookAgain: string }
  manage: {
    title: string
    intro: string
    status: Record<'booked' | 'cancelled' | 'attended' | 'no-show', string>
    /** A booking whose appointment has passed or was cancelled cannot be changed. */
    closed: string
    cancel: string
    move: string
    cancelHeading: string
    cancelIntro: string
    cancelConfirm: string
    keep: string
    moveHeading: string
    moveIntro: string
    moveConfirm: string
    from: string
    to: string
  }
  notices: Record<FlowNotice, (limits: ScheduleLimits) => string>
  token: { invalidTitle: string; invalid: string; usedTitle: string; used: string }
  rateLimited: (minutes: number) => string
}
