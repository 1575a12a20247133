/** The mail job's name and input, apart from its handler, so the collection hooks stay light. */
export const SEND_CITIZEN_MAIL = 'sendCitizenMail'

/** Which message, about which enquiry: the job reads the rest, so no personal data sits in the queue. */
export type CitizenMailInput = { kind: 'acknowledgement' | 'reply'; enquiry: string }
