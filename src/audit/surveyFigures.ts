/**
 * The satisfaction survey's figures: counts, means, the spread of ratings, the share resolved,
 * month by month. Pure and free of Payload, so the admin view, the audit and the ministry
 * site's open data compute them the same way. Comments are not an input: no aggregate can
 * leak one.
 */
import { round2 } from './agenda'

/** One answer as the figures need it. `mission` and `service` are whatever keys the caller uses (ids or slugs). */
export type SurveyAnswer = { mission: string; service: string | null; rating: number; resolved: boolean; createdAt: string }

/** Answers rated 1, 2, 3, 4 and 5, in that order. */
export type RatingDistribution = [number, number, number, number, number]

export type SurveyStats = {
  count: number
  /** Mean rating, two decimals; null without answers. */
  mean: number | null
  /** Share of answers saying the matter was resolved, two decimals; null without answers. */
  resolvedShare: number | null
  distribution: RatingDistribution
}

/** A calendar month in UTC, `YYYY-MM`; only months with answers are listed, oldest first. */
export type MonthStats = SurveyStats & { month: string }

export type SurveySummary = SurveyStats & { byMonth: MonthStats[] }

export type SurveyFigures = {
  total: SurveySummary
  /** By mission key, each with its services; answers without a service (after a reply) count for the mission only. */
  byMission: (SurveySummary & { mission: string; byService: (SurveySummary & { service: string })[] })[]
  /** By service key across the network. */
  byService: (SurveySummary & { service: string })[]
}

const isRating = (n: unknown): n is 1 | 2 | 3 | 4 | 5 => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 5

/** Answers with a rating the survey could not have produced, or no readable date, are left out rather than guessed at. */
export function validAnswers<T extends Pick<SurveyAnswer, 'rating' | 'createdAt'>>(answers: readonly T[]): T[] {
  return answers.filter((a) => isRating(a.rating) && Number.isFinite(Date.parse(a.createdAt)))
}

export function surveyStats(answers: readonly Pick<SurveyAnswer, 'rating' | 'resolved'>[]): SurveyStats {
  const distribution: RatingDistribution = [0, 0, 0, 0, 0]
  let sum = 0
  let resolved = 0
  let count = 0
  for (const a of answers) {
    if (!isRating(a.rating)) continue
    distribution[a.rating - 1] += 1
    sum += a.rating
    if (a.resolved) resolved += 1
    count += 1
  }
  return {
    count,
    mean: count ? round2(sum / count) : null,
    resolvedShare: count ? round2(resolved / count) : null,
    distribution,
  }
}

export function surveySummary(answers: readonly SurveyAnswer[]): SurveySummary {
  const valid = validAnswers(answers)
  const months = groupBy(valid, (a) => new Date(a.createdAt).toISOString().slice(0, 7))
  return {
    ...surveyStats(valid),
    byMonth: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, list]) => ({ month, ...surveyStats(list) })),
  }
}

/**
 * Per mission (with its services), per service and in total. Reusable by the site build for
 * open data: publish `count`, `mean`, `resolvedShare` and `byMonth` as they are.
 */
export function surveyFigures(answers: readonly SurveyAnswer[]): SurveyFigures {
  const valid = validAnswers(answers)
  const byService = (list: SurveyAnswer[]) =>
    [...groupBy(list.filter((a) => a.service !== null), (a) => a.service!).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, own]) => ({ service, ...surveySummary(own) }))
  return {
    total: surveySummary(valid),
    byMission: [...groupBy(valid, (a) => a.mission).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([mission, own]) => ({ mission, ...surveySummary(own), byService: byService(own) })),
    byService: byService(valid),
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}
