import type { LocaleCode } from '../config/locales'
import type { FieldErrors } from './formFields'
import type { EnquiryValues } from './enquiryInput'
import type { SurveyValues } from './surveyInput'

/**
 * The pages the CMS renders for citizens in a mission's own page shell (absolute links to its
 * site's stylesheet and pages). Null: that mission has no site in that language to frame it.
 */
export interface CitizenPages {
  /** The contact page again, its form showing the errors next to the fields, the values kept. */
  enquiryForm(mission: string, locale: LocaleCode, state: { errors: FieldErrors; values: EnquiryValues }): Promise<string | null>
  enquiryReceived(mission: string, locale: LocaleCode, reference: string): Promise<string | null>
  /** The survey after a reply (tied to its reference), or a service page's survey sent back with errors. */
  surveyForm(mission: string, locale: LocaleCode, state: SurveyFormState): Promise<string | null>
  surveyThanks(mission: string, locale: LocaleCode): Promise<string | null>
}

export type SurveyFormState = {
  reference: string | null
  token: string | null
  service: string | null
  errors: FieldErrors
  values: SurveyValues
}
