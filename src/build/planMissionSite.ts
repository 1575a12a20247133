import type { LocaleCode } from '../config/locales'
import { mediaFilenames, mediaPath } from '../content/images'
import type { RawNetwork } from '../content/loadNetwork'
import { missionSiteView } from '../content/missionSiteView'
import { absoluteUrl, NEWS_PAGE_SIZE, outputFile, sitePaths } from '../content/sitePaths'
import { pagesTouched, stablePaging } from '../content/stablePages'
import type { MissionSiteView } from '../content/viewModels'
import { renderJsonFeed } from '../feeds/jsonFeed'
import { latestItems, paginateJsonFeed, DEFAULT_FEED_SIZE } from '../feeds/paginate'
import { renderRss } from '../feeds/rss'
import { feedItemsFromReleases, type FeedView } from '../feeds/types'
import {
  contactPage, homePage, missionPage, newsIndexPage, notFoundPage, releasePage, servicePage,
  servicesIndexPage, SITE_CSS, socialPage, charterPage, privacyPage, CITIZEN_FORMS_SCRIPT,
} from '../../templates'
import type { PlannedFile } from './outputPlan'
import { planNearestOfficePage, planOfficeAssets } from './planOffices'
import { alertFeedFiles, alertSiteFiles, withAlerts } from '../alerts/siteAlerts'
import { renderRobots, renderSitemap, renderSitemapIndex, sitemapUrl } from './sitemaps'
import { SEARCH_SCRIPT_FILE, searchPageFile } from '../search/planSearch'
import { blogFeedFiles, blogPages } from '../blog/planBlog'

export type MissionSiteOptions = {
  /** The build's calendar date (YYYY-MM-DD), for today's opening hours. */
  today: string
  /** Only these locales (default: every locale the mission serves). */
  locales?: LocaleCode[]
  feedSize?: number
  hubUrl?: string | null
  /**
   * Only what a change to these press releases touches (the live rebuild after a publish):
   * their pages, home, the news index, the main feeds and their topics' feeds, the sitemaps.
   * `slugs` are every slug the releases had or have, so an old page can be removed.
   */
  only?: ReleaseChange
  /** The build's clock: which alerts are in force (default: when the plan is made). */
  now?: Date
}

export type ReleaseChange = {
  releaseIds: string[]
  slugs: string[]
  topics: string[]
  /**
   * The site's release list, and each of these topics' lists, only gained releases at the
   * head or changed releases in place: every archive page (stablePages) other than those
   * holding the releases keeps its items, and only those (and the newest two) are planned.
   * False (a release removed, moved in time, or moved into a topic) plans every archive page.
   */
  inPlace: boolean
  /**
   * The releases no list of the site held before (new at the head), when that is the only way
   * the lists grew: each list's length before the change is then known, and the newest archive
   * pages are planned only when their number changed. Absent: they are always planned.
   */
  newlyListed?: string[]
}

export type MissionSitePlan = {
  files: PlannedFile[]
  /** Media files (original and derivatives) the site shows; copied under assets/media/. */
  media: { filename: string; path: string }[]
  /** Locales planned (their folders are replaced; others are preserved). */
  locales: LocaleCode[]
  /** Live files this plan speaks for: any of them it does not plan is deleted; every other file is kept. */
  owns: (path: string) => boolean
}

/**
 * Every file of one mission's site, in memory: pages from the shared templates, feeds,
 * sitemaps. Pure: the network content and the date in, the file list out.
 */
