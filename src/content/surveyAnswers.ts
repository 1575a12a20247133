import type { Payload } from 'payload'

/** One survey answer as the open data may use it: no comment, no enquiry, nothing about the person. */
export type SurveyAnswerFigure = { mission: string; service: string | null; rating: number; resolved: boolean; createdAt: string }

/**
 * The one read of the generator that is not the public's: survey answers are not public, but
 * their aggregate is published. Only the fields the aggregate needs are selected, so a
 * comment cannot reach a generated file by mistake.
 */
export async function readSurveyAnswers(payload: Payload): Promise<SurveyAnswerFigure[]> {
  const found = await payload.find({
    collection: 'survey-responses', depth: 0, pagination: false, overrideAccess: true,
    select: { mission: true, service: true, rating: true, resolved: true, createdAt: true },
  })
  return found.docs.map((d) => ({
    mission: typeof d.mission === 'string' ? d.mission : d.mission.id,
    service: d.service ? (typeof d.service === 'string' ? d.service : d.service.id) : null,
    rating: d.rating,
    resolved: Boolean(d.resolved),
    createdAt: d.createdAt,
  }))
}
