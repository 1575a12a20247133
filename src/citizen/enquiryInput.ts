import type { LocaleCode } from '../config/locales'
import { cleanText, filledTooFast, isEmailAddress, isPhoneNumber, postedLocale, singleValues, type FieldErrors } from './formFields'

export const ENQUIRY_LIMITS = { name: 120, email: 254, phone: 40, message: 5_000, key: 64 } as const

/** The contact form's fields, as the generated form names them. */
export const ENQUIRY_FIELDS = ['mission', 'locale', 'name', 'email', 'phone', 'topic', 'message', 'consent', 'website', 'started', 'key'] as const

export type EnquiryInput = {
  mission: string
  locale: LocaleCode
  name: string
  email: string
  phone: string
  topic: string
  message: string
  /** The form's idempotency key (set by the script); without it, one is derived from the content. */
  key: string
}

/** What the visitor typed, to put back in the form next to the errors (never the honeypot). */
export type EnquiryValues = Partial<Record<'name' | 'email' | 'phone' | 'topic' | 'message' | 'consent', string>>

export type EnquiryReading =
  | { ok: true; input: EnquiryInput }
  | { ok: false; mission: string; locale: LocaleCode; errors: FieldErrors; values: EnquiryValues }

/**
 * Reads and checks a posted contact form: every problem at once, each under its field's name.
 * `topics` are the network's topic slugs; `now` dates the form's fill time.
 */
export function readEnquiryForm(params: URLSearchParams, topics: ReadonlySet<string>, now: number): EnquiryReading {
  const { values: raw, repeated } = singleValues(params)
  const mission = cleanText(raw.mission)
  const locale = postedLocale(raw.locale, 'es')
  const name = cleanText(raw.name)
  const email = cleanText(raw.email)
  const phone = cleanText(raw.phone)
  const topic = cleanText(raw.topic)
  const message = cleanText(raw.message, { multiline: true })
  const consent = cleanText(raw.consent)
  const errors: FieldErrors = {}

  for (const field of repeated) errors[field] = 'repeated'
  if (!mission) errors.mission = 'required'
  if (!name) errors.name = 'required'
  else if ([...name].length > ENQUIRY_LIMITS.name) errors.name = 'too-long'
  if (!email) errors.email = 'required'
  else if (!isEmailAddress(email)) errors.email = 'invalid-email'
  if (phone && (phone.length > ENQUIRY_LIMITS.phone || !isPhoneNumber(phone))) errors.phone = 'invalid-phone'
  if (!topic) errors.topic = 'required'
  else if (!topics.has(topic)) errors.topic = 'unknown-choice'
  if (!message) errors.message = 'required'
  else if ([...message].length > ENQUIRY_LIMITS.message) errors.message = 'too-long'
  if (consent !== 'yes') errors.consent = 'consent-required'
  if (raw.website) errors.website = 'honeypot'
  if (filledTooFast(raw.started, now)) errors.form = 'too-fast'
  const key = cleanText(raw.key)
  if (key.length > ENQUIRY_LIMITS.key || (key && !/^[A-Za-z0-9_-]+$/.test(key))) errors.key = 'too-long'

  if (Object.keys(errors).length > 0) {
    return { ok: false, mission, locale, errors, values: { name, email, phone, topic, message, consent } }
  }
  return { ok: true, input: { mission, locale, name, email, phone, topic, message, key } }
}
