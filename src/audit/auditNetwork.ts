/**
 * The presence audit: a pure function of the published content and citizens' figures
 * (AuditData) and a clock. Presence (sections, locales, accounts), agenda (how recently and how
 * often a mission publishes) and interaction (replies against the charter's promise, survey)
 * per mission, and the network's figures over the missions audited.
 */
import { appointmentFigures, appointmentSummary, type ServiceAppointmentFigures } from '../appointments/figures'
import { agendaOf, publishedWithin, round2 } from './agenda'
import { expectedLocales } from './expectedLocales'
import { DEFAULT_REPLY_WITHIN_WORKING_DAYS, interactionOf } from './interaction'
import { LOW_SATISFACTION_MEAN, scoreOf, scoreParts, TARGET_PLATFORMS, TARGET_RELEASES_PER_MONTH, TARGET_WITHIN_PROMISE } from './score'
import { ministryGaps, NOT_MODELLED, sectionByKey, sectionsOf, type SectionKey } from './sections'
import type { AuditData, AuditEnquiry, AuditMission, AuditOptions, AuditReport, AuditSurveyAnswer, MissionAudit, NetworkAudit, Reason } from './types'

export const DEFAULT_WINDOW_DAYS = 90
export const DEFAULT_ATTENTION_COUNT = 5
/** "Published lately" in the network summary. */
export const RECENT_DAYS = 30

export class AuditOptionError extends Error {}

export function auditNetwork(data: AuditData, options: AuditOptions): AuditReport {
  const { now } = options
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new AuditOptionError('now: must be a valid date')
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new AuditOptionError(`windowDays: must be a whole number of days above 0, got ${windowDays}`)
  const attentionCount = options.attentionCount ?? DEFAULT_ATTENTION_COUNT

  const selected = options.missionIds ? new Set(options.missionIds) : null
  const inSelection = data.missions.filter((m) => !selected || selected.has(m.id))
  const open = inSelection.filter((m) => m.status !== 'closed')

  const releaseDates = groupBy(data.releases, (r) => r.missionId, (r) => r.publishedAt)
  const platformsOfAccounts = groupBy(data.accounts.filter((a) => a.ownerType === 'mission'), (a) => a.missionId, (a) => a.platformId)
  const enquiriesOf = groupBy(data.enquiries, (e) => e.missionId, (e) => e)
  const answersOf = groupBy(data.surveyAnswers, (a) => a.missionId, (a) => a)
  const postsOf = groupBy(data.blogPosts ?? [], (p) => p.missionId, (p) => p)
  const appointmentsOf = groupBy(appointmentsOfSelection(data, new Set(open.map((m) => m.id)), now), (row) => row.missionId, (row) => row)
  const clock: Clock = { now, windowDays, replyWithinWorkingDays: data.ministry.replyWithinWorkingDays ?? DEFAULT_REPLY_WITHIN_WORKING_DAYS }
  const ownOf = (m: AuditMission): OwnContent => ({
    publishedAt: releaseDates.get(m.id) ?? [],
    accountPlatforms: platformsOfAccounts.get(m.id) ?? [],
    enquiries: enquiriesOf.get(m.id) ?? [],
    surveyAnswers: answersOf.get(m.id) ?? [],
    appointments: appointmentsOf.get(m.id) ?? [],
    blogPostCount: postsOf.get(m.id)?.length ?? 0,
  })
  const missions = open.map((m) => auditMission(m, data, ownOf(m), clock)).sort(bySlug)
  const audited = open.map(ownOf)
  return {
    generatedAt: now.toISOString(),
    windowDays,
    network: {
      ...networkFigures(missions, data, releaseDates, now, inSelection.length - open.length, attentionCount),
      replyWithinWorkingDays: clock.replyWithinWorkingDays,
      interaction: {
        ...interactionOf(audited.flatMap((o) => o.enquiries), audited.flatMap((o) => o.surveyAnswers), clock),
        appointments: appointmentSummary(audited.flatMap((o) => o.appointments)),
      },
    },
    missions,
  }
}

type Clock = { now: Date; windowDays: number; replyWithinWorkingDays: number }

