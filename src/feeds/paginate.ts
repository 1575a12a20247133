/**
 * Feeds stay small and cheap to poll: the main feeds carry the latest N items, and the JSON
 * Feed continues into archive pages chained by `next_url`, so older items stay reachable.
 */
import { absoluteUrl, sitePaths } from '../content/sitePaths'
import type { FeedItemView, FeedView } from './types'

export const DEFAULT_FEED_SIZE = 50

export type FeedPage = { path: string; feed: FeedView }

// Newest publication first; the id breaks ties so equal dates cannot swap between builds.
function newestFirst(items: FeedItemView[]): FeedItemView[] {
  // Each date parsed once, not once per comparison.
  return items
    .map((item) => ({ item, time: Date.parse(item.publishedAt) }))
    .sort((a, b) => b.time - a.time || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    .map(({ item }) => item)
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A feed page holds at least one item, not ${size}`)
}

/** The feed cut to its latest `size` items, with no next page (what the RSS feed carries). */
export function latestItems(feed: FeedView, size = DEFAULT_FEED_SIZE): FeedView {
  checkSize(size)
  return { ...feed, items: newestFirst(feed.items).slice(0, size), nextUrl: null }
}

export type JsonFeedPagesOptions = {
  /** Public base URL of the site the feed files are served from. */
  baseUrl: string
  size?: number
  /** Site path of page n; the locale's main JSON Feed by default (topic feeds pass their own). */
  pagePath?: (page: number) => string
}

/**
 * The JSON Feed as pages of `size` items, newest first: page 1 is the main feed, every page's
 * `feed_url` is its own address and its `next_url` the following page's; the last has none.
 * A feed without items is one empty page.
 */
export function paginateJsonFeed(feed: FeedView, options: JsonFeedPagesOptions): FeedPage[] {
  const size = options.size ?? DEFAULT_FEED_SIZE
  checkSize(size)
  const pagePath = options.pagePath ?? ((page: number) => sitePaths.jsonFeed(feed.language, page))
  const items = newestFirst(feed.items)
  const pageCount = Math.max(1, Math.ceil(items.length / size))
  const pages: FeedPage[] = []
  for (let page = 1; page <= pageCount; page++) {
    const path = pagePath(page)
    pages.push({
      path,
      feed: {
        ...feed,
        feedUrl: absoluteUrl(options.baseUrl, path),
        items: items.slice((page - 1) * size, page * size),
        nextUrl: page < pageCount ? absoluteUrl(options.baseUrl, pagePath(page + 1)) : null,
      },
    })
  }
  return pages
}
