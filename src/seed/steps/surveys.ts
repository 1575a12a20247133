import type { SeedContext } from '../context'
import { ENQUIRIES } from '../data/enquiries'
import { SERVICE_SURVEYS } from '../data/surveys'
import { enquirySurveyData, serviceSurveyData } from '../documents/survey'
import { daysBefore, enquiryTimeline } from '../enquiryTimeline'
import { idFor } from '../refs'
import { ensureDocument } from '../writer'

/** Answers to the survey a reply links to: at most one per enquiry, which is also how they are found again. */
async function seedEnquirySurveys({ payload, report, refs, now }: SeedContext): Promise<void> {
  for (const seed of ENQUIRIES) {
    if (seed.status !== 'answered' && seed.status !== 'closed') continue
    const { survey } = seed
    if (!survey) continue
    const ids = { mission: idFor(refs.missions, seed.mission, 'mission'), enquiry: idFor(refs.enquiries, seed.key, 'enquiry') }
    const { surveyedAt } = enquiryTimeline(seed, now)
    await ensureDocument(payload, report, {
      collection: 'survey-responses',
      where: { enquiry: { equals: ids.enquiry } },
      locales: ['es'],
      data: () => enquirySurveyData(survey, seed, ids, surveyedAt!),
    })
  }
}

/**
 * Answers from the service pages. They have no natural key of their own, so they are found by
 * what was answered where (unique in the data; not the comment, which retention erases): a
 * citizen's identical answer would stand in for a demo one, which is harmless.
 */
async function seedServiceSurveys({ payload, report, refs, now }: SeedContext): Promise<void> {
  for (const survey of SERVICE_SURVEYS) {
    const ids = { mission: idFor(refs.missions, survey.mission, 'mission'), service: idFor(refs.services, survey.service, 'service') }
    await ensureDocument(payload, report, {
      collection: 'survey-responses',
      where: {
        and: [
          { mission: { equals: ids.mission } }, { service: { equals: ids.service } }, { locale: { equals: survey.locale } },
          { rating: { equals: survey.rating } }, { resolved: { equals: survey.resolved } },
        ],
      },
      locales: ['es'],
      data: () => serviceSurveyData(survey, ids, daysBefore(now, survey.daysAgo)),
    })
  }
}

export async function seedSurveys(context: SeedContext): Promise<void> {
  await seedEnquirySurveys(context)
  await seedServiceSurveys(context)
}
