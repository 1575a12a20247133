/**
 * Feeds stay small and cheap to poll: the main feeds carry the latest N items, and the JSON
 * Feed continues into archive pages chained by `next_url`, so older items stay reachable.
 * Archive pages hold fixed items (stablePages), so a publish rewrites the front page only.
 */
import { absoluteUrl, sitePaths } from '../content/sitePaths'
import { byNewest } from '../content/releaseOrder'
import { archiveItems, frontItems, stablePaging } from '../content/stablePages'
import type { FeedItemView, FeedView } from './types'

export const DEFAULT_FEED_SIZE = 50

/** One page of a paged feed; `archive` is its archive number, absent on the front page. */
export type FeedPage = { path: string; feed: FeedView; archive?: number }

// Items usually come in this order already (the site's views list releases newest first):
// one pass to check it spares a sort of every release on every publish.
function newestFirst(items: FeedItemView[]): FeedItemView[] {
  for (let i = 1; i < items.length; i++) if (byNewest(items[i - 1], items[i]) > 0) return [...items].sort(byNewest)
  return items
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
  /**
   * Site path of the front page (no argument) and of archive page k; the locale's main JSON
   * Feed by default (topic feeds pass their own).
   */
  pagePath?: (archive?: number) => string
}

/**
 * The JSON Feed as a front page and archive pages of `size` items (stablePages): archive page
 * k always holds the same items, counted from the oldest, so a new item changes the front page
 * only. Every page's `feed_url` is its own address and its `next_url` the page of the next
 * older items; the oldest has none. A feed without items is one empty page.
 */
export function paginateJsonFeed(feed: FeedView, options: JsonFeedPagesOptions): FeedPage[] {
  const size = options.size ?? DEFAULT_FEED_SIZE
  checkSize(size)
  const pagePath = options.pagePath ?? ((archive?: number) => sitePaths.jsonFeed(feed.language, archive))
  const items = newestFirst(feed.items)
  const { archiveCount } = stablePaging(items.length, size)
  const page = (archive: number | undefined, pageItems: FeedItemView[], older: number): FeedPage => {
    const path = pagePath(archive)
    return {
      path,
      ...(archive ? { archive } : {}),
      feed: { ...feed, feedUrl: absoluteUrl(options.baseUrl, path), items: pageItems, nextUrl: older >= 1 ? absoluteUrl(options.baseUrl, pagePath(older)) : null },
    }
  }
  const pages = [page(undefined, frontItems(items, size), archiveCount)]
  for (let archive = archiveCount; archive >= 1; archive--) pages.push(page(archive, archiveItems(items, size, archive), archive - 1))
  return pages
}