/** The mission's own releases' dates, accounts' platform ids, enquiries, survey answers and appointment figures, grouped once for the whole network. */
type OwnContent = {
  publishedAt: string[]
  accountPlatforms: string[]
  enquiries: AuditEnquiry[]
  surveyAnswers: AuditSurveyAnswer[]
  appointments: ServiceAppointmentFigures[]
  blogPostCount: number
}

function auditMission(mission: AuditMission, data: AuditData, own: OwnContent, clock: Clock): MissionAudit {
  const { now, windowDays } = clock
  const accounts = data.platforms
    .map((p) => ({ platform: p.slug, name: p.name, count: own.accountPlatforms.filter((id) => id === p.id).length }))
    .filter((p) => p.count > 0)
    .sort((a, b) => a.name.localeCompare(b.name))
  const accountCount = accounts.reduce((n, p) => n + p.count, 0)
  const serviceSlugs = data.services.filter((s) => s.missionIds.includes(mission.id)).map((s) => s.slug).sort()

  const expected = expectedLocales(mission.hostCountry)
  const served = [...mission.siteLocales]
  const missingLocales = expected.filter((l) => !served.includes(l))
  const releases = agendaOf(own.publishedAt, now, windowDays)
  const sections = sectionsOf({ mission, serviceCount: serviceSlugs.length, accountCount, surveyAnswerCount: own.surveyAnswers.length, blogPostCount: own.blogPostCount }, data)
  const interaction = { ...interactionOf(own.enquiries, own.surveyAnswers, clock), appointments: appointmentSummary(own.appointments) }

  const parts = scoreParts({
    sectionsPresent: sections.present.length,
    // The sections its site is judged on: the ministry site's own (the accredited corps) are not among them.
    sectionsTotal: sections.present.length + sections.missing.length,
    localesServed: expected.length - missingLocales.length,
    localesExpected: expected.length,
    daysSinceLast: releases.daysSinceLast,
    releasesPerMonth: releases.perMonth,
    platformsWithAccount: accounts.length,
    withinPromiseShare: interaction.enquiries.withinPromiseShare,
    surveyMean: interaction.survey.mean,
  })
  return {
    id: mission.id,
    slug: mission.slug,
    name: mission.name,
    type: mission.type,
    hostCountry: mission.hostCountry,
    city: mission.city,
    accounts,
    accountCount,
    locales: { served, expected, missing: missingLocales },
    releases,
    services: { count: serviceSlugs.length, slugs: serviceSlugs },
    sections,
    interaction,
    appointments: own.appointments,
    score: scoreOf(parts),
    scoreParts: roundParts(parts),
    reasons: reasonsFor({ releases, windowDays, missingLocales, platforms: accounts.length, missingSections: sections.missing, interaction, promise: clock.replyWithinWorkingDays }),
  }
}

