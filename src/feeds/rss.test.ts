import { extractFromXml } from '@extractus/feed-extractor'
import RSS from 'rss'
import Parser from 'rss-parser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { missionFeed } from './fixtures/feeds'
import { hostile, hostileReleases, hostileTitlesKept, ministryAuthor, ministryRelease, mission, ordinaryRelease } from './fixtures/releases'
import { xmlProblem } from './fixtures/wellFormedXml'
import { FEED_GENERATOR, itemOptions, renderRss, RSS_INDENT } from './rss'
import type { FeedView } from './types'

type RawChannel = Record<string, unknown> & { 'atom:link': { '@_href': string; '@_rel': string; '@_type'?: string }[] }
type RawItem = Record<string, unknown> & {
  guid: { '#text': string; '@_isPermaLink': string }
  enclosure?: { '@_url': string; '@_length': string; '@_type': string }
  'content:encoded': string
}

async function parseWithRssParser(xml: string) {
  return new Parser<Record<string, never>, { 'content:encoded': string; language: string }>({
    customFields: { item: ['content:encoded'] },
  }).parseString(xml)
}

function parseWithFeedExtractor(xml: string) {
  const feed = extractFromXml(xml, {
    descriptionMaxLen: 0,
    getExtraFeedFields: (channel) => ({ raw: channel }),
    getExtraEntryFields: (item) => ({ raw: item }),
  })
  return { ...feed, raw: feed.raw as RawChannel, entries: (feed.entries ?? []).map((e) => ({ ...e, raw: e.raw as RawItem })) }
}

/** Every href/src/srcset URL in an HTML fragment, by a pattern independent of any HTML parser. */
function htmlUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|srcset)="([^"]*)"/g)].flatMap(([, value]) =>
    value.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0].replace(/&amp;/g, '&')),
  )
}

afterEach(() => {
  vi.useRealTimers()
})

