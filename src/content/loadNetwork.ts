import type { CollectionSlug, Payload, Where } from 'payload'

import type { AppointmentFigureData } from '../appointments/figures'
import { loadAppointmentFigureData } from '../appointments/loadFigures'
import { loadAccreditedCorps } from '../corps/loadCorps'
import { loadAppointmentFacts, type AppointmentFact } from './appointmentFacts'
import { readSurveyAnswers, type SurveyAnswerFigure } from './surveyAnswers'

/**
 * Reads everything the public sites show, in one pass, as an anonymous reader: access rules
 * (not a where clause that could be forgotten) guarantee that drafts, versions, users and
 * internal fields never reach a generated file. `locale: 'all'` returns every translation
 * at once, so each mission can fall back to its own default language.
 */
export type RawNetwork = {
  ministry: Record<string, any>
  missions: Record<string, any>[]
  releases: Record<string, any>[]
  services: Record<string, any>[]
  pages: Record<string, any>[]
  accounts: Record<string, any>[]
  topics: Record<string, any>[]
  /** The contact form's topics (public data). Absent: the form offers none but "other". */
  enquiryTopics?: Record<string, any>[]
  /** Where the sites' forms post: the CMS's public address (build settings, not content). */
  cmsUrl?: string
  /** The satisfaction survey's answers, without comments, for the ministry's aggregated open data only. */
  surveyAnswers?: SurveyAnswerFigure[]
  /** The read missions' offices and services that take appointments, with their next free date at `LoadScope.now`. */
  appointments?: AppointmentFact[]
  /** Every mission's schedules and bookings as slot and status only: the ministry's appointment open data. */
  appointmentFigures?: AppointmentFigureData
  /** Published alerts not yet expired when read, every language (src/alerts decides which a site shows at its "now"). */
  alerts?: Record<string, any>[]
  /** Published travel advice, every country, every language (src/content/travelAdviceView.ts). */
  travelAdvice?: Record<string, any>[]
  /** The ministry's site only: the published accredited corps, every language, platforms joined (src/corps). */
  accreditedCorps?: Record<string, any>[]
  /** Published blog posts (src/blog): a mission site's own, or every mission's and the ministry's for the ministry site. */
  blogPosts?: Record<string, any>[]
}

export type LoadScope = {
  /**
   * Only the press releases, pages and accounts of these missions (slugs), plus the ministry's
   * own releases and accounts; every mission, service and topic is still read. A build of a
   * few missions then reads a few missions' worth of content, whatever the size of the network.
   */
  missions?: string[]
  /**
   * The build's clock: the next free appointment is counted from it (templates have none).
   * Default: when the read happens.
   */
  now?: Date
}

type Doc = Record<string, any>

// depth 0: Payload populates a relationship with one query per document (per locale with
// `locale: 'all'`); the few documents that are pointed at are read once below and joined here.
const PUBLIC_READ = { overrideAccess: false, locale: 'all', depth: 0, pagination: false, draft: false } as const

