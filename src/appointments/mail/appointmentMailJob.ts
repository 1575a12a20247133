/** The appointment mail job's name and input, apart from its handler, so the collection hook stays light. */
export const SEND_APPOINTMENT_MAIL = 'sendAppointmentMail'

export type AppointmentMailKind = 'confirmed' | 'moved' | 'cancelled' | 'reminder'

/** Which message, about which booking: the job reads the rest when it runs, so no personal data sits in the queue. */
export type AppointmentMailInput = { kind: AppointmentMailKind; booking: string }
