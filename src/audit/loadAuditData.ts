/**
 * Reads what the audit judges, as an anonymous reader (overrideAccess: false, no user): the
 * access rules, not a where clause that could be forgotten, keep drafts out, so the audit sees
 * exactly what the public sees. `select` keeps release bodies and other large fields unread.
 *
 * Enquiries and survey answers are personal data that no anonymous reader may see. They are
 * read for a named reader only (see CitizenDataReader), narrowed to the scope's missions, and
 * only as dates, statuses and ratings: never names, addresses, messages, replies or comments.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { idOf } from '../access/roles'
import { readBookingFacts } from '../appointments/loadFigures'
import { loadSchedules } from '../appointments/schedules'
import { isLocaleCode, DEFAULT_LOCALE } from '../config/locales'
import { countPublishedCorps } from '../corps/loadCorps'
import type { AuditScope } from './scope'
import type { AuditData, AuditEnquiry, AuditMission, AuditSurveyAnswer } from './types'

/**
 * Who reads the citizens' figures: a signed-in user, whose access rules decide (a mission
 * editor reads their own missions' only); or the operator at the terminal, who already holds
 * the database. Without one, the audit has no interaction data.
 */
export type CitizenDataReader = { user: NonNullable<PayloadRequest['user']> } | 'operator'

export type LoadAuditOptions = {
  citizenData?: CitizenDataReader
  scope?: AuditScope
  /** The audit's clock: bookings are read from the oldest day the appointment figures look back to (else from now). */
  now?: Date
}

/** The only fields of an enquiry the audit ever reads. */
export const ENQUIRY_FIGURE_FIELDS = { mission: true, status: true, createdAt: true, firstRepliedAt: true } as const
/** The only fields of a survey answer the audit and the survey view read: no comment. */
export const SURVEY_FIGURE_FIELDS = { mission: true, service: true, rating: true, resolved: true, createdAt: true } as const

type Doc = Record<string, any>

const PUBLIC_READ = { overrideAccess: false, depth: 0, pagination: false, draft: false } as const
const PUBLISHED: Where = { _status: { equals: 'published' } }

async function all(payload: Payload, collection: CollectionSlug, select: Record<string, unknown>, extra: { where?: Where; locale?: string } = {}): Promise<Doc[]> {
  const result = await payload.find({ collection, ...PUBLIC_READ, select, ...extra } as Parameters<Payload['find']>[0])
  return result.docs as Doc[]
}

/**
 * Citizens' documents of the scope's missions, as `reader` may read them; an empty list for
 * nobody. The scope narrows even what the access rules would allow (a ministry user auditing
 * one mission reads that mission's only).
 */
export async function readCitizenFigures(
  payload: Payload,
  collection: 'enquiries' | 'survey-responses',
  options: LoadAuditOptions,
): Promise<Doc[]> {
  const reader = options.citizenData
  if (!reader) return []
  const where: Where | undefined = options.scope?.kind === 'missions' ? { mission: { in: options.scope.missionIds } } : undefined
  const result = await payload.find({
    collection, depth: 0, pagination: false,
    select: collection === 'enquiries' ? ENQUIRY_FIGURE_FIELDS : SURVEY_FIGURE_FIELDS,
    ...(where ? { where } : {}),
    ...(reader === 'operator' ? { overrideAccess: true } : { overrideAccess: false, user: reader.user }),
  } as Parameters<Payload['find']>[0])
  return result.docs as Doc[]
}

export async function loadAuditData(payload: Payload, options: LoadAuditOptions = {}): Promise<AuditData> {
  const [ministry, missions, releases, blogPosts, services, accounts, platforms, enquiries, surveyAnswers, schedules, bookings] = await Promise.all([
    payload.findGlobal({
      slug: 'ministry', overrideAccess: false, depth: 0, locale: 'all', select: { relatedLinks: true, charter: true, citizenAttention: true },
    } as Parameters<Payload['findGlobal']>[0]) as Promise<Doc>,
    // Names in every language, so each mission is named in its own default language.
    all(payload, 'missions', {
      name: true, slug: true, type: true, hostCountry: true, city: true, status: true, siteLocales: true, defaultLocale: true, offices: true,
    }, { locale: 'all' }),
    all(payload, 'press-releases', { mission: true, publishedAt: true }, { where: PUBLISHED }),
    all(payload, 'blog-posts', { mission: true }, { where: PUBLISHED }),
    all(payload, 'services', { slug: true, missions: true }, { where: PUBLISHED }),
    all(payload, 'social-accounts', { ownerType: true, mission: true, platform: true }),
    all(payload, 'social-platforms', { slug: true, name: true }),
    readCitizenFigures(payload, 'enquiries', options),
    readCitizenFigures(payload, 'survey-responses', options),
    // Schedules are public facts; bookings are citizens' data, read like enquiries: as slots and statuses only.
    loadSchedules(payload),
    readBookingFacts(payload, {
      now: options.now ?? new Date(),
      reader: options.citizenData,
      ...(options.scope?.kind === 'missions' ? { missionIds: options.scope.missionIds } : {}),
    }),
  ])
  const data = { ...auditDataFrom({ ministry, missions, releases, blogPosts, services, accounts, platforms, enquiries, surveyAnswers }), appointments: { schedules, bookings } }
  // The ministry site's host-country section, read as the public sees it (no drafts).
  return { ...data, ministry: { ...data.ministry, accreditedCorpsCount: await countPublishedCorps(payload) } }
}

