import { LOCALE_CODES, isLocaleCode, type LocaleCode } from '../config/locales'
import { mediaFilenames, mediaPath } from '../content/images'
import type { RawNetwork } from '../content/loadNetwork'
import { ministrySiteView } from '../content/ministrySiteView'
import { absoluteUrl, outputFile, sitePaths } from '../content/sitePaths'
import { renderJsonFeed } from '../feeds/jsonFeed'
import { renderOpml, type OpmlLead, type OpmlMission } from '../feeds/opml'
import { latestItems, paginateJsonFeed, DEFAULT_FEED_SIZE } from '../feeds/paginate'
import { renderRss } from '../feeds/rss'
import { feedItemsFromReleases, type FeedView } from '../feeds/types'
import {
  contactPage, newsArchiveCount, newsIndexPage, notFoundPage, releasePage, servicePage, servicesIndexPage, SITE_CSS, socialPage, charterPage, privacyPage,
} from '../../templates'
import { directoryPage } from '../../templates/ministry/directory'
import { feedsPage } from '../../templates/ministry/feeds'
import { networkNewsPage } from '../../templates/ministry/networkNews'
import type { PlannedFile } from './outputPlan'
import { atlasScriptFile, planAtlasPages } from './planAtlas'
import { planNearestOfficePage, planOfficeAssets } from './planOffices'
import { planOpenData } from './planOpenData'
import { planSurveyData } from './planSurveyData'
import { planTravelAdvice, travelAdviceFeedListings, travelAdviceOpmlFeeds } from './planTravelAdvice'
import { renderRobots, renderSitemap, renderSitemapIndex, type SitemapEntry } from './sitemaps'
import { SEARCH_SCRIPT_FILE, searchPageFile } from '../search/planSearch'
import { planCorpsFiles, planCorpsPages } from '../corps/planCorps'
import { blogFeedFiles, blogOpmlFeeds, blogPages } from '../blog/planBlog'

export const OPML_FILE = 'feeds.opml'
const NETWORK_NEWS_SIZE = 50

export type MinistrySiteOptions = {
  baseUrl: string
  feedSize?: number
  hubUrl?: string | null
  /**
   * Only what the missions' releases show on this site (the live rebuild after a mission's
   * release changed): the network news pages and the network feeds. Everything else of the
   * site shows the ministry's own content, the missions and their accounts.
   */
  onlyNetworkNews?: boolean
}

export type MinistrySitePlan = {
  files: PlannedFile[]
  media: { filename: string; path: string }[]
  opml: string
  /** Live files this plan speaks for: any of them it does not plan is deleted; every other file is kept. */
  owns: (path: string) => boolean
}

const networkNewsPath = (locale: LocaleCode) => `${locale}/network-news/`
// The network feeds of one locale: RSS, the JSON Feed and its archive pages.
const NETWORK_FEED = /^[a-z]{2}\/(?:feed\.xml|feed\.json|feed-archive-\d+\.json)$/
const ownsNetworkNews = (path: string) => path === OPML_FILE || NETWORK_FEED.test(path) || /^[a-z]{2}\/network-news\/index\.html$/.test(path)

/**
 * The ministry's site: the directory of the network, network news, the ministry's own
 * releases and the network-wide feeds, plus the OPML list of every feed. Pure.
 */
