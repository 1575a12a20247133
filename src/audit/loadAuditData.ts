/**
 * Reads what the audit judges, as an anonymous reader (overrideAccess: false, no user): the
 * access rules, not a where clause that could be forgotten, keep drafts out, so the audit sees
 * exactly what the public sees. `select` keeps release bodies and other large fields unread.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { idOf } from '../access/roles'
import { isLocaleCode, DEFAULT_LOCALE } from '../config/locales'
import type { AuditData, AuditMission } from './types'

type Doc = Record<string, any>

const PUBLIC_READ = { overrideAccess: false, depth: 0, pagination: false, draft: false } as const
const PUBLISHED: Where = { _status: { equals: 'published' } }

async function all(payload: Payload, collection: CollectionSlug, select: Record<string, unknown>, extra: { where?: Where; locale?: string } = {}): Promise<Doc[]> {
  const result = await payload.find({ collection, ...PUBLIC_READ, select, ...extra } as Parameters<Payload['find']>[0])
  return result.docs as Doc[]
}

export async function loadAuditData(payload: Payload): Promise<AuditData> {
  const [ministry, missions, releases, services, accounts, platforms] = await Promise.all([
    payload.findGlobal({
      slug: 'ministry', overrideAccess: false, depth: 0, locale: 'all', select: { relatedLinks: true, charter: true },
    } as Parameters<Payload['findGlobal']>[0]) as Promise<Doc>,
    // Names in every language, so each mission is named in its own default language.
    all(payload, 'missions', {
      name: true, slug: true, type: true, hostCountry: true, city: true, status: true, siteLocales: true, defaultLocale: true, offices: true,
    }, { locale: 'all' }),
    all(payload, 'press-releases', { mission: true, publishedAt: true }, { where: PUBLISHED }),
    all(payload, 'services', { slug: true, missions: true }, { where: PUBLISHED }),
    all(payload, 'social-accounts', { ownerType: true, mission: true, platform: true }),
    all(payload, 'social-platforms', { slug: true, name: true }),
  ])
  return auditDataFrom({ ministry, missions, releases, services, accounts, platforms })
}

/** Stored documents (depth 0, missions with `locale: 'all'`) → the facts the audit needs. */
export function auditDataFrom(docs: { ministry: Doc; missions: Doc[]; releases: Doc[]; services: Doc[]; accounts: Doc[]; platforms: Doc[] }): AuditData {
  return {
    missions: docs.missions.map(auditMission),
    releases: docs.releases
      .filter((r) => typeof r.publishedAt === 'string')
      .map((r) => ({ missionId: idOf(r.mission), publishedAt: r.publishedAt })),
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
    },
  }
}

function auditMission(m: Doc): AuditMission {
  const defaultLocale = isLocaleCode(m.defaultLocale) ? m.defaultLocale : DEFAULT_LOCALE
  const inOwnLanguage = (value: unknown) => {
    const map = asLocaleMap(value)
    return String(map[defaultLocale] ?? map[DEFAULT_LOCALE] ?? Object.values(map).find((v) => typeof v === 'string' && v) ?? '')
  }
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
