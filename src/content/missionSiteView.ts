import { blogPostViews } from '../blog/blogView'
import { LOCALES, type LocaleCode, isLocaleCode } from '../config/locales'
import { idOf } from '../access/roles'
import { bookingEntryUrl } from '../appointments/flow/links'
import { cmsPublicUrl } from '../citizen/publicUrls'
import { bookingsOfMission } from './bookingViews'
import { citizenView } from './citizenView'
import { imageView } from './images'
import { pick, pickText, textLanguagesOf, type LocaleMap } from './localize'
import type { RawNetwork } from './loadNetwork'
import { byNewest } from './releaseOrder'
import { memoizedReleaseView } from './releaseViewMemo'
import { richTextToHtml } from './richText'
import { travelAdviceForMission } from './travelAdviceView'
import type {
  BookingView, MinistryView, MissionPageView, MissionSiteView, MissionSummaryView, MissionView, OfficeView, ReleaseView,
  ServiceView, SocialAccountView, TopicView,
} from './viewModels'

type Doc = Record<string, any>

export class UnknownSiteError extends Error {}


/**
 * The releases a mission's site lists, newest first, in the order of every page and feed,
 * each with its topics' slugs: what decides which archive pages a change can move.
 */
export function releasesListed(raw: RawNetwork, missionSlug: string): { id: string; topics: string[] }[] {
  const doc = raw.missions.find((m) => m.slug === missionSlug)
  if (!doc) return []
  return raw.releases
    .filter((r) => r.publishedAt && releaseAppearsOn(r, doc.id))
    .sort(byNewest)
    .map((r) => ({ id: r.id as string, topics: (r.topics ?? []).flatMap((t: unknown) => (typeof t === 'object' && t ? [(t as Doc).slug as string] : [])) }))
}

/** Does a release appear on this mission's site: its own, or a ministry release syndicated to it. */
export function releaseAppearsOn(release: Doc, missionId: string): boolean {
  const owner = idOf(release.mission)
  if (owner) return owner === missionId
  if (release.syndication === 'all') return true
  if (release.syndication === 'selected') return (release.syndicatedTo ?? []).some((m: unknown) => idOf(m) === missionId)
  return false
}

export function missionSummary(doc: Doc, locale: LocaleCode, fallback: LocaleCode): MissionSummaryView {
  return {
    id: doc.id,
    slug: doc.slug,
    name: pickText(doc.name, locale, fallback),
    type: doc.type,
    hostCountry: doc.hostCountry,
    city: pickText(doc.city, locale, fallback),
    status: doc.status === 'closed' ? 'closed' : 'open',
    baseUrl: doc.baseUrl,
  }
}

/**
 * Builds the view of one mission's site in one language from the network read by
 * loadNetwork. Pure: the same content gives the same view.
 */
