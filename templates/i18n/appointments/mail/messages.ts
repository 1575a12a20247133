/**
 * What the appointment e-mails say, one file per locale, typed so a missing string does not
 * compile. Dates and times arrive formatted in the reader's language and the office's zone.
 */
export type AppointmentMailMessages = {
  subject: {
    confirmed: (reference: string, service: string) => string
    moved: (reference: string, service: string) => string
    reminder: (reference: string, service: string) => string
    cancelled: (reference: string, service: string) => string
  }
  greeting: (name: string) => string
  lead: {
    confirmed: string
    moved: string
    reminder: string
    /** Staff cancelled: the reason follows. */
    cancelledByStaff: string
    cancelledByApplicant: string
  }
  label: { reference: string; service: string; office: string; when: string; people: string; reason: string }
  /** "10:30 (Central European Time)": the office's time, named, as a reader abroad may live by another. */
  localTime: (time: string, zone: string) => string
  bring: string
  manage: string
  calendar: string
  bookAgain: string
  signature: (mission: string) => string
}
