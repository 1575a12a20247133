/**
 * The survey results the admin shows (/admin/survey): per mission in the reader's scope, per
 * service and month by month. Read through the signed-in user's access rules and narrowed to
 * the scope, as ratings, resolved flags and dates only: comments are never read here, so no
 * aggregate view can show one.
 */
import type { Payload, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE } from '../config/locales'
import { inLanguageOf, readCitizenFigures, surveyAnswer } from './loadAuditData'
import { missionIdsToAudit, type AuditScope } from './scope'
import { surveyFigures, surveySummary, type SurveySummary } from './surveyFigures'

export type SurveyResultsData = {
  missions: { id: string; slug: string; name: string; status: 'open' | 'closed' }[]
  services: { id: string; title: string }[]
  answers: { missionId: string; serviceId: string | null; rating: number; resolved: boolean; createdAt: string }[]
}

export type MissionSurveyResults = SurveySummary & {
  slug: string
  name: string
  byService: (SurveySummary & { service: string; title: string })[]
}

export type SurveyResults = { total: SurveySummary; missions: MissionSurveyResults[] }

export async function loadSurveyResultsData(payload: Payload, user: NonNullable<PayloadRequest['user']>, scope: AuditScope): Promise<SurveyResultsData> {
  const [missions, services, answers] = await Promise.all([
    payload.find({ collection: 'missions', depth: 0, pagination: false, locale: 'all', overrideAccess: false, select: { name: true, slug: true, defaultLocale: true, status: true } } as Parameters<Payload['find']>[0]),
    // Drafts too: an answer given while a service was published still names it after it was withdrawn.
    payload.find({ collection: 'services', depth: 0, pagination: false, locale: DEFAULT_LOCALE, overrideAccess: false, user, select: { title: true, slug: true } } as Parameters<Payload['find']>[0]),
    readCitizenFigures(payload, 'survey-responses', { citizenData: { user }, scope }),
  ])
  return {
    missions: (missions.docs as Record<string, any>[]).map((m) => ({
      id: String(m.id), slug: String(m.slug), name: inLanguageOf(m, m.name), status: m.status === 'closed' ? 'closed' : 'open',
    })),
    services: (services.docs as Record<string, any>[]).map((s) => ({ id: String(s.id), title: String(s.title ?? s.slug ?? s.id) })),
    answers: answers.flatMap(surveyAnswer),
  }
}

/**
 * The results for the missions in scope, narrowed to `requested` slugs (403 outside the scope,
 * 404 unknown, as in the audit). Open missions are listed even without answers; a closed
 * mission only when it has some.
 */
export function surveyResultsFor(data: SurveyResultsData, scope: AuditScope, requested: string[] = []): SurveyResults {
  const ids = missionIdsToAudit(scope, requested, data.missions)
  const inScope = (id: string) => (ids ? ids.includes(id) : true)
  const answers = data.answers
    .filter((a) => inScope(a.missionId))
    .map((a) => ({ mission: a.missionId, service: a.serviceId, rating: a.rating, resolved: a.resolved, createdAt: a.createdAt }))
  const figures = surveyFigures(answers)
  const titles = new Map(data.services.map((s) => [s.id, s.title]))
  const answered = new Map(figures.byMission.map((m) => [m.mission, m]))
  const none = surveySummary([])
  const missions = data.missions
    .filter((m) => inScope(m.id) && (m.status === 'open' || answered.has(m.id)))
    .map((m) => {
      const own = answered.get(m.id)
      return {
        ...(own ?? none),
        slug: m.slug,
        name: m.name,
        byService: (own?.byService ?? [])
          .map((s) => ({ ...s, title: titles.get(s.service) ?? 'A service no longer listed' }))
          .sort((a, b) => a.title.localeCompare(b.title)),
      }
    })
    .sort((a, b) => a.slug.localeCompare(b.slug))
  return { total: figures.total, missions }
}
