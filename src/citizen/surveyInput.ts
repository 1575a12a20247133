import type { LocaleCode } from '../config/locales'
import { cleanText, filledTooFast, postedLocale, singleValues, type FieldErrors } from './formFields'
import { isReference } from './reference'

export const SURVEY_COMMENT_LIMIT = 1_000

export type SurveyInput = {
  mission: string
  locale: LocaleCode
  /** A service page's survey names its service; a reply's survey names its enquiry. */
  service: string
  reference: string
  token: string
  rating: number
  resolved: boolean
  comment: string
}

export type SurveyValues = Partial<Record<'rating' | 'resolved' | 'comment', string>>

export type SurveyReading =
  | { ok: true; input: SurveyInput }
  | { ok: false; mission: string; locale: LocaleCode; service: string; reference: string; token: string; errors: FieldErrors; values: SurveyValues }

/** Reads and checks a posted survey: overall 1–5, resolved yes/no, an optional comment. */
export function readSurveyForm(params: URLSearchParams, now: number): SurveyReading {
  const { values: raw, repeated } = singleValues(params)
  const mission = cleanText(raw.mission)
  const locale = postedLocale(raw.locale, 'es')
  const service = cleanText(raw.service)
  const reference = cleanText(raw.ref)
  const token = cleanText(raw.token)
  const rating = cleanText(raw.rating)
  const resolved = cleanText(raw.resolved)
  const comment = cleanText(raw.comment, { multiline: true })
  const errors: FieldErrors = {}

  for (const field of repeated) errors[field] = 'repeated'
  if (!mission && !reference) errors.mission = 'required'
  if (reference && !isReference(reference)) errors.ref = 'invalid-link'
  if (!rating) errors.rating = 'required'
  else if (!/^[1-5]$/.test(rating)) errors.rating = 'unknown-choice'
  if (!resolved) errors.resolved = 'required'
  else if (resolved !== 'yes' && resolved !== 'no') errors.resolved = 'unknown-choice'
  if ([...comment].length > SURVEY_COMMENT_LIMIT) errors.comment = 'too-long'
  if (raw.website) errors.website = 'honeypot'
  if (filledTooFast(raw.started, now)) errors.form = 'too-fast'

  if (Object.keys(errors).length > 0) {
    return { ok: false, mission, locale, service, reference, token, errors, values: { rating, resolved, comment } }
  }
  return { ok: true, input: { mission, locale, service, reference, token, rating: Number(rating), resolved: resolved === 'yes', comment } }
}
