import type { AppointmentMailMessages } from './messages'

export const en: AppointmentMailMessages = {
  subject: {
    confirmed: (ref, service) => `Appointment booked: ${service} — ${ref}`,
    moved: (ref, service) => `Appointment changed: ${service} — ${ref}`,
    reminder: (ref, service) => `Reminder: your appointment tomorrow, ${service} — ${ref}`,
    cancelled: (ref, service) => `Appointment cancelled: ${service} — ${ref}`,
  },
  greeting: (name) => `Dear ${name},`,
  lead: {
    confirmed: 'Your appointment is booked.',
    moved: 'Your appointment has been moved. The new date and time are below; the previous one no longer holds.',
    reminder: 'This is a reminder of your appointment tomorrow.',
    cancelledByStaff: 'We are sorry: we have had to cancel your appointment.',
    cancelledByApplicant: 'Your appointment has been cancelled, as you asked.',
  },
  label: { reference: 'Reference', service: 'Service', office: 'Office', when: 'Date and time', people: 'People', reason: 'Reason' },
  localTime: (time, zone) => `${time} (${zone})`,
  bring: 'What to bring',
  manage: 'To cancel or change your appointment, open this link. Keep it private: it works without a password.',
  calendar: 'The attached file adds the appointment to your calendar.',
  bookAgain: 'To book another appointment:',
  signature: (m) => `\n\n--\n${m}\nThis message is about an appointment booked on our website.\n`,
}