export function planMissionSite(raw: RawNetwork, missionSlug: string, options: MissionSiteOptions): MissionSitePlan {
  const mission = raw.missions.find((m) => m.slug === missionSlug)
  const served: LocaleCode[] = mission?.siteLocales ?? []
  const locales = options.locales?.length ? served.filter((l) => options.locales!.includes(l)) : served
  const files: PlannedFile[] = []
  const media = new Set<string>()
  const sitemaps: string[] = []
  const rawReleases = new Map(raw.releases.map((r) => [r.id as string, r]))
  const now = options.now ?? new Date()
  const siteViews: MissionSiteView[] = []

  const only = options.only
  const changedIds = new Set(only?.releaseIds)
  const newlyListed = only?.newlyListed ? new Set(only.newlyListed) : null
  const countBefore = (list: { id: string }[]) => (newlyListed ? list.length - list.filter((r) => newlyListed.has(r.id)).length : undefined)
  // Per locale: whether a partial plan speaks for a path (asked for every page, and again for every file the site holds).
  const ownedBy = new Map<LocaleCode, (path: string) => boolean>()
  const owned = (locale: LocaleCode, path: string) => ownedBy.get(locale)?.(path) ?? false

  for (const locale of locales) {
    const site = withAlerts(missionSiteView(raw, missionSlug, locale), raw.alerts, now)
    siteViews.push(site)
    const base = site.mission.baseUrl
    const entries: string[] = []
    const archives = new Set<string>()
    if (only) ownedBy.set(locale, ownedPaths(locale, only, archives))
    // A partial plan speaks for archive page `archive` of a list when a change in place can
    // alter it (stablePages.pagesTouched), or for every archive page after any other change.
    const touchedByList = new Map<object, Set<number> | null>()
    const claimArchive = (path: string, list: { id: string }[], size: number, archive: number) => {
      if (!only) return
      if (!touchedByList.has(list)) {
        const positions = list.flatMap((r, i) => (changedIds.has(r.id) ? [i] : []))
        touchedByList.set(list, only.inPlace ? pagesTouched(positions, list.length, size, countBefore(list)) : null)
      }
      const touched = touchedByList.get(list)
      if (!touched || touched.has(archive)) archives.add(path)
    }
    const sitemapKey = `${base}\u0000${served.join(',')}`
    const page = (path: string, contents: string | (() => string), source: string, lastmod?: string, view?: object) => {
      // Every page stays in the sitemap; a partial plan renders only the pages it speaks for.
      if (!only || owned(locale, outputFile(path))) {
        files.push({ path: outputFile(path), contents: typeof contents === 'function' ? contents() : contents, source })
      }
      if (!path.endsWith('404.html')) {
        entries.push(view ? sitemapUrlOf(view, sitemapKey, path, lastmod, () => sitemapEntry(base, served, locale, path, lastmod)) : sitemapEntry(base, served, locale, path, lastmod))
      }
    }

    page(sitePaths.home(locale), () => homePage({ site, today: options.today }), `home (${locale})`)
    page(sitePaths.news(locale), () => newsIndexPage({ site }), `news front page (${locale})`)
    for (let n = 1; n <= stablePaging(site.releases.length, NEWS_PAGE_SIZE).archiveCount; n++) {
      claimArchive(outputFile(sitePaths.news(locale, n)), site.releases, NEWS_PAGE_SIZE, n)
      page(sitePaths.news(locale, n), () => newsIndexPage({ site, archive: n }), `news archive page ${n} (${locale})`)
    }
    for (const release of site.releases) {
      page(sitePaths.release(locale, release.slug), () => releasePage({ site, release }), `press release ${release.id} (${locale})`, release.updatedAt, release)
      if (release.heroImage && (!only || changedIds.has(release.id))) for (const f of mediaFilenames(rawReleases.get(release.id)?.heroImage)) media.add(f)
    }
    // The blog (src/blog): a change to releases never touches it, so a partial plan only lists it in the sitemap.
    for (const p of blogPages(site)) page(p.path, p.contents, p.source, p.lastmod)
    page(sitePaths.services(locale), () => servicesIndexPage({ site }), `services index (${locale})`)
    for (const service of site.services) {
      page(sitePaths.service(locale, service.slug), () => servicePage({ site, service }), `service ${service.id} (${locale})`, service.updatedAt)
    }
    page(sitePaths.contact(locale), () => contactPage({ site }), `contact (${locale})`)
    page(sitePaths.social(locale), () => socialPage({ site }), `social accounts (${locale})`)
    page(sitePaths.charter(locale), () => charterPage({ site }), `service charter (${locale})`)
    page(sitePaths.privacy(locale), () => privacyPage({ site }), `privacy notice (${locale})`)
    const nearest = planNearestOfficePage(raw, site, locale)
    page(nearest.path, nearest.contents, nearest.source)
    if (!only) files.push(searchPageFile(site))
    for (const p of site.pages) page(sitePaths.page(locale, p.kind), () => missionPage({ site, page: p }), `${p.kind} page (${locale})`, p.updatedAt)
    page(sitePaths.notFound(locale), () => notFoundPage({ site }), `404 page (${locale})`)

    const feedTouched = (path: string, list: { id: string }[], size: number, archive: number | undefined) => {
      if (archive === undefined) return true
      claimArchive(path, list, size, archive)
      return !only || owned(locale, path)
    }
    files.push(...feedFiles(site, options, only ? new Set(only.topics) : null, feedTouched))
    if (!only) files.push(...alertFeedFiles(site, options.hubUrl))
    if (!only) files.push(...blogFeedFiles(site, options))
    files.push({ path: sitePaths.sitemap(locale), contents: renderSitemap(entries), source: `sitemap (${locale})` })
    sitemaps.push(absoluteUrl(base, sitePaths.sitemap(locale)))
  }

  if (mission && locales.length === served.length && !only) {
    files.push({ path: `${sitePaths.assets}site.css`, contents: SITE_CSS, source: 'site stylesheet' })
    files.push({ path: sitePaths.formsScript, contents: CITIZEN_FORMS_SCRIPT, source: 'forms script' })
    files.push(SEARCH_SCRIPT_FILE)
    files.push(...planOfficeAssets(raw))
    files.push(...alertSiteFiles(siteViews, raw.alerts, now))
    files.push({ path: 'sitemap.xml', contents: renderSitemapIndex(sitemaps), source: 'sitemap index' })
    files.push({ path: 'robots.txt', contents: renderRobots(absoluteUrl(mission.baseUrl, 'sitemap.xml')), source: 'robots.txt' })
  }
  const planned = new Set(locales.map((l) => `${l}/`))
  const owns = (path: string) => {
    const locale = path.slice(0, path.indexOf('/') + 1)
    if (only) return planned.has(locale) && owned(locale.slice(0, -1) as LocaleCode, path)
    return locales.length === served.length || planned.has(locale)
  }
  return { files, media: [...media].map((filename) => ({ filename, path: mediaPath(filename) })), locales, owns }
}

