import type { EnquirySeed, EnquirySurveySeed } from '../data/enquiries'
import type { ServiceSurveySeed } from '../data/surveys'

/** Dated when it was answered; nobody edits an answer, so it was last updated then too. */
const answeredAt = (at: Date) => ({ createdAt: at.toISOString(), updatedAt: at.toISOString() })

/** The survey a reply's link led to: in the enquiry's mission and language. */
export function enquirySurveyData(survey: EnquirySurveySeed, seed: EnquirySeed, ids: { mission: string; enquiry: string }, at: Date) {
  return {
    mission: ids.mission, enquiry: ids.enquiry, service: null,
    rating: survey.rating, resolved: survey.resolved, comment: survey.comment ?? null, locale: seed.locale,
    ...answeredAt(at),
  }
}

/** A survey answered on a service page of the mission. */
export function serviceSurveyData(survey: ServiceSurveySeed, ids: { mission: string; service: string }, at: Date) {
  return {
    mission: ids.mission, service: ids.service, enquiry: null,
    rating: survey.rating, resolved: survey.resolved, comment: survey.comment ?? null, locale: survey.locale,
    ...answeredAt(at),
  }
}