export function planMinistrySite(raw: RawNetwork, options: MinistrySiteOptions): MinistrySitePlan {
  const files: PlannedFile[] = []
  const media = new Set<string>()
  const sitemaps: string[] = []
  const base = options.baseUrl
  const size = options.feedSize ?? DEFAULT_FEED_SIZE
  const opmlPath = OPML_FILE

  const only = options.onlyNetworkNews ?? false
  for (const locale of LOCALE_CODES) {
    const { site, missions, networkReleases } = ministrySiteView(raw, locale, base)
    const entries: SitemapEntry[] = []
    const page = (path: string, contents: string | (() => string), source: string) => {
      // A partial plan still lists every page in the sitemap, which it does not write.
      if (!only || path === networkNewsPath(locale)) files.push({ path: outputFile(path), contents: typeof contents === 'function' ? contents() : contents, source })
      if (!path.endsWith('404.html')) {
        entries.push({ url: absoluteUrl(base, path), alternates: LOCALE_CODES.map((l) => ({ hreflang: l, url: absoluteUrl(base, path.replace(new RegExp(`^${locale}/`), `${l}/`)) })) })
      }
    }
    const itemsIn = (releases: typeof networkReleases) =>
      releases.flatMap((r) => {
        const origin = r.origin ? raw.missions.find((m) => m.id === r.origin!.id) : null
        const served: string[] = origin?.siteLocales ?? LOCALE_CODES
        const linkLocale = (served.includes(locale) ? locale : isLocaleCode(origin?.defaultLocale) ? origin.defaultLocale : 'es') as LocaleCode
        return feedItemsFromReleases([r], { baseUrl: r.origin?.baseUrl ?? base, locale: linkLocale, ministryAuthor: { name: site.ministry.name, url: base } })
      })
    const networkItems = itemsIn(networkReleases)

    const directory = missions.map((summary) => {
      const doc = raw.missions.find((m) => m.id === summary.id)
      const served: string[] = doc?.siteLocales ?? []
      const home = served.includes(locale) ? locale : ((isLocaleCode(doc?.defaultLocale) ? doc.defaultLocale : served[0] ?? 'es') as LocaleCode)
      return { ...summary, homeUrl: absoluteUrl(summary.baseUrl, sitePaths.home(home)) }
    })
    page(sitePaths.home(locale), () => directoryPage({ site, missions: directory }), `directory (${locale})`)
    page(networkNewsPath(locale), () => networkNewsPage({ site, releases: networkItems.slice(0, NETWORK_NEWS_SIZE) }), `network news (${locale})`)
    page(sitePaths.news(locale), () => newsIndexPage({ site }), `ministry news front page (${locale})`)
    for (let n = 1; n <= newsArchiveCount(site); n++) page(sitePaths.news(locale, n), () => newsIndexPage({ site, archive: n }), `ministry news archive page ${n} (${locale})`)
    for (const release of site.releases) {
      page(sitePaths.release(locale, release.slug), () => releasePage({ site, release }), `ministry release ${release.id} (${locale})`)
      const doc = raw.releases.find((r) => r.id === release.id)
      if (!only) for (const f of mediaFilenames(doc?.heroImage)) media.add(f)
    }
    for (const p of blogPages(site)) page(p.path, p.contents, p.source)
    page(sitePaths.services(locale), () => servicesIndexPage({ site }), `services index (${locale})`)
    for (const service of site.services) page(sitePaths.service(locale, service.slug), () => servicePage({ site, service }), `service ${service.id} (${locale})`)
    page(sitePaths.contact(locale), () => contactPage({ site }), `contact (${locale})`)
    page(sitePaths.social(locale), () => socialPage({ site }), `social accounts (${locale})`)
    page(sitePaths.charter(locale), () => charterPage({ site }), `service charter (${locale})`)
    page(sitePaths.privacy(locale), () => privacyPage({ site }), `privacy notice (${locale})`)
    const nearest = planNearestOfficePage(raw, site, locale)
    page(nearest.path, nearest.contents, nearest.source)
    if (!only) files.push(searchPageFile(site))
    if (!only) for (const atlas of planAtlasPages(raw, site, locale)) page(atlas.path, atlas.contents, atlas.source)
    page(`${locale}/feeds/`, () => feedsPage({
      site,
      opmlUrl: `../../${opmlPath}`,
      networkRss: `../../${sitePaths.rss(locale)}`,
      networkJson: `../../${sitePaths.jsonFeed(locale)}`,
      feeds: raw.missions.flatMap((m) => (m.siteLocales ?? []).map((l: LocaleCode) => ({
        mission: missions.find((s) => s.id === m.id)?.name ?? m.slug,
        country: m.hostCountry,
        rss: absoluteUrl(m.baseUrl, sitePaths.rss(l)),
        json: absoluteUrl(m.baseUrl, sitePaths.jsonFeed(l)),
        language: l,
      }))),
      travelAdvice: travelAdviceFeedListings(raw, locale, (p) => `../../${p}`),
    }), `feeds page (${locale})`)
    page(sitePaths.notFound(locale), () => notFoundPage({ site }), `404 page (${locale})`)
    const travel = planTravelAdvice(raw, site, { baseUrl: base, feedSize: size, hubUrl: options.hubUrl })
    for (const p of travel.pages) page(p.path, p.contents, p.source)
    for (const p of planCorpsPages(raw, site)) page(p.path, p.contents, p.source)
    if (!only) files.push(...travel.feeds())
    if (!only) files.push(...blogFeedFiles(site, { feedSize: size, hubUrl: options.hubUrl }))

    const feed: FeedView = {
      title: `${site.ministry.name}`,
      description: site.ministry.name,
      language: locale,
      homePageUrl: absoluteUrl(base, sitePaths.home(locale)),
      feedUrl: absoluteUrl(base, sitePaths.rss(locale)),
      hubUrl: options.hubUrl ?? null,
      author: { name: site.ministry.name, url: base },
      items: networkItems,
    }
    files.push({ path: sitePaths.rss(locale), contents: renderRss(latestItems(feed, size)), source: `network RSS feed (${locale})` })
    for (const { path, feed: pageFeed } of paginateJsonFeed(feed, { baseUrl: base, size })) {
      files.push({ path, contents: renderJsonFeed(pageFeed), source: `network JSON feed (${path})` })
    }
    if (!only) files.push({ path: sitePaths.sitemap(locale), contents: renderSitemap(entries), source: `sitemap (${locale})` })
    sitemaps.push(absoluteUrl(base, sitePaths.sitemap(locale)))
  }

  const opml = renderOpml(opmlInput(raw, base))
  // Its dates are the network's newest: it follows every release.
  files.push({ path: opmlPath, contents: opml, source: 'OPML list of feeds' })
  if (only) return { files, media: [], opml, owns: ownsNetworkNews }
  files.push({ path: `${sitePaths.assets}site.css`, contents: SITE_CSS, source: 'site stylesheet' })
  files.push({ path: 'sitemap.xml', contents: renderSitemapIndex(sitemaps), source: 'sitemap index' })
  files.push({ path: 'robots.txt', contents: renderRobots(absoluteUrl(base, 'sitemap.xml')), source: 'robots.txt' })
  files.push(...planOfficeAssets(raw))
  files.push(SEARCH_SCRIPT_FILE)
  files.push(atlasScriptFile(), ...planOpenData(raw, { baseUrl: base }), ...planSurveyData(raw, { baseUrl: base }))
  files.push(...planCorpsFiles(raw, { baseUrl: base }))
  return { files, media: [...media].map((filename) => ({ filename, path: mediaPath(filename) })), opml, owns: () => true }
}