describe('renderRss', () => {
  const feed = missionFeed([ordinaryRelease, ministryRelease], { hubUrl: 'https://hub.example.org/websub' })

  it('gives a channel with title, link, description, language, generator and self and hub links', () => {
    const xml = renderRss(feed)
    expect(xmlProblem(xml)).toBeNull()
    const parsed = parseWithFeedExtractor(xml)
    expect(parsed.title).toBe('Embajada en Madrid — Noticias')
    expect(parsed.link).toBe('https://embajada.example.org/madrid/es/')
    expect(parsed.description).toBe('Comunicados de la Embajada en Madrid')
    expect(parsed.language).toBe('es')
    expect(parsed.raw['atom:link']).toEqual([
      { '@_href': 'https://embajada.example.org/madrid/es/feed.xml', '@_rel': 'self', '@_type': 'application/rss+xml' },
      { '@_href': 'https://hub.example.org/websub', '@_rel': 'hub' },
    ])
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"')
  })

  it('has no hub link when no hub is configured', () => {
    const parsed = parseWithFeedExtractor(renderRss({ ...feed, hubUrl: null }))
    expect([parsed.raw['atom:link']].flat().map((link) => link['@_rel'])).toEqual(['self'])
  })

  it('gives every item its title, link, GUID, date, author, categories, summary, enclosure and content (rss-parser)', async () => {
    const { items } = await parseWithRssParser(renderRss(feed))
    expect(items).toHaveLength(2)
    const [visit, ministry] = items
    expect(visit.title).toBe('Visita oficial del canciller')
    expect(visit.link).toBe('https://embajada.example.org/madrid/es/news/visita-oficial/')
    expect(visit.guid).toBe('urn:uuid:0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11')
    expect(visit.pubDate).toBe('Tue, 04 Mar 2025 10:30:00 GMT')
    expect(visit.isoDate).toBe('2025-03-04T10:30:00.000Z')
    expect(visit.creator).toBe('Embajada en Madrid')
    expect(visit.language).toBe('es')
    expect(visit.categories).toEqual(['Diplomacia', 'Cooperación & Comercio'])
    expect(visit.contentSnippet).toBe('El canciller visitó Madrid.')
    expect(visit.enclosure).toEqual({ url: 'https://embajada.example.org/madrid/assets/visita.jpg', length: '245913', type: 'image/jpeg' })
    const urls = htmlUrls(visit['content:encoded'])
    expect(urls).toHaveLength(10)
    for (const url of urls) expect(url).toMatch(/^(https:\/\/|mailto:)/)
    expect(urls).toContain('https://embajada.example.org/madrid/es/news/visita-oficial/media/foto-640.jpg')

    expect(ministry.creator).toBe('Ministerio de Relaciones Exteriores')
    expect(ministry.guid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(ministry.enclosure).toBeUndefined()
    expect(ministry.categories).toBeUndefined()
  })

  it("names each item's mission as its author in a network-wide feed", async () => {
    const cairo = { ...mission, id: 'm-2', name: 'Embajada en El Cairo', baseUrl: 'https://embajada.example.org/el-cairo/' }
    const network = missionFeed([ordinaryRelease, { ...ministryRelease, id: 'c-1', origin: cairo }], {
      author: ministryAuthor,
    })
    const { items } = await parseWithRssParser(renderRss(network))
    expect(items.map((item) => item.creator)).toEqual(['Embajada en Madrid', 'Embajada en El Cairo'])
  })

  it('marks GUIDs as not permalinks and writes enclosure length and type (feed-extractor)', () => {
    const { entries } = parseWithFeedExtractor(renderRss(feed))
    expect(entries.map((e) => e.id)).toEqual(['urn:uuid:0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11', entries[1].raw.guid['#text']])
    for (const entry of entries) expect(entry.raw.guid['@_isPermaLink']).toBe('false')
    expect(entries.map((e) => e.published)).toEqual(['2025-03-04T10:30:00.000Z', '2025-03-03T12:00:00.000Z'])
    expect(entries[0].raw.enclosure).toEqual({
      '@_url': 'https://embajada.example.org/madrid/assets/visita.jpg',
      '@_length': '245913',
      '@_type': 'image/jpeg',
    })
  })

  it('keeps GUIDs when a release is retitled, re-slugged and rewritten', async () => {
    const edited = { ...ordinaryRelease, title: 'Otro título', slug: 'otro-slug', bodyHtml: '<p>Nuevo</p>', updatedAt: '2025-04-01T00:00:00Z' }
    const before = await parseWithRssParser(renderRss(missionFeed([ordinaryRelease, ministryRelease])))
    const after = await parseWithRssParser(renderRss(missionFeed([edited, ministryRelease])))
    expect(after.items.map((item) => item.guid)).toEqual(before.items.map((item) => item.guid))
    expect(after.items[0].link).not.toBe(before.items[0].link)
  })

  it('dates the build by its newest publication or edit, not by the clock', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'))
    const first = renderRss(feed)
    vi.setSystemTime(new Date('2032-06-15T12:34:56Z'))
    const second = renderRss(feed)
    expect(second).toBe(first)
    // ordinaryRelease was edited on 2025-03-05T08:15:42.5Z, after every publication.
    expect((await parseWithRssParser(first)).lastBuildDate).toBe('Wed, 05 Mar 2025 08:15:42 GMT')
    expect(first.match(/<lastBuildDate>/g)).toHaveLength(1)
  })

  it('has no lastBuildDate when there are no items, and is still a valid feed', async () => {
    const xml = renderRss(missionFeed([]))
    expect(xmlProblem(xml)).toBeNull()
    expect(xml).not.toContain('lastBuildDate')
    const parsed = await parseWithRssParser(xml)
    expect(parsed.items).toEqual([])
    expect(parsed.title).toBe('Embajada en Madrid — Noticias')
  })

  it('replaces only the real lastBuildDate, not one quoted in the channel title', async () => {
    const quoted = '<lastBuildDate>Mon, 01 Jan 2024 00:00:00 GMT</lastBuildDate>'
    const xml = renderRss({ ...feed, title: quoted, description: quoted })
    const parsed = await parseWithRssParser(xml)
    expect(parsed.title).toBe(quoted)
    expect(parsed.description).toBe(quoted)
    expect(parsed.lastBuildDate).toBe('Wed, 05 Mar 2025 08:15:42 GMT')
  })

  it('renders the same input to the same bytes', () => {
    expect(renderRss(missionFeed([ordinaryRelease, ...hostileReleases]))).toBe(renderRss(missionFeed([ordinaryRelease, ...hostileReleases])))
  })

  it('throws on an item with an invalid date instead of writing "Invalid Date"', () => {
    expect(() => renderRss(missionFeed([{ ...ordinaryRelease, publishedAt: 'not a date' }]))).toThrow(RangeError)
  })
})