export function missionSiteView(raw: RawNetwork, missionSlug: string, locale: LocaleCode): MissionSiteView {
  const doc = raw.missions.find((m) => m.slug === missionSlug)
  if (!doc) throw new UnknownSiteError(`No published mission has the slug "${missionSlug}".`)
  const siteLocales = (doc.siteLocales ?? []).filter(isLocaleCode) as LocaleCode[]
  if (!siteLocales.includes(locale)) throw new UnknownSiteError(`The site of "${missionSlug}" is not published in "${locale}".`)
  const fallback: LocaleCode = isLocaleCode(doc.defaultLocale) ? doc.defaultLocale : siteLocales[0]
  const text = (value: LocaleMap<string>) => pickText(value, locale, fallback)
  const baseUrl: string = doc.baseUrl

  const offered = raw.services.filter((s) => (s.missions ?? []).some((m: unknown) => idOf(m) === doc.id))
  const cmsUrl = raw.cmsUrl ?? cmsPublicUrl({})
  const bookings = bookingsOfMission(raw.appointments, { id: doc.id, slug: doc.slug }, new Map(offered.map((s) => [s.id as string, s.slug as string])), cmsUrl, locale)

  const mission: MissionView = {
    ...missionSummary(doc, locale, fallback),
    bookingUrl: bookings.size > 0 ? bookingEntryUrl(cmsUrl, doc.slug, locale) : null,
    siteLocales,
    defaultLocale: fallback,
    headOfMission: { name: doc.headOfMission?.name ?? '', title: text(doc.headOfMission?.title) },
    jurisdiction: (doc.jurisdiction ?? []).map((j: Doc) => ({ country: j.country, region: text(j.region) })),
    offices: (doc.offices ?? []).map((o: Doc) => officeView(o, text, serviceSlugs(raw))),
    sampleData: Boolean(doc.sampleData),
    timeZone: typeof doc.timeZone === 'string' && doc.timeZone ? doc.timeZone : null,
  }

  const topicView = (t: Doc): TopicView => ({ slug: t.slug, name: text(t.name) })
  const missionsById = new Map(raw.missions.map((m) => [m.id as string, m]))
  // One key string for every release: a key made per release is hashed again on every lookup.
  const viewKey = `mission\u0000${locale}\u0000${fallback}\u0000${baseUrl}`
  const releases: ReleaseView[] = raw.releases
    .filter((r) => r.publishedAt && releaseAppearsOn(r, doc.id))
    .map((r) => memoizedReleaseView(r, viewKey, () => {
      const origin = typeof r.mission === 'object' && r.mission ? missionsById.get(r.mission.id) ?? null : null
      return {
        id: r.id,
        slug: r.slug,
        title: text(r.title),
        summary: text(r.summary),
        bodyHtml: richTextToHtml(pick(r.body, locale, fallback, null)),
        publishedAt: r.publishedAt,
        updatedAt: r.updatedAt,
        heroImage: r.heroImage ? imageView(r.heroImage, text(r.heroImage.alt), baseUrl) : null,
        topics: (r.topics ?? []).filter((t: unknown) => typeof t === 'object' && t).map(topicView),
        origin: origin ? missionSummary(origin, locale, fallback) : null,
        ...textLanguagesOf(r, locale, fallback),
      }
    }))
    .sort(byNewest)

  const services: ServiceView[] = offered
    .map((s) => serviceView(s, locale, fallback, (s.missionOverrides ?? []).find((o: Doc) => idOf(o.mission) === doc.id), bookings.get(s.id)))
    .sort(byTitle(locale))

  const pages: MissionPageView[] = raw.pages
    .filter((p) => idOf(p.mission) === doc.id)
    .map((p) => ({
      kind: p.kind, title: text(p.title), summary: text(p.summary), bodyHtml: richTextToHtml(pick(p.body, locale, fallback, null)), updatedAt: p.updatedAt,
      ...textLanguagesOf(p, locale, fallback),
    }))

  const accounts: SocialAccountView[] = raw.accounts.filter((a) => idOf(a.mission) === doc.id).map(accountView).sort(byPlatform)

  return {
    locale,
    dir: LOCALES.find((l) => l.code === locale)?.rtl ? 'rtl' : 'ltr',
    ministry: ministryView(raw.ministry, locale, fallback, baseUrl),
    mission,
    releases,
    services,
    pages,
    accounts,
    citizen: citizenView(raw, locale, fallback),
    travelAdvice: travelAdviceForMission(raw, doc, locale),
    blogPosts: blogPostViews(raw, doc.id, locale, fallback, baseUrl),
  }
}

/**
 * A service as one mission offers it: its own fee or appointment link where it overrides the
 * ministry's, and booking through the CMS where one of its offices has a schedule for it.
 */
export function serviceView(s: Doc, locale: LocaleCode, fallback: LocaleCode, override?: Doc, booking?: BookingView): ServiceView {
  const text = (value: LocaleMap<string>) => pickText(value, locale, fallback)
  const amount = override?.feeAmount ?? s.feeAmount
  const currency = override?.feeCurrency ?? s.feeCurrency
  return {
    id: s.id,
    slug: s.slug,
    title: text(s.title),
    summary: text(s.summary),
    bodyHtml: richTextToHtml(pick(s.body, locale, fallback, null)),
    category: s.category,
    audience: s.audience ?? [],
    requirements: (s.requirements ?? []).map((r: Doc) => text(r.requirement)).filter(Boolean),
    fee: typeof amount === 'number' && currency ? { amount, currency } : null,
    processingTime: text(s.processingTime),
    appointmentUrl: override?.appointmentUrl ?? s.appointmentUrl ?? null,
    booking: booking ?? null,
    updatedAt: s.updatedAt,
    ...textLanguagesOf(s, locale, fallback),
  }
}