async function all(payload: Payload, collection: CollectionSlug, where?: Where): Promise<Doc[]> {
  const result = await payload.find({ collection, ...PUBLIC_READ, ...(where ? { where } : {}) } as Parameters<Payload['find']>[0])
  return result.docs as Doc[]
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** What every site's build needs whatever it builds: read once per build, shared by its batches. */
export type SharedContent = Pick<RawNetwork, 'ministry' | 'missions' | 'services' | 'topics' | 'enquiryTopics' | 'cmsUrl' | 'travelAdvice' | 'alerts'> & { platforms: Doc[]; media: Doc[] }

export async function loadShared(payload: Payload): Promise<SharedContent> {
  await refreshPlannerStatistics(payload)
  const [ministry, missions, services, topics, platforms, media, enquiryTopics, travelAdvice, alerts] = await Promise.all([
    payload.findGlobal({ slug: 'ministry', overrideAccess: false, locale: 'all', depth: 0 } as Parameters<Payload['findGlobal']>[0]) as Promise<Doc>,
    all(payload, 'missions'),
    all(payload, 'services', PUBLISHED),
    all(payload, 'topics'),
    all(payload, 'social-platforms'),
    all(payload, 'media'),
    all(payload, 'enquiry-topics'),
    all(payload, 'travel-advice' as CollectionSlug, PUBLISHED),
    readCurrentAlerts(payload),
  ])
  return { ministry, missions, services, topics, platforms, media, enquiryTopics, travelAdvice, alerts }
}

/** Published alerts that have not expired yet (a few at a time; expired ones are history). */
export function readCurrentAlerts(payload: Payload, now = new Date()): Promise<Doc[]> {
  return all(payload, 'alerts' as CollectionSlug, { and: [PUBLISHED, { expiresAt: { greater_than: now.toISOString() } }] })
}

export async function loadNetwork(payload: Payload, scope: LoadScope = {}, shared?: SharedContent): Promise<RawNetwork> {
  const common = shared ?? (await loadShared(payload))
  const scoped = scopeWhere(common.missions, scope)
  const [releases, pages, accounts, appointments, blogPosts] = await Promise.all([
    all(payload, 'press-releases', scoped ? { and: [PUBLISHED, scoped.releases] } : PUBLISHED),
    all(payload, 'mission-pages', scoped ? { and: [PUBLISHED, scoped.pages] } : PUBLISHED),
    all(payload, 'social-accounts', scoped?.accounts),
    loadAppointmentFacts(payload, scope.missions, scope.now ?? new Date()),
    all(payload, 'blog-posts' as CollectionSlug, scoped ? { and: [PUBLISHED, scoped.pages] } : PUBLISHED),
  ])
  return { ...joinNetwork(common, { releases, pages, accounts }), appointments, blogPosts: joinReleases(common, blogPosts) }
}

/** These documents as the public sees them now: the published ones among them, at depth 0. */
export async function readPublished(payload: Payload, collection: CollectionSlug, ids: string[]): Promise<Doc[]> {
  return all(payload, collection, { and: [PUBLISHED, { id: { in: ids } }] })
}

/**
 * What the ministry's site shows of the whole network: its own releases, the latest
 * `latestMissionReleases` of the missions' (the network news and feeds; older ones stay in
 * each mission's own feed archive), and every account (the atlas); no mission pages.
 */
export async function loadMinistryNetwork(payload: Payload, latestMissionReleases: number, shared?: SharedContent, now = new Date()): Promise<RawNetwork> {
  const common = shared ?? (await loadShared(payload))
  const [own, latest, accounts] = await Promise.all([
    all(payload, 'press-releases', { and: [PUBLISHED, { mission: { exists: false } }] }),
    payload.find({
      collection: 'press-releases', ...PUBLIC_READ, pagination: true, limit: latestMissionReleases, sort: '-publishedAt',
      where: { and: [PUBLISHED, { mission: { exists: true } }] },
    } as Parameters<Payload['find']>[0]).then((r) => r.docs as Doc[]),
    all(payload, 'social-accounts'),
  ])
  // Every site's posts: the ministry's show on its site, the missions' list their blog feeds in feeds.opml.
  const blogPosts = joinReleases(common, await all(payload, 'blog-posts' as CollectionSlug, PUBLISHED))
  return {
    ...joinNetwork(common, { releases: [...own, ...latest], pages: [], accounts }),
    blogPosts,
    surveyAnswers: await readSurveyAnswers(payload),
    appointmentFigures: await loadAppointmentFigureData(payload, { now, reader: 'operator' }),
    accreditedCorps: await loadAccreditedCorps(payload, common.platforms),
  }
}

// What depth 1 returned: each relationship as the related document at depth 0, when the
// anonymous reader may see it (it was read under the same access rules), else its id.
export function joinNetwork(common: SharedContent, own: Pick<RawNetwork, 'releases' | 'pages' | 'accounts'>): RawNetwork {
  const { ministry, missions, services, topics, platforms, media, enquiryTopics, cmsUrl, travelAdvice, alerts } = common
  const join = joiner({ missions, services, topics, 'social-platforms': platforms, media })
  return {
    enquiryTopics,
    travelAdvice,
    alerts,
    cmsUrl,
    ministry: { ...ministry, emblem: join.one('media', ministry.emblem) },
    missions: missions.map((m) => ({
      ...m,
      parent: join.one('missions', m.parent),
      offices: mapArray(m.offices, (o) => ({ ...o, services: join.many('services', o.services) })),
    })),
    releases: own.releases.map((r) => joinRelease(join, r)),
    services: services.map((s) => ({
      ...s,
      missions: join.many('missions', s.missions),
      missionOverrides: mapArray(s.missionOverrides, (o) => ({ ...o, mission: join.one('missions', o.mission) })),
    })),
    pages: own.pages.map((p) => ({ ...p, mission: join.one('missions', p.mission) })),
    accounts: own.accounts.map((a) => ({ ...a, mission: join.one('missions', a.mission), platform: join.one('social-platforms', a.platform) })),
    topics,
  }
}

const joinRelease = (join: Joiner, r: Doc): Doc => ({
  ...r,
  mission: join.one('missions', r.mission),
  heroImage: join.one('media', r.heroImage),
  topics: join.many('topics', r.topics),
  syndicatedTo: join.many('missions', r.syndicatedTo),
})

// One index of the shared documents per SharedContent: a live rebuild joins a release or two
// against it, which should not cost an index of every mission and image of the network.
const sharedJoiners = new WeakMap<SharedContent, Joiner>()

/**
 * Press releases read on their own (readPublished), joined with the shared documents as
 * joinNetwork joins them. Their mission and syndication references point to the shared
 * mission documents; views look missions up by id, so the pages are the same.
 */
export function joinReleases(common: SharedContent, releases: Doc[]): Doc[] {
  let join = sharedJoiners.get(common)
  if (!join) {
    const { missions, services, topics, platforms, media } = common
    sharedJoiners.set(common, (join = joiner({ missions, services, topics, 'social-platforms': platforms, media })))
  }
  return releases.map((r) => joinRelease(join, r))
}

function scopeWhere(missions: Doc[], scope: LoadScope): { releases: Where; pages: Where; accounts: Where } | null {
  if (!scope.missions) return null
  const ids = missions.filter((m) => scope.missions!.includes(m.slug)).map((m) => m.id as string)
  const own: Where = { mission: { in: ids } }
  return {
    // Ministry releases (no owner) may be syndicated to these missions; the view decides.
    releases: { or: [own, { mission: { exists: false } }] },
    pages: own,
    accounts: { or: [own, { ownerType: { not_equals: 'mission' } }] },
  }
}

type Related = 'missions' | 'services' | 'topics' | 'social-platforms' | 'media'

type Joiner = ReturnType<typeof joiner>

function joiner(docs: Record<Related, Doc[]>) {
  const index = new Map(Object.entries(docs).map(([k, list]) => [k, new Map(list.map((d) => [d.id as string, d]))]))
  const one = (collection: Related, value: unknown): unknown => {
    if (typeof value !== 'string') return value ?? null
    return index.get(collection)!.get(value) ?? value
  }
  const many = (collection: Related, values: unknown): unknown =>
    Array.isArray(values) ? values.map((v) => one(collection, v)) : values
  return { one, many }
}

const mapArray = (value: unknown, f: (item: Doc) => Doc): unknown => (Array.isArray(value) ? value.map(f) : value)

/**
 * Payload's SQLite tables of translations are indexed on (locale, parent) only, so reading a
 * document's translations by parent scans the whole table unless the query planner has
 * statistics that let it skip over the few locales. Sampled statistics take milliseconds to
 * gather; without them a network of 4,000 releases took minutes to read instead of seconds.
 */
async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  const db = payload.db as unknown as { name?: string; client?: { execute?: (sql: string) => Promise<unknown> } }
  if (db.name !== 'sqlite' || typeof db.client?.execute !== 'function') return
  try {
    await db.client.execute('PRAGMA analysis_limit = 400')
    await db.client.execute('ANALYZE')
  } catch {
    // Statistics only make reads faster; a database that refuses them is still read correctly.
  }
}
