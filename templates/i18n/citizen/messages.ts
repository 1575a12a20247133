import type { FieldErrorCode } from '../../../src/citizen/formFields'

/**
 * What the citizen-facing parts of a site say: the contact form, the survey, the charter and
 * privacy pages, and the pages the CMS answers with. One file per locale, typed, so a missing
 * string does not compile.
 */
export type CitizenMessages = {
  footer: { contactForm: string; charter: string; privacy: string }
  form: {
    heading: string
    intro: (days: number) => string
    name: string
    email: string
    emailHint: string
    phone: string
    optional: string
    topic: string
    chooseTopic: string
    message: string
    messageHint: (max: number) => string
    consent: string
    privacyLink: string
    submit: string
    sending: string
    /** Left empty by people; bots fill it in. */
    honeypot: string
  }
  errors: {
    summary: string
    /** Why a field was refused; the field's label is given for messages that name it. */
    field: Record<FieldErrorCode, (label: string) => string>
    /** The script could not reach the server, or the server refused the post as a whole. */
    network: string
    rateLimited: (seconds: number) => string
  }
  received: { title: string; lead: string; reference: string; acknowledgement: string; promise: (days: number) => string; backHome: string }
  survey: {
    heading: string
    intro: string
    replyIntro: (reference: string) => string
    rating: string
    ratings: [string, string, string, string, string]
    resolved: string
    yes: string
    no: string
    comment: string
    commentHint: (max: number) => string
    submit: string
    thanksTitle: string
    thanksBody: string
    sent: string
  }
  charter: { title: string; description: string; intro: string; promise: (days: number) => string; commitments: string; measured: string }
  privacy: {
    title: string
    description: string
    controller: (ministry: string, mission: string) => string
    purpose: string
    data: string
    retention: (days: number) => string
    bookingRetention: (days: number) => string
    access: string
    rights: string
    noTracking: string
  }
}