type StoredDocs = { ministry: Doc; missions: Doc[]; releases: Doc[]; blogPosts?: Doc[]; services: Doc[]; accounts: Doc[]; platforms: Doc[]; enquiries?: Doc[]; surveyAnswers?: Doc[] }

/** Stored documents (depth 0, missions with `locale: 'all'`) → the facts the audit needs. */
export function auditDataFrom(docs: StoredDocs): AuditData {
  const promise = docs.ministry?.citizenAttention?.replyWithinWorkingDays
  return {
    missions: docs.missions.map(auditMission),
    releases: docs.releases
      .filter((r) => typeof r.publishedAt === 'string')
      .map((r) => ({ missionId: idOf(r.mission), publishedAt: r.publishedAt })),
    blogPosts: (docs.blogPosts ?? []).map((p) => ({ missionId: idOf(p.mission) })),
    services: docs.services.map((s) => ({
      slug: String(s.slug),
      missionIds: (Array.isArray(s.missions) ? s.missions : []).map(idOf).filter((id: string | null): id is string => id !== null),
    })),
    accounts: docs.accounts
      .filter((a) => idOf(a.platform) !== null)
      .map((a) => ({ ownerType: a.ownerType ?? 'mission', missionId: idOf(a.mission), platformId: idOf(a.platform)! })),
    platforms: docs.platforms.map((p) => ({ id: String(p.id), slug: String(p.slug), name: String(p.name) })),
    ministry: {
      relatedLinkCount: Array.isArray(docs.ministry?.relatedLinks) ? docs.ministry.relatedLinks.length : 0,
      charterHasText: Object.values(asLocaleMap(docs.ministry?.charter)).some(lexicalHasText),
      replyWithinWorkingDays: typeof promise === 'number' && Number.isInteger(promise) && promise > 0 ? promise : null,
      charterCommitmentCount: Array.isArray(docs.ministry?.citizenAttention?.commitments) ? docs.ministry.citizenAttention.commitments.length : 0,
    },
    enquiries: (docs.enquiries ?? []).flatMap(auditEnquiry),
    surveyAnswers: (docs.surveyAnswers ?? []).flatMap(surveyAnswer),
  }
}

const STATUSES = new Set<AuditEnquiry['status']>(['new', 'in-progress', 'answered', 'closed'])

function auditEnquiry(e: Doc): AuditEnquiry[] {
  const missionId = idOf(e.mission)
  if (!missionId || typeof e.createdAt !== 'string' || !STATUSES.has(e.status)) return []
  return [{ missionId, status: e.status, createdAt: e.createdAt, firstRepliedAt: typeof e.firstRepliedAt === 'string' ? e.firstRepliedAt : null }]
}

/** The answer as `surveyFigures` and the audit take it. */
export function surveyAnswer(a: Doc): AuditSurveyAnswer[] {
  const missionId = idOf(a.mission)
  if (!missionId || typeof a.createdAt !== 'string' || typeof a.rating !== 'number') return []
  return [{ missionId, serviceId: idOf(a.service), rating: a.rating, resolved: a.resolved === true, createdAt: a.createdAt }]
}

/** A localized value read with `locale: 'all'`, in the mission's own default language, else the network's, else any. */
export function inLanguageOf(m: Doc, value: unknown): string {
  const defaultLocale = isLocaleCode(m.defaultLocale) ? m.defaultLocale : DEFAULT_LOCALE
  const map = asLocaleMap(value)
  return String(map[defaultLocale] ?? map[DEFAULT_LOCALE] ?? Object.values(map).find((v) => typeof v === 'string' && v) ?? '')
}

function auditMission(m: Doc): AuditMission {
  const defaultLocale = isLocaleCode(m.defaultLocale) ? m.defaultLocale : DEFAULT_LOCALE
  const inOwnLanguage = (value: unknown) => inLanguageOf(m, value)
  const offices: Doc[] = Array.isArray(m.offices) ? m.offices : []
  return {
    id: String(m.id),
    slug: String(m.slug),
    name: inOwnLanguage(m.name),
    type: String(m.type ?? ''),
    hostCountry: String(m.hostCountry ?? ''),
    city: inOwnLanguage(m.city),
    status: m.status === 'closed' ? 'closed' : 'open',
    siteLocales: Array.isArray(m.siteLocales) ? m.siteLocales.filter(isLocaleCode) : [],
    defaultLocale,
    offices: offices.map((o) => ({
      hasAddress: Boolean(o.address?.street && o.address?.city && o.address?.country),
      hasContactChannel: Boolean((Array.isArray(o.phones) && o.phones.length > 0) || o.emergencyPhone || o.email || o.contactFormUrl),
    })),
  }
}

/** A localized field read with `locale: 'all'` is { es: …, en: … }; anything else is taken as one value. */
function asLocaleMap(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value) && !('root' in value)) return value as Record<string, unknown>
  return value === undefined || value === null ? {} : { [DEFAULT_LOCALE]: value }
}

/** Whether a Lexical document has any visible text (an empty editor still stores an empty paragraph). */
export function lexicalHasText(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  const n = node as { text?: unknown; root?: unknown; children?: unknown }
  if (typeof n.text === 'string' && n.text.trim() !== '') return true
  if (n.root) return lexicalHasText(n.root)
  return Array.isArray(n.children) && n.children.some(lexicalHasText)
}
