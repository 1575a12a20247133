/**
 * What the presence audit reads (AuditData: published content reduced to the facts it
 * judges) and what it reports (AuditReport). Plain data, so the computation is a pure
 * function of data and clock, and the same report feeds the CLI table, `--json`, the
 * admin dashboard and GET /api/audit.
 */
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
  /** Published services and the missions that list them. */
  services: { slug: string; missionIds: string[] }[]
  accounts: { ownerType: 'mission' | 'ministry' | 'related-body'; missionId: string | null; platformId: string }[]
  platforms: { id: string; slug: string; name: string }[]
  ministry: { relatedLinkCount: number; charterHasText: boolean }
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
  | `missing-section:${SectionKey}`

export type ScoreParts = {
  sections: number
  locales: number
  freshness: number
  frequency: number
  platforms: number
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