function sitemapEntry(base: string, served: LocaleCode[], locale: LocaleCode, path: string, lastmod: string | undefined): string {
  return sitemapUrl({
    url: absoluteUrl(base, path),
    lastmod,
    // Every site path starts with its locale (sitePaths), so the others are a prefix away.
    alternates: served.map((l) => ({ hreflang: l, url: absoluteUrl(base, `${l}${path.slice(locale.length)}`) })),
  })
}

// A live rebuild keeps its release views between publishes (memoizedReleaseView): each one's
// sitemap entry is made once, not for every release of the site on every publish.
const sitemapUrls = new WeakMap<object, { site: string; path: string; lastmod: string | undefined; xml: string }>()
function sitemapUrlOf(view: object, site: string, path: string, lastmod: string | undefined, make: () => string): string {
  const cached = sitemapUrls.get(view)
  if (cached && cached.site === site && cached.path === path && cached.lastmod === lastmod) return cached.xml
  const xml = make()
  sitemapUrls.set(view, { site, path, lastmod, xml })
  return xml
}

/** The site's RSS and JSON feeds, and one pair per topic. */
function feedFiles(
  site: MissionSiteView,
  options: MissionSiteOptions,
  onlyTopics: Set<string> | null,
  /** Whether to render this JSON Feed page (archive: its number; absent for the front page). */
  wanted: (path: string, items: { id: string }[], size: number, archive: number | undefined) => boolean,
): PlannedFile[] {
  const { locale, mission, ministry } = site
  const base = mission.baseUrl
  const items = feedItemsFromReleases(site.releases, {
    baseUrl: base,
    locale,
    ministryAuthor: { name: ministry.name, url: ministry.baseUrl },
  })
  const size = options.feedSize ?? DEFAULT_FEED_SIZE
  const files: PlannedFile[] = []
  const emit = (title: string, rssPath: string, jsonPage: (archive?: number) => string, feedItems: typeof items, what: string) => {
    const feed: FeedView = {
      title,
      description: `${mission.name} — ${ministry.name}`,
      language: locale,
      homePageUrl: absoluteUrl(base, sitePaths.home(locale)),
      feedUrl: absoluteUrl(base, rssPath),
      hubUrl: options.hubUrl ?? null,
      author: { name: mission.name, url: absoluteUrl(base, sitePaths.home(locale)) },
      items: feedItems,
    }
    files.push({ path: rssPath, contents: renderRss(latestItems(feed, size)), source: `RSS feed ${what}` })
    for (const { path, feed: pageFeed, archive } of paginateJsonFeed({ ...feed, feedUrl: absoluteUrl(base, jsonPage()) }, { baseUrl: base, size, pagePath: jsonPage })) {
      if (wanted(path, feedItems, size, archive)) files.push({ path, contents: renderJsonFeed(pageFeed), source: `JSON feed ${what} (${path})` })
    }
  }
  emit(mission.name, sitePaths.rss(locale), (archive) => sitePaths.jsonFeed(locale, archive), items, `(${locale})`)
  const topics = new Map<string, string>()
  for (const r of site.releases) for (const t of r.topics) topics.set(t.slug, t.name)
  for (const [slug, name] of [...topics].sort()) {
    if (onlyTopics && !onlyTopics.has(slug)) continue
    emit(
      `${mission.name}: ${name}`,
      sitePaths.topicRss(locale, slug),
      (archive) => sitePaths.topicJsonFeed(locale, slug, archive),
      items.filter((i) => i.topics.some((t) => t.slug === slug)),
      `topic ${slug} (${locale})`,
    )
  }
  return files
}

// News and JSON Feed archive pages (stablePages), main or per topic, within a locale.
const ARCHIVE_PAGE = /^(?:news\/archive\/\d+\/index\.html|(?:topics\/[^/]+\/)?feed-archive-\d+\.json)$/

/**
 * The files of one locale that a change to some press releases can alter. Archive pages:
 * after a change in place, the ones the plan chose (`archives`, filled as it plans); otherwise
 * all of them, for the site and for the releases' topics.
 */
function ownedPaths(locale: LocaleCode, only: ReleaseChange, archives: Set<string>): (path: string) => boolean {
  const prefix = `${locale}/`
  const always = new Set(
    ['index.html', 'sitemap.xml', 'feed.xml', 'feed.json', 'news/index.html', ...only.slugs.map((slug) => `news/${slug}/index.html`)].map((p) => prefix + p),
  )
  const topics = only.topics.map((topic) => `${prefix}topics/${topic}/`)
  const inTopics = (path: string) => topics.some((t) => path.startsWith(t))
  return (path) => {
    if (!path.startsWith(prefix)) return false
    if (always.has(path)) return true
    if (ARCHIVE_PAGE.test(path.slice(prefix.length))) {
      if (only.inPlace) return archives.has(path)
      return !path.startsWith(`${prefix}topics/`) || inTopics(path)
    }
    return inTopics(path)
  }
}
