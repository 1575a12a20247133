/**
 * The ten sections a ministry's web presence is judged on (DOMAIN.md, "What a ministry site is
 * judged on"), each mapped to what the content model can show for one mission. Some depend on
 * the mission, some on the ministry (the same answer for every mission), one only on the ministry's
 * own site (the accredited corps, a host-country section). A section the model cannot hold
 * (none today) would be counted missing, never guessed. docs/audit.md explains each one.
 */
import type { AuditData, AuditMission } from './types'

export const SECTION_KEYS = [
  'directory',
  'accredited-corps',
  'consular-services',
  'related-links',
  'social-links',
  'atlas',
  'citizen-attention',
  'charter',
  'survey',
  'blog',
] as const

export type SectionKey = (typeof SECTION_KEYS)[number]

/**
 * mission: the mission's own; ministry: the ministry's, shown on every site; ministry-site: a
 * host-country section only the ministry's own site carries (the accredited corps), so it is no
 * part of any mission's sections or score and a gap is the ministry's; not-modelled: no place in
 * the content model yet.
 */
export type SectionScope = 'mission' | 'ministry' | 'ministry-site' | 'not-modelled'

/** Facts about one mission that the section checks need, computed once per mission. */
export type MissionFacts = { mission: AuditMission; serviceCount: number; accountCount: number; surveyAnswerCount: number; blogPostCount: number }

/**
 * Every open mission's site carries the contact form on its contact page (the form posts to
 * the CMS's public endpoint; nothing per mission switches it on or off), so an open mission
 * can always be written to.
 */
const siteHasContactForm = (mission: AuditMission) => mission.status === 'open'

type Section = {
  key: SectionKey
  label: string
  scope: SectionScope
  /** What counts as present: a fact of the mission, or of the ministry; absent for sections the model cannot hold. */
  present?: { ofMission: (facts: MissionFacts) => boolean } | { ofMinistry: (data: AuditData) => boolean }
  /** What to do about it, for the "needs attention" reasons. */
  remedy: string
}

export const SECTIONS: readonly Section[] = [
  {
    key: 'directory', label: 'Directory', scope: 'mission',
    present: { ofMission: ({ mission }) => mission.offices.some((o) => o.hasAddress) },
    remedy: 'add an office with its address, so the network directory can list it',
  },
  {
    key: 'accredited-corps', label: 'Accredited corps', scope: 'ministry-site',
    present: { ofMinistry: (data) => (data.ministry.accreditedCorpsCount ?? 0) > 0 },
    remedy: 'publish the foreign missions accredited in the country (Host country → Accredited corps)',
  },
  {
    key: 'consular-services', label: 'Consular services', scope: 'mission',
    present: { ofMission: ({ serviceCount }) => serviceCount > 0 },
    remedy: 'list the consular services it offers',
  },
  {
    key: 'related-links', label: 'Related links', scope: 'ministry',
    present: { ofMinistry: (data) => data.ministry.relatedLinkCount > 0 },
    remedy: 'add related bodies to the ministry’s links',
  },
  {
    key: 'social-links', label: 'Ministry social links', scope: 'ministry',
    present: { ofMinistry: (data) => data.accounts.some((a) => a.ownerType === 'ministry') },
    remedy: 'add the ministry’s own social accounts',
  },
  {
    key: 'atlas', label: 'Atlas entry', scope: 'mission',
    present: { ofMission: ({ accountCount }) => accountCount > 0 },
    remedy: 'add its social accounts to the atlas',
  },
  {
    key: 'citizen-attention', label: 'Citizen attention', scope: 'mission',
    present: { ofMission: ({ mission }) => siteHasContactForm(mission) || mission.offices.some((o) => o.hasContactChannel) },
    remedy: 'give an office a phone number or an e-mail address; reopen the mission so its site has the contact form',
  },
  {
    key: 'charter', label: 'Service charter', scope: 'ministry',
    // Every site's charter page lists the reply promise and the commitments; its text is optional.
    present: { ofMinistry: ({ ministry }) => ministry.charterHasText || ministry.replyWithinWorkingDays !== null || ministry.charterCommitmentCount > 0 },
    remedy: 'state the charter’s reply promise and commitments in the Ministry’s citizen attention settings',
  },
  {
    key: 'survey', label: 'Satisfaction survey', scope: 'mission',
    // The survey sits on every service page and behind every reply's link: a mission offers it
    // once it lists a service, and has evidently offered it once someone answered.
    present: { ofMission: ({ serviceCount, surveyAnswerCount }) => serviceCount > 0 || surveyAnswerCount > 0 },
    remedy: 'list a service (its page carries the survey) or answer an enquiry (the reply links to it)',
  },
  {
    key: 'blog', label: 'Blog', scope: 'mission',
    // The blog page is on every site; with no post it only says so.
    present: { ofMission: ({ blogPostCount }) => blogPostCount > 0 },
    remedy: 'publish a blog post, signed by the head of mission or a member of staff (News → Blog posts)',
  },
]

export const sectionByKey = (key: SectionKey): Section => SECTIONS.find((s) => s.key === key)!

function isPresent(section: Section, facts: MissionFacts, data: AuditData): boolean {
  if (!section.present) return false
  return 'ofMission' in section.present ? section.present.ofMission(facts) : section.present.ofMinistry(data)
}

/** Whether a section is judged on a mission's site: every one but the ministry site's own. */
const onMissionSites = (section: Section) => section.scope !== 'ministry-site'

/** The sections a mission's site is judged on, present or missing; their count is the score's denominator. */
export function sectionsOf(facts: MissionFacts, data: AuditData): { present: SectionKey[]; missing: SectionKey[] } {
  const present: SectionKey[] = []
  const missing: SectionKey[] = []
  for (const section of SECTIONS.filter(onMissionSites)) (isPresent(section, facts, data) ? present : missing).push(section.key)
  return { present, missing }
}

/** Ministry-wide sections that are missing: the same gap on every mission's site, or on the ministry's own. */
export function ministryGaps(data: AuditData): SectionKey[] {
  return SECTIONS.filter((s) => (s.scope === 'ministry' || s.scope === 'ministry-site') && !(s.present && 'ofMinistry' in s.present && s.present.ofMinistry(data))).map((s) => s.key)
}

export const NOT_MODELLED: SectionKey[] = SECTIONS.filter((s) => s.scope === 'not-modelled').map((s) => s.key)
