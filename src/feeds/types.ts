/**
 * What a feed renderer needs, already resolved: the renderers (RSS, JSON Feed) are pure
 * functions of a FeedView, so the same content always gives the same bytes.
 */
import { absoluteUrl, sitePaths } from '../content/sitePaths'
import type { LocaleCode, ReleaseView } from '../content/viewModels'
import { absoluteHref, absolutizeHtml } from './xmlText'

export type FeedAuthor = { name: string; url: string }

/** A release as a feed item: its page's absolute URL, and a body whose URLs are all absolute. */
export type FeedItemView = ReleaseView & {
  url: string
  /** Who published it; null means the feed's own author. */
  author: FeedAuthor | null
}

export type FeedView = {
  title: string
  description: string
  language: LocaleCode
  /** Absolute URL of the site (or section) the feed belongs to. */
  homePageUrl: string
  /** Absolute URL of this feed file itself. */
  feedUrl: string
  /** WebSub hub, when one is configured. */
  hubUrl?: string | null
  /** The mission, or the ministry for the network-wide feed. */
  author: FeedAuthor
  /** Newest first. */
  items: FeedItemView[]
  /** Absolute URL of the next (older) page, for paged JSON Feeds. */
  nextUrl?: string | null
}

export type FeedItemOptions = {
  /** The public base URL of the site whose release pages the items link to, or one per release. */
  baseUrl: string | ((release: ReleaseView) => string)
  locale: LocaleCode
  /** Author of releases with no mission of origin (the ministry's); the feed author when absent. */
  ministryAuthor?: FeedAuthor
}

/**
 * Feed items for releases: each links to its page in `locale` (per `sitePaths.release`), and
 * its body and hero image URLs are resolved against that page, so they work in any reader.
 */
export function feedItemsFromReleases(releases: ReleaseView[], options: FeedItemOptions): FeedItemView[] {
  return releases.map((release) => {
    const baseUrl = typeof options.baseUrl === 'function' ? options.baseUrl(release) : options.baseUrl
    const key = `${baseUrl}\u0000${options.locale}\u0000${options.ministryAuthor?.name ?? ''}\u0000${options.ministryAuthor?.url ?? ''}`
    const cached = feedItems.get(release)
    if (cached?.key === key) return cached.item
    const url = absoluteUrl(baseUrl, sitePaths.release(options.locale, release.slug))
    const heroImage = release.heroImage && { ...release.heroImage, src: absoluteHref(release.heroImage.src, url) }
    const author = release.origin
      ? { name: release.origin.name, url: release.origin.baseUrl }
      : (options.ministryAuthor ?? null)
    const item = { ...release, url, bodyHtml: absolutizeHtml(release.bodyHtml, url), heroImage, author }
    feedItems.set(release, { key, item })
    return item
  })
}

// Views a live rebuild keeps between runs are parsed for their links once, not on every publish.
const feedItems = new WeakMap<ReleaseView, { key: string; item: FeedItemView }>()
