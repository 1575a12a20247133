/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with the spec's own field names. Strings
 * pass through cleanXmlText too: a control character is no more useful in a reader's JSON.
 */
import { toRfc3339 } from './dates'
import { releaseGuid } from './guid'
import type { FeedAuthor, FeedItemView, FeedView } from './types'
import { cleanXmlText as clean } from './xmlText'

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

export type JsonFeedAuthor = { name?: string; url?: string; avatar?: string }

export type JsonFeedHub = { type: string; url: string }

export type JsonFeedItem = {
  id: string
  url?: string
  external_url?: string
  title?: string
  content_html?: string
  content_text?: string
  summary?: string
  image?: string
  banner_image?: string
  date_published?: string
  date_modified?: string
  authors?: JsonFeedAuthor[]
  tags?: string[]
  language?: string
}

export type JsonFeed = {
  version: typeof JSON_FEED_VERSION
  title: string
  home_page_url?: string
  feed_url?: string
  description?: string
  next_url?: string
  icon?: string
  favicon?: string
  authors?: JsonFeedAuthor[]
  language?: string
  hubs?: JsonFeedHub[]
  items: JsonFeedItem[]
}

function author(a: FeedAuthor): JsonFeedAuthor {
  return { name: clean(a.name), url: clean(a.url) }
}

function jsonFeedItem(item: FeedItemView, feed: FeedView): JsonFeedItem {
  return {
    id: releaseGuid(item.id, feed.language),
    url: clean(item.url),
    title: clean(item.title),
    summary: clean(item.summary),
    // An item without its text (the network feeds) still needs content: its summary.
    ...(item.bodyHtml ? { content_html: clean(item.bodyHtml) } : { content_text: clean(item.summary) }),
    image: item.heroImage ? clean(item.heroImage.src) : undefined,
    date_published: toRfc3339(item.publishedAt),
    date_modified: toRfc3339(item.updatedAt),
    authors: [author(item.author ?? feed.author)],
    tags: item.topics.map((topic) => clean(topic.name)),
    language: feed.language,
  }
}

/** The feed as a JSON Feed 1.1 document: a pure function of its input. */
export function jsonFeedDocument(feed: FeedView): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: clean(feed.title),
    home_page_url: clean(feed.homePageUrl),
    feed_url: clean(feed.feedUrl),
    description: clean(feed.description),
    next_url: feed.nextUrl ? clean(feed.nextUrl) : undefined,
    authors: [author(feed.author)],
    language: feed.language,
    hubs: feed.hubUrl ? [{ type: 'WebSub', url: clean(feed.hubUrl) }] : undefined,
    items: feed.items.map((item) => jsonFeedItem(item, feed)),
  }
}

// An item appears in its site's main feed and in each of its topics' feeds, page after page:
// serialised once per feed language and author, it is reused by every feed document it is in.
const serialisedItems = new WeakMap<FeedItemView, { key: string; json: string }>()

function serialisedItem(item: FeedItemView, feed: FeedView): string {
  const key = `${feed.language}\u0000${feed.author.name}\u0000${feed.author.url}`
  const cached = serialisedItems.get(item)
  if (cached?.key === key) return cached.json
  // Indented as JSON.stringify(document, null, 2) indents an element of the top-level `items`.
  const json = `    ${JSON.stringify(jsonFeedItem(item, feed), null, 2).replace(/\n/g, '\n    ')}`
  serialisedItems.set(item, { key, json })
  return json
}

/** Serialized with stable key order; absent optional fields are left out, never null. */
export function renderJsonFeed(feed: FeedView): string {
  const { items, ...channel } = jsonFeedDocument({ ...feed, items: [] })
  const head = JSON.stringify({ ...channel, items }, null, 2)
  if (feed.items.length === 0) return `${head}\n`
  // `items` is the document's last member: its empty array is replaced by the serialised items.
  return `${head.slice(0, head.length - '[]\n}'.length)}[\n${feed.items.map((item) => serialisedItem(item, feed)).join(',\n')}\n  ]\n}\n`
}
