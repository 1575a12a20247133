import type { LocaleCode } from '../../../config/locales'
import type { EnquiryTopicSlug } from '../enquiryTopics'

/** A demo login by e-mail (data/users.ts): who was assigned or replied. */
export type StaffEmail = 'admin@chancery.example' | 'editor@chancery.example' | 'madrid@chancery.example'

/**
 * The first reply, in the enquiry's language. Its delay is counted in working days (Monday to
 * Friday) so that "on time" and "late" against the charter's promise hold whatever weekday the
 * seed runs on: on time is at most 2 working days, late at least 5, never the ambiguous 3 or 4.
 */
export type ReplySeed = { text: string; by: StaffEmail; workingDays: number; hours: number }

/** The reply's survey link, answered `daysAfterReply` days after the reply. */
export type EnquirySurveySeed = { rating: 1 | 2 | 3 | 4 | 5; resolved: boolean; comment?: string; daysAfterReply: number }

type Received = {
  /** Stable across runs: the natural key (as idempotency key `seed:<key>`); references depend on what the network already holds. */
  key: string
  mission: string
  topic: EnquiryTopicSlug
  /** One of the mission's site languages: the page it was sent from. */
  locale: LocaleCode
  /** Invented; the writer marks it "(sample data)". */
  name: string
  email: `${string}@example.${'org' | 'com'}`
  phone?: string
  message: string
  /** Calendar days before the run, fractional so the times of day vary. */
  daysAgo: number
  assignee?: StaffEmail
  internalNotes?: string
}

export type EnquirySeed = Received &
  (
    | { status: 'new' | 'in-progress' }
    | { status: 'answered'; reply: ReplySeed; survey?: EnquirySurveySeed }
    | { status: 'closed'; reply: ReplySeed; closedAfterDays: number; survey?: EnquirySurveySeed }
  )
