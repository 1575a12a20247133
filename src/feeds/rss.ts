/**
 * RSS 2.0 with the `rss` package. Every string passes through cleanXmlText; the package
 * escapes text and wraps titles, descriptions and content in CDATA (splitting any `]]>`).
 */
import RSS from 'rss'
import { latestDate, toRfc822 } from './dates'
import { releaseGuid } from './guid'
import type { FeedItemView, FeedView } from './types'
import { cleanXmlText as clean, plainTextAsHtml } from './xmlText'

export const FEED_GENERATOR = 'Chancery'

/** What the `rss` package is given for one item of this feed. */
export function itemOptions(item: FeedItemView, feed: FeedView): RSS.ItemOptions {
  return {
    title: clean(item.title),
    description: plainTextAsHtml(clean(item.summary)),
    url: clean(item.url),
    guid: releaseGuid(item.id, feed.language),
    date: toRfc822(item.publishedAt),
    author: clean((item.author ?? feed.author).name),
    categories: item.topics.map((topic) => clean(topic.name)),
    enclosure: item.heroImage
      ? { url: clean(item.heroImage.src), size: item.heroImage.bytes, type: clean(item.heroImage.mimeType) }
      : undefined,
    custom_elements: [{ 'dc:language': feed.language }, ...(item.bodyHtml ? [{ 'content:encoded': { _cdata: clean(item.bodyHtml) } }] : [])],
  }
}

/**
 * The `rss` package stamps <lastBuildDate> with the current time, which would make every
 * rebuild rewrite an unchanged feed. It is replaced by the feed's own last change (the newest
 * publication or edit among its items), or dropped when there are no items. Matching CDATA
 * sections first keeps a title that merely contains the text "<lastBuildDate>" untouched.
 */
function setLastBuildDate(xml: string, lastChange: string | null): string {
  // Stops at the channel's own element, near the top: scanning every item's CDATA cost a tenth of a build.
  const pattern = /<!\[CDATA\[[\s\S]*?\]\]>|[ \t]*<lastBuildDate>[^<]*<\/lastBuildDate>\n?/g
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    const found = match[0]
    if (found.startsWith('<![CDATA[')) continue
    const indentation = found.slice(0, found.indexOf('<'))
    const replacement = lastChange ? `${indentation}<lastBuildDate>${toRfc822(lastChange)}</lastBuildDate>${found.endsWith('\n') ? '\n' : ''}` : ''
    return xml.slice(0, match.index) + replacement + xml.slice(match.index + found.length)
  }
  return xml
}

export const RSS_INDENT = '  '
const CHANNEL_END = `\n${RSS_INDENT}</channel>`
const ITEM_START = `\n${RSS_INDENT.repeat(2)}<item>`

// An item is in its site's main feed and its topics' feeds. The package writes each item on its
// own, after the channel's elements and with nothing depending on the other items (we set no
// coordinates, the one exception): an item's XML, written once by the package per feed language
// and author (the body cleaned once), is reused by every feed and page of feed it appears in.
const itemXmlCache = new WeakMap<FeedItemView, { key: string; xml: string }>()

function itemXml(item: FeedItemView, feed: FeedView): string {
  const key = `${feed.language}\u0000${feed.author.name}`
  const cached = itemXmlCache.get(item)
  if (cached?.key === key) return cached.xml
  const single = new RSS({ title: '', feed_url: '', site_url: '', generator: FEED_GENERATOR })
  single.item(itemOptions(item, feed))
  const whole = single.xml({ indent: RSS_INDENT })
  const xml = whole.slice(whole.indexOf(ITEM_START), whole.lastIndexOf(CHANNEL_END))
  itemXmlCache.set(item, { key, xml })
  return xml
}

/** The feed as an RSS 2.0 document: a pure function of its input. */
export function renderRss(feed: FeedView): string {
  const channel = new RSS({
    title: clean(feed.title),
    description: clean(feed.description),
    site_url: clean(feed.homePageUrl),
    feed_url: clean(feed.feedUrl),
    language: feed.language,
    generator: FEED_GENERATOR,
    hub: feed.hubUrl ? clean(feed.hubUrl) : undefined,
  })
  const lastChange = latestDate(feed.items.flatMap((item) => [item.publishedAt, item.updatedAt]))
  const head = setLastBuildDate(channel.xml({ indent: RSS_INDENT }), lastChange)
  const end = head.lastIndexOf(CHANNEL_END)
  return `${head.slice(0, end)}${feed.items.map((item) => itemXml(item, feed)).join('')}${head.slice(end)}\n`
}