/** Every RSS feed of the network for one-step subscription: the ministry's network feeds, then each mission's, by country. */
function opmlInput(raw: RawNetwork, ministryBase: string) {
  const es = (v: unknown, fb: LocaleCode = 'es') => {
    const map = (v ?? {}) as Record<string, string | null | undefined>
    return map[fb] || map.es || Object.values(map).find(Boolean) || ''
  }
  // Travel advice feeds are listed too: a new country's advice changes the list.
  const dates = [...raw.releases, ...(raw.travelAdvice ?? []), ...(raw.blogPosts ?? [])].map((r) => r.updatedAt as string).filter(Boolean).sort()
  const newest = dates.at(-1) ?? '1970-01-01T00:00:00.000Z'
  const ministryName = es(raw.ministry.name)
  const lead: OpmlLead = {
    group: es(raw.ministry.shortName) || ministryName,
    name: ministryName,
    feeds: [
      ...LOCALE_CODES.map((l) => ({ title: `${ministryName} (${l})`, xmlUrl: absoluteUrl(ministryBase, sitePaths.rss(l)), htmlUrl: absoluteUrl(ministryBase, sitePaths.home(l)), language: l })),
      ...travelAdviceOpmlFeeds(raw, ministryBase),
      ...blogOpmlFeeds(raw.blogPosts, null, ministryName, ministryBase, LOCALE_CODES),
    ],
  }
  const missions: OpmlMission[] = raw.missions.map((m) => {
    const name = es(m.name, isLocaleCode(m.defaultLocale) ? m.defaultLocale : 'es')
    return {
      name,
      country: new Intl.DisplayNames(['es'], { type: 'region', fallback: 'code' }).of(m.hostCountry) ?? m.hostCountry,
      feeds: [
        ...(m.siteLocales ?? []).map((l: LocaleCode) => ({ title: `${name} (${l})`, xmlUrl: absoluteUrl(m.baseUrl, sitePaths.rss(l)), htmlUrl: absoluteUrl(m.baseUrl, sitePaths.home(l)), language: l })),
        ...blogOpmlFeeds(raw.blogPosts, m.id, name, m.baseUrl, m.siteLocales ?? []),
      ],
    }
  })
  return { title: `${ministryName}: feeds`, ownerName: ministryName, dateCreated: dates[0] ?? newest, dateModified: newest, collation: 'es' as LocaleCode, lead, missions }
}
