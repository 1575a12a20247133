import { LOCALE_CODES, type LocaleCode } from '../config/locales'
import type { RawNetwork } from '../content/loadNetwork'
import { absoluteUrl } from '../content/sitePaths'
import { levelKey, type AlertLevelNumber } from '../content/travelAdviceLevels'
import { travelAdvicePaths } from '../content/travelAdvicePaths'
import { travelAdviceViews, type TravelAdviceView } from '../content/travelAdviceView'
import type { MissionSiteView } from '../content/viewModels'
import { renderJsonFeed } from '../feeds/jsonFeed'
import type { OpmlFeed } from '../feeds/opml'
import { latestItems, paginateJsonFeed, DEFAULT_FEED_SIZE } from '../feeds/paginate'
import { renderRss } from '../feeds/rss'
import type { FeedItemView, FeedView } from '../feeds/types'
import { escapeHtml } from '../../templates/html/escape'
import { countryName } from '../../templates/i18n/format'
import { travelAdviceMessagesFor } from '../../templates/i18n/travelAdvice'
import { travelAdviceCountryPage } from '../../templates/travelAdvice/countryPage'
import { travelAdviceIndexPage } from '../../templates/travelAdvice/indexPage'
import { toCsv } from './csv'
import type { PlannedFile } from './outputPlan'

export type PlannedPage = { path: string; contents: () => string; source: string }

export type TravelAdviceOptions = { baseUrl: string; feedSize?: number; hubUrl?: string | null }

/**
 * The ministry site's travel advice in one language: the index, one page per country (with its
 * history), and the feeds: each country's major changes, every change, every major change.
 * Pure; pages are returned apart so the ministry's plan lists them in its sitemap.
 */
export function planTravelAdvice(raw: Pick<RawNetwork, 'travelAdvice'>, site: MissionSiteView, options: TravelAdviceOptions): { pages: PlannedPage[]; feeds: () => PlannedFile[] } {
  const { locale } = site
  const advice = travelAdviceViews(raw, locale)
  const pages: PlannedPage[] = [
    { path: travelAdvicePaths.index(locale), contents: () => travelAdviceIndexPage({ site, advice }), source: `travel advice index (${locale})` },
    ...advice.map((a) => ({
      path: travelAdvicePaths.country(locale, a.country),
      contents: () => travelAdviceCountryPage({ site, advice: a }),
      source: `travel advice ${a.country} (${locale})`,
    })),
  ]
  const t = travelAdviceMessagesFor(locale)
  const feeds = (): PlannedFile[] => {
    const items = advice.flatMap((a) => changeItems(a, locale, options.baseUrl))
    return [
      ...feedFiles(site, options, { title: `${t.title} · ${t.allChanges}`, rss: travelAdvicePaths.allRss(locale), json: travelAdvicePaths.allJson(locale), home: travelAdvicePaths.index(locale) }, items),
      ...feedFiles(site, options, { title: `${t.title} · ${t.majorChanges}`, rss: travelAdvicePaths.majorRss(locale), json: travelAdvicePaths.majorJson(locale), home: travelAdvicePaths.index(locale) }, items.filter(isMajor)),
      ...advice.flatMap((a) => {
        const name = countryName(locale, a.country)
        return feedFiles(site, options, {
          title: `${t.countryTitle(name)} · ${t.major}`,
          rss: travelAdvicePaths.countryRss(locale, a.country), json: travelAdvicePaths.countryJson(locale, a.country), home: travelAdvicePaths.country(locale, a.country),
        }, changeItems(a, locale, options.baseUrl).filter(isMajor))
      }),
    ]
  }
  return { pages, feeds }
}

const MAJOR = 'major'
const isMajor = (item: FeedItemView) => item.topics.some((topic) => topic.slug === MAJOR)

/** Each change of one advice as a feed item linking to the country's page; its id is the change's. */
export function changeItems(advice: TravelAdviceView, locale: LocaleCode, baseUrl: string): FeedItemView[] {
  const t = travelAdviceMessagesFor(locale)
  const name = countryName(locale, advice.country)
  const url = absoluteUrl(baseUrl, travelAdvicePaths.country(locale, advice.country))
  const levelText = (level: AlertLevelNumber) => `${t.levelNumber(level)} · ${t.levels[level]}`
  return advice.changes.map((c) => ({
    id: c.id,
    slug: advice.country.toLowerCase(),
    title: t.itemTitle(name, levelText(c.level)),
    summary: c.note || levelText(c.level),
    bodyHtml: `<p>${escapeHtml(c.note)}</p>\n<p>${escapeHtml(levelText(c.level))}</p>`,
    publishedAt: c.at,
    updatedAt: c.at,
    heroImage: null,
    topics: [c.major ? { slug: MAJOR, name: t.major } : { slug: 'minor', name: t.minor }],
    origin: null,
    url,
    author: null,
  }))
}

type FeedSpec = { title: string; rss: string; json: string; home: string }

