import { isLocaleCode, type LocaleCode } from '../config/locales'

/**
 * What can be wrong with a field of a public form. Templates turn each code into a sentence in
 * the visitor's language (templates/i18n), so the server never writes text a visitor reads.
 */
export type FieldErrorCode =
  | 'required'
  | 'too-long'
  | 'invalid-email'
  | 'invalid-phone'
  | 'unknown-choice'
  | 'consent-required'
  | 'honeypot'
  | 'too-fast'
  | 'repeated'
  | 'already-answered'
  | 'invalid-link'

export type FieldErrors = Record<string, FieldErrorCode>

/** The posted fields, once each: a field sent twice is refused rather than guessed at. */
export function singleValues(params: URLSearchParams): { values: Record<string, string>; repeated: string[] } {
  const values: Record<string, string> = {}
  const repeated: string[] = []
  for (const [name, value] of params) {
    if (name in values) repeated.push(name)
    else values[name] = value
  }
  return { values, repeated: [...new Set(repeated)] }
}

/** Line endings made one, other control characters removed, outer space trimmed. */
export function cleanText(value: string | undefined, { multiline = false } = {}): string {
  if (value === undefined) return ''
  const unified = value.replace(/\r\n?/g, '\n')
  const stripped = multiline ? unified.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '') : unified.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return stripped.trim()
}

// The practical subset of RFC 5322 that mail servers accept: one @, a dotted domain, no spaces.
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/
const PHONE = /^\+?[0-9][0-9 ().-]{3,38}[0-9]$/

export const isEmailAddress = (value: string) => value.length <= 254 && EMAIL.test(value) && !value.includes('..')
export const isPhoneNumber = (value: string) => PHONE.test(value)

/** The page's language, when it is one of the network's; else the given fallback. */
export function postedLocale(value: string | undefined, fallback: LocaleCode): LocaleCode {
  return isLocaleCode(value) ? value : fallback
}

/** Bots fill a form the moment they load it; a person takes longer. Only the script stamps the start. */
export const MIN_FILL_MS = 3_000

export function filledTooFast(started: string | undefined, now: number): boolean {
  if (!started || !/^\d{10,15}$/.test(started)) return false
  const elapsed = now - Number(started)
  return elapsed >= 0 && elapsed < MIN_FILL_MS
}
