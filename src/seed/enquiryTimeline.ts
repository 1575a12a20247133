import type { EnquirySeed } from './data/enquiries'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** Monday to Friday, as the charter counts (collections/Ministry.ts: replyWithinWorkingDays). */
const isWorkingDay = (time: number) => {
  const day = new Date(time).getUTCDay()
  return day >= 1 && day <= 5
}

/** The same time of day `days` working days later; from a weekend, Monday counts as the first. */
export function addWorkingDays(from: Date, days: number): Date {
  let time = from.getTime()
  for (let left = days; left > 0; ) {
    time += DAY
    if (isWorkingDay(time)) left -= 1
  }
  return new Date(time)
}

export type EnquiryTimeline = {
  receivedAt: Date
  firstRepliedAt: Date | null
  closedAt: Date | null
  /** When the reply's survey was answered, if it was. */
  surveyedAt: Date | null
  /** The last thing that happened to it. */
  updatedAt: Date
}

/** An enquiry's dates for a run at `now`; data.test.ts checks every one is in the past whatever weekday `now` is. */
export function enquiryTimeline(seed: EnquirySeed, now: Date): EnquiryTimeline {
  const receivedAt = new Date(now.getTime() - seed.daysAgo * DAY)
  if (seed.status !== 'answered' && seed.status !== 'closed') {
    return { receivedAt, firstRepliedAt: null, closedAt: null, surveyedAt: null, updatedAt: receivedAt }
  }
  const firstRepliedAt = new Date(addWorkingDays(receivedAt, seed.reply.workingDays).getTime() + seed.reply.hours * HOUR)
  const closedAt = seed.status === 'closed' ? new Date(firstRepliedAt.getTime() + seed.closedAfterDays * DAY) : null
  const surveyedAt = seed.survey ? new Date(firstRepliedAt.getTime() + seed.survey.daysAfterReply * DAY) : null
  return { receivedAt, firstRepliedAt, closedAt, surveyedAt, updatedAt: closedAt ?? firstRepliedAt }
}

/** A date `daysAgo` days before the run. */
export const daysBefore = (now: Date, daysAgo: number): Date => new Date(now.getTime() - daysAgo * DAY)