function feedFiles(site: MissionSiteView, options: TravelAdviceOptions, spec: FeedSpec, items: FeedItemView[]): PlannedFile[] {
  const base = options.baseUrl
  const size = options.feedSize ?? DEFAULT_FEED_SIZE
  const feed: FeedView = {
    title: spec.title,
    description: spec.title,
    language: site.locale,
    homePageUrl: absoluteUrl(base, spec.home),
    feedUrl: absoluteUrl(base, spec.rss),
    hubUrl: options.hubUrl ?? null,
    author: { name: site.ministry.name, url: base },
    items,
  }
  const archive = (k?: number) => (k ? spec.json.replace(/feed\.json$/, `feed-archive-${k}.json`) : spec.json)
  return [
    { path: spec.rss, contents: renderRss(latestItems(feed, size)), source: `travel advice RSS (${spec.rss})` },
    ...paginateJsonFeed({ ...feed, feedUrl: absoluteUrl(base, spec.json) }, { baseUrl: base, size, pagePath: archive })
      .map(({ path, feed: page }) => ({ path, contents: renderJsonFeed(page), source: `travel advice JSON Feed (${path})` })),
  ]
}

/** The travel advice feeds for the OPML list, in every language: every change, then each country's major changes. */
export function travelAdviceOpmlFeeds(raw: Pick<RawNetwork, 'travelAdvice'>, baseUrl: string): OpmlFeed[] {
  return LOCALE_CODES.flatMap((locale) => {
    const t = travelAdviceMessagesFor(locale)
    const index = absoluteUrl(baseUrl, travelAdvicePaths.index(locale))
    return [
      { title: `${t.title} · ${t.allChanges} (${locale})`, xmlUrl: absoluteUrl(baseUrl, travelAdvicePaths.allRss(locale)), htmlUrl: index, language: locale },
      { title: `${t.title} · ${t.majorChanges} (${locale})`, xmlUrl: absoluteUrl(baseUrl, travelAdvicePaths.majorRss(locale)), htmlUrl: index, language: locale },
      ...travelAdviceViews(raw, locale).map((a) => ({
        title: `${t.countryTitle(countryName(locale, a.country))} (${locale})`,
        xmlUrl: absoluteUrl(baseUrl, travelAdvicePaths.countryRss(locale, a.country)),
        htmlUrl: absoluteUrl(baseUrl, travelAdvicePaths.country(locale, a.country)),
        language: locale,
      })),
    ]
  })
}

/** The feeds page's travel advice section in one language: every change, the major ones, then each country's; `href` makes a path a link. */
export function travelAdviceFeedListings(raw: Pick<RawNetwork, 'travelAdvice'>, locale: LocaleCode, href: (path: string) => string) {
  const t = travelAdviceMessagesFor(locale)
  return {
    heading: t.title,
    feeds: [
      { label: t.allChanges, rss: href(travelAdvicePaths.allRss(locale)), json: href(travelAdvicePaths.allJson(locale)) },
      { label: t.majorChanges, rss: href(travelAdvicePaths.majorRss(locale)), json: href(travelAdvicePaths.majorJson(locale)) },
      ...travelAdviceViews(raw, locale).map((a) => ({
        label: t.countryFeed(countryName(locale, a.country)),
        rss: href(travelAdvicePaths.countryRss(locale, a.country)), json: href(travelAdvicePaths.countryJson(locale, a.country)),
      })),
    ],
  }
}

/** One country's levels as open data; fields documented in docs/open-data.md and docs/travel-advice.md. */
export type TravelAdviceRecord = {
  country: string
  countryName: string
  level: AlertLevelNumber
  levelKey: string
  highestLevel: AlertLevelNumber
  regions: { name: string; level: AlertLevelNumber; levelKey: string }[]
  reviewedAt: string
  lastChange: string
  lastMajorChange: string | null
  url: string
}

const COLUMNS = ['country', 'countryName', 'level', 'levelKey', 'highestLevel', 'regions', 'reviewedAt', 'lastChange', 'lastMajorChange', 'url'] as const

export function travelAdviceRecords(raw: Pick<RawNetwork, 'travelAdvice'>, baseUrl: string): TravelAdviceRecord[] {
  return travelAdviceViews(raw, 'es').map((a) => ({
    country: a.country,
    countryName: countryName('es', a.country),
    level: a.level,
    levelKey: levelKey(a.level),
    highestLevel: a.highestLevel,
    regions: a.regions.map((r) => ({ name: r.name, level: r.level, levelKey: levelKey(r.level) })),
    reviewedAt: a.reviewedAt,
    lastChange: a.updatedAt,
    lastMajorChange: a.changes.find((c) => c.major)?.at ?? null,
    url: absoluteUrl(baseUrl, travelAdvicePaths.country('es', a.country)),
  }))
}

/**
 * The levels as open data, JSON and CSV. No clock: `modified` is the newest change's date. In CSV
 * the regions are one cell, "name: level" joined by "; ".
 */
export function planTravelAdviceData(raw: Pick<RawNetwork, 'travelAdvice' | 'ministry'>, options: { baseUrl: string }): PlannedFile[] {
  const records = travelAdviceRecords(raw, options.baseUrl)
  const publisher = typeof raw.ministry?.name === 'object' ? (raw.ministry.name.es ?? '') : String(raw.ministry?.name ?? '')
  const modified = records.map((r) => r.lastChange).filter(Boolean).sort().at(-1) ?? null
  const rows = records.map((r) => ({ ...r, regions: r.regions.map((g) => `${g.name}: ${g.level}`).join('; ') }))
  return [
    { path: travelAdvicePaths.levelsJson, contents: `${JSON.stringify({ publisher, homepage: options.baseUrl, modified, countries: records }, null, 2)}\n`, source: 'open data: travel advice levels (JSON)' },
    { path: travelAdvicePaths.levelsCsv, contents: toCsv(COLUMNS, rows), source: 'open data: travel advice levels (CSV)' },
  ]
}
