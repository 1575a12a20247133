import { describe, expect, it } from 'vitest'
import { sitePaths } from '../content/sitePaths'
import type { ReleaseView } from '../content/viewModels'
import { missionFeed } from './fixtures/feeds'
import { MISSION_BASE_URL, ordinaryRelease } from './fixtures/releases'
import { DEFAULT_FEED_SIZE, latestItems, paginateJsonFeed } from './paginate'

/** n releases, one a day, newest last, so any order the pages show must come from sorting. */
function releases(n: number): ReleaseView[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString()
    return { ...ordinaryRelease, id: `r-${String(i).padStart(3, '0')}`, slug: `r-${i}`, publishedAt: day, updatedAt: day }
  })
}

const ids = (feed: { items: { id: string }[] }) => feed.items.map((item) => item.id)

describe('latestItems', () => {
  it('keeps the newest 50 items by default, newest first, with no next page', () => {
    const latest = latestItems(missionFeed(releases(120)), undefined)
    expect(DEFAULT_FEED_SIZE).toBe(50)
    expect(latest.items).toHaveLength(50)
    expect(latest.items[0].id).toBe('r-119')
    expect(latest.items[49].id).toBe('r-070')
    expect(latest.nextUrl).toBeNull()
  })

  it('takes a configured size and orders equal dates by id, whatever the input order', () => {
    const same = releases(3).map((r) => ({ ...r, publishedAt: '2025-01-01T00:00:00Z' }))
    expect(ids(latestItems(missionFeed(same), 2))).toEqual(['r-000', 'r-001'])
    expect(ids(latestItems(missionFeed([...same].reverse()), 2))).toEqual(['r-000', 'r-001'])
  })

  it('refuses a size below one', () => {
    expect(() => latestItems(missionFeed(releases(3)), 0)).toThrow(RangeError)
  })
})

describe('paginateJsonFeed', () => {
  it('chains the front page and the archive pages through next_url, newest first, every item exactly once', () => {
    const pages = paginateJsonFeed(missionFeed(releases(35)), { baseUrl: MISSION_BASE_URL, size: 10 })
    expect(pages.map((page) => page.path)).toEqual(['es/feed.json', 'es/feed-archive-2.json', 'es/feed-archive-1.json'])
    expect(pages.map((page) => page.archive)).toEqual([undefined, 2, 1])
    expect(pages.map((page) => page.feed.feedUrl)).toEqual([
      'https://embajada.example.org/madrid/es/feed.json',
      'https://embajada.example.org/madrid/es/feed-archive-2.json',
      'https://embajada.example.org/madrid/es/feed-archive-1.json',
    ])
    expect(pages.map((page) => page.feed.nextUrl)).toEqual([
      'https://embajada.example.org/madrid/es/feed-archive-2.json',
      'https://embajada.example.org/madrid/es/feed-archive-1.json',
      null,
    ])
    // Archive 1 holds the oldest ten; the front page what no archive holds yet.
    expect(pages.map((page) => page.feed.items.length)).toEqual([15, 10, 10])
    expect(ids(pages[2].feed)).toEqual(releases(10).map((r) => r.id).reverse())
    const all = pages.flatMap((page) => ids(page.feed))
    expect(all).toEqual(releases(35).map((r) => r.id).reverse())
  })

  it('keeps every archive page the same when a newer item is added', () => {
    for (let n = 20; n < 60; n++) {
      const before = paginateJsonFeed(missionFeed(releases(n)), { baseUrl: MISSION_BASE_URL, size: 10 })
      const after = paginateJsonFeed(missionFeed(releases(n + 1)), { baseUrl: MISSION_BASE_URL, size: 10 })
      const archives = new Map(before.filter((p) => p.archive).map((p) => [p.path, p.feed]))
      for (const page of after.filter((p) => p.archive)) {
        const was = archives.get(page.path)
        // Only the newest archive can be new, and the one before it now links to it.
        if (was && page.archive! < after[1].archive! - 1) expect(page.feed).toEqual(was)
        if (was) expect(ids(page.feed)).toEqual(ids(was))
      }
    }
  })

  it('uses 50 items a page by default and keeps everything on the front page below 100 items', () => {
    expect(paginateJsonFeed(missionFeed(releases(99)), { baseUrl: MISSION_BASE_URL })).toHaveLength(1)
    expect(paginateJsonFeed(missionFeed(releases(100)), { baseUrl: MISSION_BASE_URL }).map((p) => p.feed.items.length)).toEqual([50, 50])
  })

  it('writes one empty page for a feed without items', () => {
    const pages = paginateJsonFeed(missionFeed([]), { baseUrl: MISSION_BASE_URL })
    expect(pages).toEqual([{ path: 'es/feed.json', feed: expect.objectContaining({ items: [], nextUrl: null }) }])
  })

  it('puts topic feeds at their own paths', () => {
    const pages = paginateJsonFeed(missionFeed(releases(4)), {
      baseUrl: MISSION_BASE_URL,
      size: 2,
      pagePath: (archive) => sitePaths.topicJsonFeed('es', 'diplomacia', archive),
    })
    expect(pages.map((page) => page.path)).toEqual(['es/topics/diplomacia/feed.json', 'es/topics/diplomacia/feed-archive-1.json'])
    expect(pages[0].feed.nextUrl).toBe('https://embajada.example.org/madrid/es/topics/diplomacia/feed-archive-1.json')
  })

  it('leaves the feed it was given unchanged', () => {
    const feed = missionFeed(releases(5))
    const before = structuredClone(feed)
    paginateJsonFeed(feed, { baseUrl: MISSION_BASE_URL, size: 2 })
    expect(feed).toEqual(before)
  })
})