export const byTitle = (locale: LocaleCode) => (a: ServiceView, b: ServiceView) => a.title.localeCompare(b.title, locale) || a.slug.localeCompare(b.slug)

export function accountView(a: Doc): SocialAccountView {
  return {
    platform: { slug: a.platform?.slug ?? '', name: a.platform?.name ?? '' },
    handle: a.handle ?? '',
    url: a.url,
    title: a.title ?? '',
    language: isLocaleCode(a.language) ? a.language : null,
  }
}

export const byPlatform = (a: SocialAccountView, b: SocialAccountView) => a.platform.name.localeCompare(b.platform.name) || a.url.localeCompare(b.url)

// One index per network read, not one search per office.
const serviceSlugIndex = new WeakMap<Doc[], Map<string, string>>()
function serviceSlugs(raw: RawNetwork): Map<string, string> {
  let index = serviceSlugIndex.get(raw.services)
  if (!index) {
    index = new Map(raw.services.map((s) => [s.id as string, s.slug as string]))
    serviceSlugIndex.set(raw.services, index)
  }
  return index
}

function officeView(o: Doc, text: (v: LocaleMap<string>) => string, slugs: Map<string, string>): OfficeView {
  return {
    name: text(o.name),
    isMain: Boolean(o.isMain),
    address: { street: o.address?.street ?? '', postalCode: o.address?.postalCode ?? '', city: o.address?.city ?? '', country: o.address?.country ?? '' },
    latitude: typeof o.latitude === 'number' ? o.latitude : null,
    longitude: typeof o.longitude === 'number' ? o.longitude : null,
    phones: (o.phones ?? []).map((p: Doc) => ({ label: text(p.label), number: p.number })),
    emergencyPhone: o.emergencyPhone ?? null,
    email: o.email ?? null,
    contactFormUrl: o.contactFormUrl ?? null,
    openingHours: (o.openingHours ?? []).map((h: Doc) => ({ days: h.days ?? [], opens: h.opens, closes: h.closes, note: text(h.note) })),
    closures: (o.closures ?? []).map((c: Doc) => ({ date: String(c.date).slice(0, 10), reason: text(c.reason) })),
    access: text(o.access),
    serviceSlugs: (o.services ?? [])
      .map((s: unknown) => slugs.get(idOf(s) ?? ''))
      .filter((slug: unknown): slug is string => typeof slug === 'string'),
  }
}

export function ministryView(m: Doc, locale: LocaleCode, fallback: LocaleCode, siteBaseUrl: string): MinistryView {
  const text = (value: LocaleMap<string>) => pickText(value, locale, fallback)
  return {
    name: text(m.name),
    shortName: text(m.shortName) || text(m.name),
    baseUrl: m.baseUrl ?? '',
    emblem: m.emblem ? imageView(m.emblem, text(m.emblem.alt), siteBaseUrl) : null,
    brand: {
      primary: m.brand?.primary ?? '#0b3d91',
      secondary: m.brand?.secondary ?? '#ffd100',
      accent: m.brand?.accent ?? '#c8102e',
      text: m.brand?.text ?? '#1b1b1b',
      headingFont: m.brand?.headingFont ?? 'Georgia, serif',
      bodyFont: m.brand?.bodyFont ?? 'system-ui, sans-serif',
    },
    relatedLinks: (m.relatedLinks ?? []).map((l: Doc) => ({ kind: l.kind, label: text(l.label), url: l.url })),
    footerText: text(m.footerText),
    charterHtml: richTextToHtml(pick(m.charter, locale, fallback, null)),
  }
}
