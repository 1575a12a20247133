import type { LocaleCode } from '../config/locales'
import { mediaFilenames, mediaPath } from '../content/images'
import type { RawNetwork } from '../content/loadNetwork'
import { missionSiteView } from '../content/missionSiteView'
import { absoluteUrl, outputFile, sitePaths } from '../content/sitePaths'
import type { MissionSiteView } from '../content/viewModels'
import { renderJsonFeed } from '../feeds/jsonFeed'
import { latestItems, paginateJsonFeed, DEFAULT_FEED_SIZE } from '../feeds/paginate'
import { renderRss } from '../feeds/rss'
import { feedItemsFromReleases, type FeedView } from '../feeds/types'
import {
  contactPage, homePage, missionPage, newsIndexPage, newsPageCount, notFoundPage, releasePage, servicePage,
  servicesIndexPage, SITE_CSS, socialPage,
} from '../../templates'
import type { PlannedFile } from './outputPlan'
import { renderRobots, renderSitemap, renderSitemapIndex, type SitemapEntry } from './sitemaps'

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
}

export type ReleaseChange = { releaseIds: string[]; slugs: string[]; topics: string[] }

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

  const only = options.only
  const changedIds = new Set(only?.releaseIds)

  for (const locale of locales) {
    const site = missionSiteView(raw, missionSlug, locale)
    const base = site.mission.baseUrl
    const entries: SitemapEntry[] = []
    const page = (path: string, contents: string | (() => string), source: string, lastmod?: string) => {
      // Every page stays in the sitemap; a partial plan renders only the pages it speaks for.
      if (!only || ownsPath(locale, only, outputFile(path))) {
        files.push({ path: outputFile(path), contents: typeof contents === 'function' ? contents() : contents, source })
      }
      if (!path.endsWith('404.html')) {
        entries.push({
          url: absoluteUrl(base, path),
          lastmod,
          // Every site path starts with its locale (sitePaths), so the others are a prefix away.
          alternates: served.map((l) => ({ hreflang: l, url: absoluteUrl(base, `${l}${path.slice(locale.length)}`) })),
        })
      }
    }

    page(sitePaths.home(locale), () => homePage({ site, today: options.today }), `home (${locale})`)
    const pages = newsPageCount(site)
    for (let n = 1; n <= pages; n++) page(sitePaths.news(locale, n), () => newsIndexPage({ site, page: n }), `news index page ${n} (${locale})`)
    for (const release of site.releases) {
      page(sitePaths.release(locale, release.slug), () => releasePage({ site, release }), `press release ${release.id} (${locale})`, release.updatedAt)
      if (release.heroImage && (!only || changedIds.has(release.id))) for (const f of mediaFilenames(rawReleases.get(release.id)?.heroImage)) media.add(f)
    }
    page(sitePaths.services(locale), () => servicesIndexPage({ site }), `services index (${locale})`)
    for (const service of site.services) {
      page(sitePaths.service(locale, service.slug), () => servicePage({ site, service }), `service ${service.id} (${locale})`, service.updatedAt)
    }
    page(sitePaths.contact(locale), () => contactPage({ site }), `contact (${locale})`)
    page(sitePaths.social(locale), () => socialPage({ site }), `social accounts (${locale})`)
    for (const p of site.pages) page(sitePaths.page(locale, p.kind), () => missionPage({ site, page: p }), `${p.kind} page (${locale})`, p.updatedAt)
    page(sitePaths.notFound(locale), () => notFoundPage({ site }), `404 page (${locale})`)

    files.push(...feedFiles(site, options, only ? new Set(only.topics) : null))
    files.push({ path: sitePaths.sitemap(locale), contents: renderSitemap(entries), source: `sitemap (${locale})` })
    sitemaps.push(absoluteUrl(base, sitePaths.sitemap(locale)))
  }

  if (mission && locales.length === served.length && !only) {
    files.push({ path: `${sitePaths.assets}site.css`, contents: SITE_CSS, source: 'site stylesheet' })
    files.push({ path: 'sitemap.xml', contents: renderSitemapIndex(sitemaps), source: 'sitemap index' })
    files.push({ path: 'robots.txt', contents: renderRobots(absoluteUrl(mission.baseUrl, 'sitemap.xml')), source: 'robots.txt' })
  }
  const planned = new Set(locales.map((l) => `${l}/`))
  const owns = (path: string) => {
    const locale = path.slice(0, path.indexOf('/') + 1)
    if (only) return planned.has(locale) && ownsPath(locale.slice(0, -1) as LocaleCode, only, path)
    return locales.length === served.length || planned.has(locale)
  }
  return { files, media: [...media].map((filename) => ({ filename, path: mediaPath(filename) })), locales, owns }
}

/** The site's RSS and JSON feeds, and one pair per topic. */
function feedFiles(site: MissionSiteView, options: MissionSiteOptions, onlyTopics: Set<string> | null): PlannedFile[] {
  const { locale, mission, ministry } = site
  const base = mission.baseUrl
  const items = feedItemsFromReleases(site.releases, {
    baseUrl: base,
    locale,
    ministryAuthor: { name: ministry.name, url: ministry.baseUrl },
  })
  const size = options.feedSize ?? DEFAULT_FEED_SIZE
  const files: PlannedFile[] = []
  const emit = (title: string, rssPath: string, jsonPage: (n: number) => string, feedItems: typeof items, what: string) => {
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
    for (const { path, feed: pageFeed } of paginateJsonFeed({ ...feed, feedUrl: absoluteUrl(base, jsonPage(1)) }, { baseUrl: base, size, pagePath: jsonPage })) {
      files.push({ path, contents: renderJsonFeed(pageFeed), source: `JSON feed ${what} (${path})` })
    }
  }
  emit(mission.name, sitePaths.rss(locale), (n) => sitePaths.jsonFeed(locale, n), items, `(${locale})`)
  const topics = new Map<string, string>()
  for (const r of site.releases) for (const t of r.topics) topics.set(t.slug, t.name)
  for (const [slug, name] of [...topics].sort()) {
    if (onlyTopics && !onlyTopics.has(slug)) continue
    emit(
      `${mission.name}: ${name}`,
      sitePaths.topicRss(locale, slug),
      (n) => sitePaths.topicJsonFeed(locale, slug, n),
      items.filter((i) => i.topics.some((t) => t.slug === slug)),
      `topic ${slug} (${locale})`,
    )
  }
  return files
}

/** The files of one locale that a change to some press releases can alter. */
function ownsPath(locale: LocaleCode, only: ReleaseChange, path: string): boolean {
  const inLocale = path.slice(locale.length + 1)
  if (!path.startsWith(`${locale}/`)) return false
  if (inLocale === 'index.html' || inLocale === 'sitemap.xml' || inLocale === 'feed.xml' || /^feed(-\d+)?\.json$/.test(inLocale)) return true
  if (inLocale === 'news/index.html' || inLocale.startsWith('news/page/')) return true
  if (only.slugs.some((slug) => inLocale === `news/${slug}/index.html`)) return true
  return only.topics.some((topic) => inLocale.startsWith(`topics/${topic}/`))
}
