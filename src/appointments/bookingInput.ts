import type { LocaleCode } from '../config/locales'
import { cleanText, isEmailAddress, isPhoneNumber, postedLocale, singleValues, type FieldErrors } from '../citizen/formFields'

export const BOOKING_LIMITS = { name: 120, email: 254, phone: 40, documentNumber: 40, key: 64, people: 6 } as const

/** The details form's fields, as the public flow names them. */
export const BOOKING_FIELDS = ['name', 'email', 'phone', 'documentNumber', 'people', 'locale', 'key', 'website'] as const

export type BookingInput = {
  name: string
  email: string
  /** Empty when not given. */
  phone: string
  documentNumber: string
  /** How many people come to the appointment, 1 to BOOKING_LIMITS.people. */
  people: number
  locale: LocaleCode
  /** The confirmation form's idempotency key; without it one is derived from the booking itself. */
  key?: string
}

export type BookingValues = Record<'name' | 'email' | 'phone' | 'documentNumber' | 'people', string>

export type BookingReading =
  | { ok: true; input: BookingInput }
  | { ok: false; errors: FieldErrors; values: BookingValues }

const KEY = /^[A-Za-z0-9_-]+$/
const PEOPLE = /^[1-9]\d?$/

/**
 * Reads and checks the applicant's details: every problem at once, each a code under its
 * field's name that the flow words in the visitor's language (as src/citizen/enquiryInput.ts).
 */
export function readBookingInput(form: URLSearchParams | Record<string, unknown>): BookingReading {
  const { values: raw, repeated } = form instanceof URLSearchParams ? singleValues(form) : { values: asStrings(form), repeated: [] }
  const name = cleanText(raw.name)
  const email = cleanText(raw.email)
  const phone = cleanText(raw.phone)
  const documentNumber = cleanText(raw.documentNumber)
  const peopleText = cleanText(raw.people) || '1'
  const key = cleanText(raw.key)
  const errors: FieldErrors = {}

  for (const field of repeated) errors[field] = 'repeated'
  if (!name) errors.name = 'required'
  else if ([...name].length > BOOKING_LIMITS.name) errors.name = 'too-long'
  if (!email) errors.email = 'required'
  else if (!isEmailAddress(email)) errors.email = 'invalid-email'
  if (phone && (phone.length > BOOKING_LIMITS.phone || !isPhoneNumber(phone))) errors.phone = 'invalid-phone'
  if ([...documentNumber].length > BOOKING_LIMITS.documentNumber) errors.documentNumber = 'too-long'
  const people = PEOPLE.test(peopleText) ? Number(peopleText) : NaN
  if (!(people >= 1 && people <= BOOKING_LIMITS.people)) errors.people = 'unknown-choice'
  if (key.length > BOOKING_LIMITS.key || (key && !KEY.test(key))) errors.key = 'too-long'
  if (raw.website) errors.website = 'honeypot'

  if (Object.keys(errors).length > 0) {
    return { ok: false, errors, values: { name, email, phone, documentNumber, people: peopleText } }
  }
  return {
    ok: true,
    input: { name, email, phone, documentNumber, people, locale: postedLocale(raw.locale, 'es'), ...(key ? { key } : {}) },
  }
}

function asStrings(record: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(record)) {
    if (typeof value === 'string') out[name] = value
    else if (typeof value === 'number' && Number.isFinite(value)) out[name] = String(value)
  }
  return out
}
