import type { FieldErrorCode } from '../../src/citizen/formFields'
import type { MissionSiteView } from '../../src/content/viewModels'
import { citizenMessagesFor } from '../i18n/citizen'

/** The refusals each field can get (src/citizen/enquiryInput.ts, surveyInput.ts); others are worded without a label. */
const FIELD_CODES: Record<string, FieldErrorCode[]> = {
  name: ['required', 'too-long'],
  email: ['required', 'invalid-email'],
  phone: ['invalid-phone'],
  topic: ['required', 'unknown-choice'],
  message: ['required', 'too-long'],
  consent: ['consent-required'],
  rating: ['required', 'unknown-choice'],
  resolved: ['required', 'unknown-choice'],
  comment: ['too-long'],
}

/** Stands for the minutes in the rate-limit sentence; the script puts the real number in. */
export const MINUTES_PLACEHOLDER = 987654

/**
 * What the optional script says, worded here in the page's language: it only picks sentences
 * by the codes the CMS answers with, so the server never writes text a visitor reads.
 */
export function formScriptMessages(site: MissionSiteView, kind: 'enquiry' | 'survey', labels: Record<string, string>) {
  const t = citizenMessagesFor(site.locale)
  const codes = Object.keys(t.errors.field) as FieldErrorCode[]
  const fields = Object.fromEntries(Object.entries(labels).map(([field, label]) =>
    [field, Object.fromEntries((FIELD_CODES[field] ?? []).map((code) => [code, t.errors.field[code](label)]))]))
  const general = Object.fromEntries(codes.map((code) => [code, t.errors.field[code]('')]))
  return {
    kind,
    summary: t.errors.summary,
    fields,
    general,
    network: t.errors.network,
    rateLimited: t.errors.rateLimited(MINUTES_PLACEHOLDER * 60),
    minutesPlaceholder: String(MINUTES_PLACEHOLDER),
    sending: t.form.sending,
    done: kind === 'enquiry'
      ? { title: t.received.title, lead: t.received.lead, reference: t.received.reference, more: `${t.received.acknowledgement} ${t.received.promise(site.citizen.replyWithinWorkingDays)}` }
      : { title: t.survey.thanksTitle, lead: t.survey.sent, reference: '', more: t.survey.thanksBody },
  }
}