/** What the mission itself can fix, most urgent first; ministry-wide and unmodelled gaps are network findings. */
function reasonsFor(input: {
  releases: MissionAudit['releases']
  windowDays: number
  missingLocales: string[]
  platforms: number
  missingSections: SectionKey[]
  interaction: MissionAudit['interaction']
  promise: number
}): Reason[] {
  const reasons: Reason[] = []
  const { enquiries, survey } = input.interaction
  // People waiting past the promise come before anything the mission publishes.
  if (enquiries.openOverdue > 0) {
    reasons.push({ code: 'overdue-enquiries', message: `${plural(enquiries.openOverdue, 'open enquiry', 'open enquiries')} older than the promise of ${input.promise} working days` })
  }
  if (enquiries.withinPromiseShare !== null && enquiries.withinPromiseShare < TARGET_WITHIN_PROMISE) {
    reasons.push({
      code: 'late-replies',
      message: `${Math.round(enquiries.withinPromiseShare * 100)}% of enquiries answered within ${input.promise} working days (target ${Math.round(TARGET_WITHIN_PROMISE * 100)}%)`,
    })
  }
  if (survey.mean !== null && survey.mean < LOW_SATISFACTION_MEAN) {
    reasons.push({ code: 'low-satisfaction', message: `survey mean ${survey.mean} of 5 over ${plural(survey.count, 'answer', 'answers')}` })
  }
  const { daysSinceLast, perMonth } = input.releases
  if (daysSinceLast === null) reasons.push({ code: 'no-releases', message: 'has never published a press release' })
  else if (daysSinceLast > RECENT_DAYS) reasons.push({ code: 'stale-releases', message: `last press release ${daysSinceLast} days ago` })
  if (daysSinceLast !== null && perMonth < TARGET_RELEASES_PER_MONTH) {
    reasons.push({ code: 'few-releases', message: `${perMonth} releases a month over ${input.windowDays} days (target ${TARGET_RELEASES_PER_MONTH})` })
  }
  if (input.missingLocales.length) {
    reasons.push({ code: 'missing-locales', message: `site not published in ${input.missingLocales.join(', ')}` })
  }
  for (const key of input.missingSections) {
    const section = sectionByKey(key)
    if (section.scope === 'mission') reasons.push({ code: `missing-section:${key}`, message: section.remedy })
  }
  if (input.platforms > 0 && input.platforms < TARGET_PLATFORMS) {
    reasons.push({ code: 'few-platforms', message: `accounts on ${input.platforms} platform${input.platforms === 1 ? '' : 's'} (target ${TARGET_PLATFORMS})` })
  }
  return reasons
}

function networkFigures(
  missions: MissionAudit[],
  data: AuditData,
  releaseDates: Map<string | null, string[]>,
  now: Date,
  closedMissionsSkipped: number,
  attentionCount: number,
): Omit<NetworkAudit, 'replyWithinWorkingDays' | 'interaction'> {
  const total = missions.length
  const platformCoverage = data.platforms
    .map((p) => {
      const count = missions.filter((m) => m.accounts.some((a) => a.platform === p.slug)).length
      return { platform: p.slug, name: p.name, missions: count, share: total ? round2(count / total) : 0 }
    })
    .sort((a, b) => b.missions - a.missions || a.name.localeCompare(b.name))

  const needsAttention = [...missions]
    .filter((m) => m.reasons.length > 0)
    .sort(mostInNeedFirst)
    .slice(0, attentionCount)
    .map((m) => ({ slug: m.slug, name: m.name, score: m.score, reasons: m.reasons }))

  return {
    missionsAudited: total,
    closedMissionsSkipped,
    publishedInLast30Days: missions.filter((m) => publishedWithin(releaseDates.get(m.id) ?? [], now, RECENT_DAYS)).length,
    platformCoverage,
    averageScore: total ? round2(missions.reduce((n, m) => n + m.score, 0) / total) : null,
    ministryGaps: ministryGaps(data),
    notModelled: NOT_MODELLED,
    needsAttention,
  }
}

/** Lowest score first; between equals, the longest silence (never published counts longest), then by slug. */
export function mostInNeedFirst(a: MissionAudit, b: MissionAudit): number {
  const silence = (m: MissionAudit) => m.releases.daysSinceLast ?? Number.POSITIVE_INFINITY
  const bySilence = silence(a) === silence(b) ? 0 : silence(b) > silence(a) ? 1 : -1
  return a.score - b.score || bySilence || a.slug.localeCompare(b.slug)
}

/** Figures of the selection's schedules only: the slot engine's work grows with every schedule it lays out. */
function appointmentsOfSelection(data: AuditData, missionIds: ReadonlySet<string>, now: Date): ServiceAppointmentFigures[] {
  if (!data.appointments) return []
  const schedules = data.appointments.schedules.filter((s) => missionIds.has(s.missionId))
  return appointmentFigures({ schedules, bookings: data.appointments.bookings }, now)
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug)

const roundParts = (parts: MissionAudit['scoreParts']): MissionAudit['scoreParts'] =>
  Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round2(v)])) as MissionAudit['scoreParts']

function groupBy<T, K, V>(items: T[], key: (item: T) => K, value: (item: T) => V): Map<K, V[]> {
  const map = new Map<K, V[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(value(item))
    else map.set(k, [value(item)])
  }
  return map
}
