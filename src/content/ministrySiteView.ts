import { blogPostViews } from '../blog/blogView'
import { citizenView } from './citizenView'
import { LOCALE_CODES, LOCALES, isLocaleCode, type LocaleCode } from '../config/locales'
import { idOf } from '../access/roles'
import { imageView } from './images'
import { pick, pickText, textLanguagesOf } from './localize'
import type { RawNetwork } from './loadNetwork'
import { accountView, byPlatform, byTitle, ministryView, missionSummary, serviceView } from './missionSiteView'
import { byNewest } from './releaseOrder'
import { richTextToHtml } from './richText'
import { MINISTRY_SITE } from './sitePaths'
import type { MissionSiteView, MissionSummaryView, ReleaseView } from './viewModels'
import { memoizedReleaseView } from './releaseViewMemo'

type Doc = Record<string, any>

export { MINISTRY_SITE }

/**
 * The network news and feeds carry the ministry's releases and the latest this many of the
 * missions'; older ones stay in each mission's own feed archive. A network of 30,000
 * releases would otherwise put every one of them, in every language, in the ministry's feeds.
 */
export const NETWORK_ARCHIVE_SIZE = 500

export type MinistrySiteView = {
  /** The ministry's own site, in the shape every page template takes: the ministry stands where a mission would. */
  site: MissionSiteView
  missions: MissionSummaryView[]
  /** Every mission's releases and the ministry's, newest first, each in its own mission's language fallback. */
  networkReleases: ReleaseView[]
}

const fallbackOf = (mission: Doc | undefined): LocaleCode => (isLocaleCode(mission?.defaultLocale) ? mission!.defaultLocale : 'es')

/** The ministry site in one language: its own releases, all services, its accounts, and the network's directory and news. */
export function ministrySiteView(raw: RawNetwork, locale: LocaleCode, baseUrl: string): MinistrySiteView {
  const fallback: LocaleCode = 'es'
  const text = (v: unknown) => pickText(v as never, locale, fallback)
  const missionsById = new Map(raw.missions.map((m) => [m.id as string, m]))

  const release = (r: Doc): ReleaseView => {
    const origin = missionsById.get(idOf(r.mission) ?? '')
    const fb = fallbackOf(origin)
    return memoizedReleaseView(r, `ministry\u0000${locale}\u0000${fb}\u0000${origin?.baseUrl ?? baseUrl}\u0000${baseUrl}`, () => ({
      id: r.id,
      slug: r.slug,
      title: pickText(r.title, locale, fb),
      summary: pickText(r.summary, locale, fb),
      bodyHtml: richTextToHtml(pick(r.body, locale, fb, null)),
      publishedAt: r.publishedAt,
      updatedAt: r.updatedAt,
      heroImage: r.heroImage ? imageView(r.heroImage, pickText(r.heroImage.alt, locale, fb), origin?.baseUrl ?? baseUrl) : null,
      topics: (r.topics ?? []).filter((t: unknown) => t && typeof t === 'object').map((t: Doc) => ({ slug: t.slug, name: pickText(t.name, locale, fb) })),
      origin: origin ? missionSummary(origin, locale, fb) : null,
      ...textLanguagesOf(r, locale, fb),
    }))
  }
  const published = raw.releases.filter((r) => r.publishedAt)
  const own = published.filter((r) => !idOf(r.mission))
  const latestOfMissions = published
    .filter((r) => idOf(r.mission))
    .sort(byNewest)
    .slice(0, NETWORK_ARCHIVE_SIZE)
  const networkReleases = [...own, ...latestOfMissions].map(release).sort(byNewest)

  const services = raw.services.map((s) => serviceView(s, locale, fallback)).sort(byTitle(locale))
  const accounts = raw.accounts.filter((a) => a.ownerType === 'ministry').map(accountView).sort(byPlatform)

  const ministry = ministryView(raw.ministry, locale, fallback, baseUrl)
  const site: MissionSiteView = {
    locale,
    dir: LOCALES.find((l) => l.code === locale)?.rtl ? 'rtl' : 'ltr',
    ministry,
    mission: {
      id: MINISTRY_SITE, slug: MINISTRY_SITE, name: ministry.name, type: 'other', hostCountry: '', city: '', status: 'open', baseUrl, bookingUrl: null,
      siteLocales: [...LOCALE_CODES], defaultLocale: fallback, headOfMission: { name: '', title: '' }, jurisdiction: [], offices: [], sampleData: false,
    },
    releases: networkReleases.filter((r) => r.origin === null),
    services,
    pages: [],
    accounts,
    citizen: citizenView(raw, locale, fallback, false),
    blogPosts: blogPostViews(raw, null, locale, fallback, baseUrl),
  }
  const missions = raw.missions.map((m) => missionSummary(m, locale, fallbackOf(m)))
  return { site, missions, networkReleases }
}