describe('renderRss reusing each item', () => {
  /** The same feed written by the package in one go, as renderRss once did. */
  function inOneDocument(feed: FeedView): string {
    const rss = new RSS({
      title: feed.title, description: feed.description, site_url: feed.homePageUrl, feed_url: feed.feedUrl,
      language: feed.language, generator: FEED_GENERATOR, hub: feed.hubUrl ?? undefined,
    })
    for (const item of feed.items) rss.item(itemOptions(item, feed))
    return `${rss.xml({ indent: RSS_INDENT })}\n`
  }
  const withoutBuildDate = (xml: string) => xml.replace(/\n *<lastBuildDate>[^<]*<\/lastBuildDate>/, '')

  it('writes the whole feed byte for byte as the rss package writes it in one document, hostile items included', () => {
    for (const feed of [
      missionFeed([ordinaryRelease, ministryRelease], { hubUrl: 'https://hub.example.org/websub' }),
      missionFeed([ordinaryRelease, ...hostileReleases]),
      missionFeed([]),
    ]) {
      expect(withoutBuildDate(renderRss(feed))).toBe(withoutBuildDate(inOneDocument(feed)))
    }
  })

  it('writes an item already written for another feed as that feed needs it (its language and author)', () => {
    const spanish = missionFeed([ordinaryRelease, ministryRelease])
    const english: FeedView = { ...spanish, language: 'en', author: { ...spanish.author, name: 'Embassy in Madrid' } }
    renderRss(spanish)
    const xml = renderRss(english)
    expect(withoutBuildDate(xml)).toBe(withoutBuildDate(inOneDocument(english)))
    expect(xml).toContain('<dc:language>en</dc:language>')
    expect(xml).not.toContain('<dc:language>es</dc:language>')
  })
})

describe('renderRss with hostile content', () => {
  const feed = missionFeed(hostileReleases, { title: hostile.markupTitle.raw, description: hostile.controlTitle.raw })
  const xml = renderRss(feed)

  it('stays well-formed XML 1.0', () => {
    expect(xmlProblem(xml)).toBeNull()
  })

  it('keeps markup, "]]>", right-to-left text, emoji and a 5,000-character title exactly, minus forbidden characters (rss-parser)', async () => {
    const parsed = await parseWithRssParser(xml)
    expect(parsed.title).toBe(hostile.markupTitle.kept)
    expect(parsed.description).toBe(hostile.controlTitle.kept)
    expect(parsed.items.map((item) => item.title)).toEqual(hostileTitlesKept)
    expect(parsed.items[4].title).toHaveLength(5000)
    for (const item of parsed.items) {
      expect(item.contentSnippet).toBe(hostile.summary.kept)
      expect(item['content:encoded']).toBe(hostile.body.kept)
      expect(item.categories).toEqual([hostile.topic.kept])
    }
  })

  it('keeps the same text through a second, independent parser (feed-extractor)', () => {
    const parsed = parseWithFeedExtractor(xml)
    expect(parsed.entries.map((entry) => entry.raw.title)).toEqual(hostileTitlesKept)
    for (const entry of parsed.entries) {
      expect(entry.raw['content:encoded']).toBe(hostile.body.kept)
      expect(entry.raw.category).toBe(hostile.topic.kept)
    }
  })

  it('shows a summary as text in readers that render descriptions as HTML', () => {
    expect(xml).toContain('<description><![CDATA[Resumen &lt;i&gt;con&lt;/i&gt; ]]&gt; y nulo &amp; más 🎉]]></description>')
  })
})
