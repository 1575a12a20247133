/**
 * What the presence audit reads (AuditData: published content reduced to the facts it
 * judges) and what it reports (AuditReport). Plain data, so the computation is a pure
 * function of data and clock, and the same report feeds the CLI table, `--json`, the
 * admin dashboard and GET /api/audit.
 */
import type { AppointmentSummary, BookingFact, ServiceAppointmentFigures } from '../appointments/figures'
import type { ScheduleRules } from '../appointments/types'
import type { SectionKey } from './sections'

/** Who a mission is, as the audit names it. */
export type MissionIdentity = {
  id: string
  slug: string
  /** In the mission's own default language. */
  name: string
  type: string
  hostCountry: string
  city: string
}

export type AuditMission = MissionIdentity & {
  status: 'open' | 'closed'
  siteLocales: string[]
  defaultLocale: string
  offices: { hasAddress: boolean; hasContactChannel: boolean }[]
}

export type AuditData = {
  missions: AuditMission[]
  /** Published press releases: owner (null for the ministry) and publication date. */
  releases: { missionId: string | null; publishedAt: string }[]
  /** Published blog posts: owner (null for the ministry's own blog). Absent counts as none. */
  blogPosts?: { missionId: string | null }[]
  /** Published services and the missions that list them. */
  services: { slug: string; missionIds: string[] }[]
  accounts: { ownerType: 'mission' | 'ministry' | 'related-body'; missionId: string | null; platformId: string }[]
  platforms: { id: string; slug: string; name: string }[]
  ministry: {
    relatedLinkCount: number
    charterHasText: boolean
    /** The charter's promise of a first reply; null when the ministry has not stated one. */
    replyWithinWorkingDays: number | null
    charterCommitmentCount: number
    /** Published entries of the accredited corps (the ministry site's host-country section); absent counts as none. */
    accreditedCorpsCount?: number
  }
  /** Enquiries the reader may see, reduced to dates and status: never who wrote or what. */
  enquiries: AuditEnquiry[]
  /** Survey answers the reader may see, without comments. */
  surveyAnswers: AuditSurveyAnswer[]
  /** Active appointment schedules (public) and the bookings the reader may see as slots and statuses: never who booked. */
  appointments?: { schedules: ScheduleRules[]; bookings: BookingFact[] }
}

export type AuditEnquiry = {
  missionId: string
  status: 'new' | 'in-progress' | 'answered' | 'closed'
  createdAt: string
  firstRepliedAt: string | null
}

export type AuditSurveyAnswer = { missionId: string; serviceId: string | null; rating: number; resolved: boolean; createdAt: string }

/** The interaction axis for one mission, or pooled over the missions audited. */
export type InteractionFigures = EnquiryFigures & {
  /** Appointments over every service the mission (or the selection) books: waits, places used, no-shows. */
  appointments: AppointmentSummary
}

/** Enquiries and survey answers: what interactionOf computes. */
export type EnquiryFigures = {
  enquiries: {
    /** Received in the window. */
    received: number
    /** Of those, with a first reply by `now`. */
    answered: number
    /** Hours from arrival to first reply (calendar time, one decimal), over those answered; null when none was. */
    firstReplyHours: { median: number | null; p90: number | null }
    /** Received in the window and either answered or past the charter's deadline: what the promise is judged on. */
    due: number
    answeredWithinPromise: number
    /** answeredWithinPromise / due, two decimals; null when nothing was due. */
    withinPromiseShare: number | null
    /** Still new or in progress past the charter's deadline, whenever they arrived. */
    openOverdue: number
  }
  /** Survey answers given in the window. */
  survey: { count: number; mean: number | null; resolvedShare: number | null }
}

export type AuditOptions = {
  /** The audit's clock: every "days since" and window is counted back from here. */
  now: Date
  /** How far back releases per month are counted (days; a month is 30 days). */
  windowDays?: number
  /** Only these missions (ids); the network figures are then figures of this selection. */
  missionIds?: string[]
  /** How many missions the "needs attention" list names at most. */
  attentionCount?: number
}

export type Reason = { code: ReasonCode; message: string }

export type ReasonCode =
  | 'no-releases'
  | 'stale-releases'
  | 'few-releases'
  | 'missing-locales'
  | 'few-platforms'
  | 'overdue-enquiries'
  | 'late-replies'
  | 'low-satisfaction'
  | `missing-section:${SectionKey}`

export type ScoreParts = {
  sections: number
  locales: number
  freshness: number
  frequency: number
  platforms: number
  responsiveness: number
  satisfaction: number
}

export type MissionAudit = MissionIdentity & {
  accounts: { platform: string; name: string; count: number }[]
  accountCount: number
  locales: { served: string[]; expected: string[]; missing: string[] }
  releases: {
    lastPublishedAt: string | null
    /** Whole days from the last release to `now`; null when the mission never published one. */
    daysSinceLast: number | null
    inWindow: number
    perMonth: number
  }
  services: { count: number; slugs: string[] }
  sections: { present: SectionKey[]; missing: SectionKey[] }
  interaction: InteractionFigures
  /** Per service that takes appointments at this mission, by service slug. */
  appointments: ServiceAppointmentFigures[]
  score: number
  scoreParts: ScoreParts
  reasons: Reason[]
}

export type NetworkAudit = {
  missionsAudited: number
  /** Closed missions have no site to judge; they are left out and counted here. */
  closedMissionsSkipped: number
  publishedInLast30Days: number
  platformCoverage: { platform: string; name: string; missions: number; share: number }[]
  averageScore: number | null
  /** The charter's promise the figures are judged against, in working days (Monday to Friday, UTC). */
  replyWithinWorkingDays: number
  /** Pooled over the missions audited: medians and shares of all their enquiries together, not means of means. */
  interaction: InteractionFigures
  /** Ministry-wide sections (the same for every mission) that are missing. */
  ministryGaps: SectionKey[]
  /** Sections the content model has no place for yet: missing everywhere. */
  notModelled: SectionKey[]
  needsAttention: { slug: string; name: string; score: number; reasons: Reason[] }[]
}

export type AuditReport = {
  generatedAt: string
  windowDays: number
  network: NetworkAudit
  missions: MissionAudit[]
}
