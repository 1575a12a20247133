import { surveyFigures, type SurveySummary } from '../audit/surveyFigures'
import { openDataPaths } from '../content/atlasPaths'
import type { RawNetwork } from '../content/loadNetwork'
import { pickText } from '../content/localize'
import { toCsv } from './csv'
import type { PlannedFile } from './outputPlan'

/** A summary as published: counts, means and shares; never a comment, never one person's answer on its own. */
type PublishedSummary = { count: number; mean: number | null; resolvedShare: number | null; distribution: number[]; byMonth: { month: string; count: number; mean: number | null; resolvedShare: number | null }[] }

export type SurveyMissionRecord = PublishedSummary & { mission: string; name: string; services: (PublishedSummary & { service: string })[] }

const SURVEY_COLUMNS = ['mission', 'service', 'month', 'count', 'mean', 'resolvedShare'] as const

const published = (s: SurveySummary): PublishedSummary => ({
  count: s.count, mean: s.mean, resolvedShare: s.resolvedShare, distribution: s.distribution,
  byMonth: s.byMonth.map((m) => ({ month: m.month, count: m.count, mean: m.mean, resolvedShare: m.resolvedShare })),
})

/**
 * The satisfaction survey as open data on the ministry's site: per mission and per service,
 * counts, means, shares resolved and month by month. Pure; fields in docs/open-data.md.
 */
export function planSurveyData(raw: RawNetwork, options: { baseUrl: string }): PlannedFile[] {
  const slugOf = new Map(raw.missions.map((m) => [m.id as string, m]))
  const serviceSlug = new Map(raw.services.map((s) => [s.id as string, s.slug as string]))
  // Answers of missions and services no longer public are left out: they have no public name.
  const answers = (raw.surveyAnswers ?? [])
    .filter((a) => slugOf.has(a.mission))
    .map((a) => ({ ...a, mission: slugOf.get(a.mission)!.slug as string, service: a.service ? serviceSlug.get(a.service) ?? null : null }))
  const figures = surveyFigures(answers)
  const missions: SurveyMissionRecord[] = figures.byMission.map((m) => {
    const doc = [...slugOf.values()].find((d) => d.slug === m.mission)
    return {
      mission: m.mission,
      name: pickText(doc?.name, 'es', 'es'),
      ...published(m),
      services: m.byService.map((s) => ({ service: s.service, ...published(s) })),
    }
  }).sort((a, b) => (a.mission < b.mission ? -1 : a.mission > b.mission ? 1 : 0))

  const rows = missions.flatMap((m) => [
    { mission: m.mission, service: '', month: '', count: m.count, mean: m.mean, resolvedShare: m.resolvedShare },
    ...m.byMonth.map((month) => ({ mission: m.mission, service: '', month: month.month, count: month.count, mean: month.mean, resolvedShare: month.resolvedShare })),
    ...m.services.map((s) => ({ mission: m.mission, service: s.service, month: '', count: s.count, mean: s.mean, resolvedShare: s.resolvedShare })),
  ])
  const publisher = pickText(raw.ministry.name, 'es', 'es')
  return [
    {
      path: openDataPaths.surveyJson,
      contents: `${JSON.stringify({ publisher, homepage: options.baseUrl, scale: '1 (very dissatisfied) to 5 (very satisfied)', total: published(figures.total), missions }, null, 2)}\n`,
      source: 'open data: satisfaction survey (JSON)',
    },
    { path: openDataPaths.surveyCsv, contents: toCsv(SURVEY_COLUMNS, rows), source: 'open data: satisfaction survey (CSV)' },
  ]
}
