/**
 * Where every page and feed of a mission site lives, relative to the mission's folder
 * (which is served at the mission's base URL). One module, so pages, links, sitemaps and
 * feeds can never disagree. Paths end in "/" for pages (written as …/index.html).
 */
import type { LocaleCode, MissionPageView } from './viewModels'

export const NEWS_PAGE_SIZE = 20

/** The ministry's own site: its folder, and the id it carries where a mission's would be. */
export const MINISTRY_SITE = 'ministry'

export const sitePaths = {
  home: (locale: LocaleCode) => `${locale}/`,
  /** The news front page, or archive page `archive` (1 = the oldest releases; see stablePages). */
  news: (locale: LocaleCode, archive?: number) => (archive ? `${locale}/news/archive/${archive}/` : `${locale}/news/`),
  release: (locale: LocaleCode, slug: string) => `${locale}/news/${slug}/`,
  services: (locale: LocaleCode) => `${locale}/services/`,
  service: (locale: LocaleCode, slug: string) => `${locale}/services/${slug}/`,
  contact: (locale: LocaleCode) => `${locale}/contact/`,
  social: (locale: LocaleCode) => `${locale}/social/`,
  /** The ministry's citizen service charter, on every site. */
  charter: (locale: LocaleCode) => `${locale}/charter/`,
  /** How the contact form's data is handled (linked from the form's consent). */
  privacy: (locale: LocaleCode) => `${locale}/privacy/`,
  page: (locale: LocaleCode, kind: MissionPageView['kind']) => `${locale}/${kind}/`,
  notFound: (locale: LocaleCode) => `${locale}/404.html`,
  rss: (locale: LocaleCode) => `${locale}/feed.xml`,
  jsonFeed: (locale: LocaleCode, archive?: number) => (archive ? `${locale}/feed-archive-${archive}.json` : `${locale}/feed.json`),
  topicRss: (locale: LocaleCode, topic: string) => `${locale}/topics/${topic}/feed.xml`,
  topicJsonFeed: (locale: LocaleCode, topic: string, archive?: number) =>
    archive ? `${locale}/topics/${topic}/feed-archive-${archive}.json` : `${locale}/topics/${topic}/feed.json`,
  sitemap: (locale: LocaleCode) => `${locale}/sitemap.xml`,
  assets: 'assets/',
  /** The forms' optional script: sends in place and says so; the forms work without it. */
  formsScript: 'assets/citizen-forms.js',
} as const

// A site path made only of these characters, without dot segments, resolves by concatenation.
const PLAIN_PATH = /^(?!\.{1,2}(?:\/|$))(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/?)*$/
const DOT_SEGMENT = /\/\.{1,2}(?:\/|$)/
const normalizedBases = new Map<string, string | null>()

/** The base as the URL parser writes it, when a plain path can simply be appended to it (no query or fragment). */
function normalizedBase(baseUrl: string): string | null {
  let base = normalizedBases.get(baseUrl)
  if (base === undefined) {
    const href = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
    base = /[?#]/.test(href) ? null : href
    if (normalizedBases.size > 10_000) normalizedBases.clear()
    normalizedBases.set(baseUrl, base)
  }
  return base
}

/** An absolute URL for a site path, from the mission's (or ministry's) public base URL. */
export function absoluteUrl(baseUrl: string, sitePath: string): string {
  // Built for every link of every page: parsing each one with URL was a tenth of a build.
  const base = normalizedBase(baseUrl)
  if (base && PLAIN_PATH.test(sitePath) && !DOT_SEGMENT.test(sitePath)) return base + sitePath
  return new URL(sitePath, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
}

/** The file a site path is written to, relative to the site folder. */
export function outputFile(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath
}
