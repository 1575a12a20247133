/**
 * The interaction axis: whether a mission answers the people who write to it, and whether
 * they were satisfied. A pure function of enquiries' dates and statuses, survey ratings, the
 * charter's promise and the clock; no names, addresses or messages are ever an input.
 */
import { round2 } from './agenda'
import { surveyStats } from './surveyFigures'
import type { AuditEnquiry, AuditSurveyAnswer, EnquiryFigures } from './types'
import { replyDeadline } from './workingDays'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const OPEN = new Set(['new', 'in-progress'])

/** The charter's promise when the ministry has not stated one (the Ministry global's default). */
export const DEFAULT_REPLY_WITHIN_WORKING_DAYS = 3

export function interactionOf(
  enquiries: readonly AuditEnquiry[],
  surveyAnswers: readonly AuditSurveyAnswer[],
  context: { now: Date; windowDays: number; replyWithinWorkingDays: number },
): EnquiryFigures {
  const nowMs = context.now.getTime()
  const since = nowMs - context.windowDays * DAY_MS
  const inWindow = (ms: number) => ms > since && ms <= nowMs

  const dated = enquiries
    .map((e) => {
      const received = Date.parse(e.createdAt)
      const replied = e.firstRepliedAt === null ? Number.NaN : Date.parse(e.firstRepliedAt)
      return {
        status: e.status,
        received,
        // A reply after `now` has not happened yet as far as this audit is concerned.
        replied: Number.isFinite(replied) && replied <= nowMs ? replied : null,
        deadline: Number.isFinite(received) ? replyDeadline(new Date(received), context.replyWithinWorkingDays).getTime() : Number.NaN,
      }
    })
    .filter((e) => Number.isFinite(e.received))

  const received = dated.filter((e) => inWindow(e.received))
  const answered = received.filter((e) => e.replied !== null)
  const hours = answered.map((e) => (e.replied! - e.received) / HOUR_MS)
  // Still inside its promise and unanswered: too early to judge either way.
  const due = received.filter((e) => e.replied !== null || e.deadline <= nowMs)
  const inTime = due.filter((e) => e.replied !== null && e.replied < e.deadline)
  const openOverdue = dated.filter((e) => OPEN.has(e.status) && e.received <= nowMs && e.deadline <= nowMs)

  const survey = surveyStats(surveyAnswers.filter((a) => inWindow(Date.parse(a.createdAt))))
  return {
    enquiries: {
      received: received.length,
      answered: answered.length,
      firstReplyHours: { median: roundHours(median(hours)), p90: roundHours(percentile(hours, 0.9)) },
      due: due.length,
      answeredWithinPromise: inTime.length,
      withinPromiseShare: due.length ? round2(inTime.length / due.length) : null,
      openOverdue: openOverdue.length,
    },
    survey: { count: survey.count, mean: survey.mean, resolvedShare: survey.resolvedShare },
  }
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Nearest rank: the smallest value with at least `p` of the values at or below it. Always a
 * time some enquiry really took, never an interpolation between two.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!
}

const roundHours = (h: number | null) => (h === null ? null : Math.round(h * 10) / 10)
