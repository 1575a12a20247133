import { describe, expect, it } from 'vitest'

import { interactionOf, median, percentile } from './interaction'
import type { AuditEnquiry, AuditSurveyAnswer } from './types'

// A Monday, so the working-day deadlines below can be read off a calendar.
const NOW = new Date('2026-06-15T12:00:00Z')
const HOUR = 3_600_000
const at = (iso: string, plusHours = 0) => new Date(Date.parse(iso) + plusHours * HOUR).toISOString()
const enquiry = (createdAt: string, replyAfterHours: number | null, status: AuditEnquiry['status'] = replyAfterHours === null ? 'new' : 'answered'): AuditEnquiry =>
  ({ missionId: 'm', status, createdAt, firstRepliedAt: replyAfterHours === null ? null : at(createdAt, replyAfterHours) })
const context = { now: NOW, windowDays: 90, replyWithinWorkingDays: 3 }

describe('median and 90th percentile', () => {
  it('the median averages the two middle values of an even count', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })

  it('the 90th percentile is a value some enquiry really took (nearest rank)', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10)
    expect(percentile([7], 0.9)).toBe(7)
    expect(percentile([], 0.9)).toBeNull()
  })
})

describe('the interaction figures of one mission', () => {
  it('measures time to first reply in hours, and judges the promise in working days', () => {
    const figures = interactionOf([
      // Friday noon, answered Tuesday 11:00 (95 hours): the deadline is the end of Wednesday.
      enquiry('2026-06-05T12:00:00Z', 95),
      // Thursday noon, answered 120 hours later (Tuesday noon): in time until the end of Tuesday.
      enquiry('2026-06-04T12:00:00Z', 120),
      // Monday noon, answered the Friday after (96 hours): the deadline was the end of Thursday.
      enquiry('2026-06-01T12:00:00Z', 96),
    ], [], context)
    expect(figures.enquiries).toEqual({
      received: 3, answered: 3, firstReplyHours: { median: 96, p90: 120 }, due: 3, answeredWithinPromise: 2, withinPromiseShare: 0.67, openOverdue: 0,
    })
  })

  it('does not judge an open enquiry still inside its promise, and counts open ones past it whenever they came', () => {
    const figures = interactionOf([
      // Friday: due by the end of Wednesday, not yet.
      enquiry('2026-06-12T09:00:00Z', null),
      // Wednesday: in time until the end of today, Monday.
      enquiry('2026-06-10T09:00:00Z', null),
      // Tuesday the week before: overdue since Saturday 00:00.
      enquiry('2026-06-09T09:00:00Z', null, 'in-progress'),
      // A year ago, never answered: outside the window, still overdue.
      enquiry('2025-06-10T09:00:00Z', null),
      // Closed without a reply: not open, but it broke the promise.
      enquiry('2026-05-01T09:00:00Z', null, 'closed'),
    ], [], context)
    expect(figures.enquiries).toMatchObject({ received: 4, answered: 0, due: 2, answeredWithinPromise: 0, withinPromiseShare: 0, openOverdue: 2 })
    expect(figures.enquiries.firstReplyHours).toEqual({ median: null, p90: null })
  })

  it('the clock is an input: later enquiries and replies have not happened yet', () => {
    const figures = interactionOf([enquiry('2026-06-15T10:00:00Z', 4), enquiry('2026-06-16T10:00:00Z', 1)], [], context)
    // Sent two hours before `now`, answered two hours after it: received, unanswered, not yet due.
    expect(figures.enquiries).toMatchObject({ received: 1, answered: 0, due: 0, withinPromiseShare: null, openOverdue: 0 })
  })

  it('a longer promise turns late replies into timely ones', () => {
    const late = [enquiry('2026-06-01T12:00:00Z', 96)]
    expect(interactionOf(late, [], context).enquiries.withinPromiseShare).toBe(0)
    expect(interactionOf(late, [], { ...context, replyWithinWorkingDays: 4 }).enquiries.withinPromiseShare).toBe(1)
  })

  it('counts and averages the survey answers given in the window', () => {
    const answer = (rating: number, resolved: boolean, createdAt: string): AuditSurveyAnswer => ({ missionId: 'm', serviceId: null, rating, resolved, createdAt })
    const figures = interactionOf([], [answer(5, true, '2026-06-01T00:00:00Z'), answer(2, false, '2026-05-01T00:00:00Z'), answer(1, false, '2026-01-01T00:00:00Z')], context)
    expect(figures.survey).toEqual({ count: 2, mean: 3.5, resolvedShare: 0.5 })
  })
})

describe('what the interaction figures tell a mission to fix', () => {
  it('a survey mean below the middle of the scale is a reason; a mean at it is not', async () => {
    const { auditNetwork } = await import('./auditNetwork')
    const data = (ratings: number[]) => ({
      missions: [{ id: 'm', slug: 'm', name: 'M', type: 'embassy', hostCountry: 'ES', city: 'M', status: 'open' as const, siteLocales: ['es'], defaultLocale: 'es', offices: [] }],
      releases: [], services: [], accounts: [], platforms: [], enquiries: [],
      ministry: { relatedLinkCount: 0, charterHasText: false, replyWithinWorkingDays: 3, charterCommitmentCount: 0 },
      surveyAnswers: ratings.map((rating) => ({ missionId: 'm', serviceId: null, rating, resolved: false, createdAt: '2026-06-01T00:00:00Z' })),
    })
    const reasons = (ratings: number[]) => auditNetwork(data(ratings), { now: NOW }).missions[0]!.reasons
    expect(reasons([1, 2]).find((r) => r.code === 'low-satisfaction')?.message).toBe('survey mean 1.5 of 5 over 2 answers')
    expect(reasons([2, 4]).some((r) => r.code === 'low-satisfaction')).toBe(false)
  })
})
