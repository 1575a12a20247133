import { extractFromJson } from '@extractus/feed-extractor'
import { describe, expect, it } from 'vitest'
import { missionFeed } from './fixtures/feeds'
import { jsonFeedProblems } from './fixtures/jsonFeedSpec'
import { hostile, hostileReleases, hostileTitlesKept, ministryRelease, ordinaryRelease } from './fixtures/releases'
import { jsonFeedDocument, renderJsonFeed } from './jsonFeed'
import { renderRss } from './rss'

type Item = Record<string, unknown>

describe('renderJsonFeed', () => {
  const feed = missionFeed([ordinaryRelease, ministryRelease], { hubUrl: 'https://hub.example.org/websub' })
  const text = renderJsonFeed(feed)
  const doc = JSON.parse(text)

  it('conforms to JSON Feed 1.1 field by field', () => {
    expect(jsonFeedProblems(doc)).toEqual([])
  })

  it('describes the feed: version, title, addresses, description, language, authors and WebSub hub', () => {
    const { items, ...top } = doc
    expect(top).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Embajada en Madrid — Noticias',
      home_page_url: 'https://embajada.example.org/madrid/es/',
      feed_url: 'https://embajada.example.org/madrid/es/feed.xml',
      description: 'Comunicados de la Embajada en Madrid',
      authors: [{ name: 'Embajada en Madrid', url: 'https://embajada.example.org/madrid/' }],
      language: 'es',
      hubs: [{ type: 'WebSub', url: 'https://hub.example.org/websub' }],
    })
    expect(items).toHaveLength(2)
  })

  it('gives every item its id, link, text, content, image, dates, author, tags and language', () => {
    const [visit, ministry] = doc.items as Item[]
    expect(visit).toEqual({
      id: 'urn:uuid:0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11',
      url: 'https://embajada.example.org/madrid/es/news/visita-oficial/',
      title: 'Visita oficial del canciller',
      summary: 'El canciller visitó Madrid.',
      content_html: expect.stringContaining('<img src="https://embajada.example.org/madrid/es/news/visita-oficial/media/foto.jpg"'),
      image: 'https://embajada.example.org/madrid/assets/visita.jpg',
      date_published: '2025-03-04T10:30:00Z',
      date_modified: '2025-03-05T08:15:42.500Z',
      authors: [{ name: 'Embajada en Madrid', url: 'https://embajada.example.org/madrid/' }],
      tags: ['Diplomacia', 'Cooperación & Comercio'],
      language: 'es',
    })
    expect(visit.content_html).not.toMatch(/(href|src|srcset)="(?!https:|mailto:)/)
    expect(ministry.authors).toEqual([{ name: 'Ministerio de Relaciones Exteriores', url: 'https://mre.example.org/' }])
    expect(ministry).not.toHaveProperty('image')
  })

  it('uses the same item ids as the RSS GUIDs', () => {
    const guids = [...renderRss(feed).matchAll(/<guid isPermaLink="false">([^<]*)<\/guid>/g)].map(([, guid]) => guid)
    expect((doc.items as Item[]).map((item) => item.id)).toEqual(guids)
  })

  it('reads back through an independent parser (feed-extractor)', () => {
    const parsed = extractFromJson(text, { descriptionMaxLen: 0 })
    expect(parsed.title).toBe('Embajada en Madrid — Noticias')
    expect(parsed.link).toBe('https://embajada.example.org/madrid/es/')
    expect(parsed.language).toBe('es')
    expect(parsed.entries?.map((e) => [e.id, e.link, e.title, e.published])).toEqual([
      ['urn:uuid:0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11', 'https://embajada.example.org/madrid/es/news/visita-oficial/', 'Visita oficial del canciller', '2025-03-04T10:30:00.000Z'],
      [(doc.items[1] as Item).id, 'https://embajada.example.org/madrid/es/news/comunicado-ministerio/', 'Comunicado del Ministerio', '2025-03-03T12:00:00.000Z'],
    ])
  })

  it('links to the next page only when there is one, and leaves out absent fields rather than writing null', () => {
    const paged = JSON.parse(renderJsonFeed({ ...feed, nextUrl: 'https://embajada.example.org/madrid/es/feed-archive-1.json' }))
    expect(paged.next_url).toBe('https://embajada.example.org/madrid/es/feed-archive-1.json')
    expect(jsonFeedProblems(paged)).toEqual([])
    const plain = JSON.parse(renderJsonFeed({ ...feed, hubUrl: null, nextUrl: null }))
    expect(plain).not.toHaveProperty('next_url')
    expect(plain).not.toHaveProperty('hubs')
    expect(text).not.toContain('null')
  })

  it('is a valid feed with no items', () => {
    const empty = JSON.parse(renderJsonFeed(missionFeed([])))
    expect(empty.items).toEqual([])
    expect(jsonFeedProblems(empty)).toEqual([])
  })

  it('renders the same input to the same bytes', () => {
    expect(renderJsonFeed(missionFeed([ordinaryRelease, ...hostileReleases]))).toBe(renderJsonFeed(missionFeed([ordinaryRelease, ...hostileReleases])))
  })
})

describe('renderJsonFeed with hostile content', () => {
  const text = renderJsonFeed(missionFeed(hostileReleases, { title: hostile.markupTitle.raw, description: hostile.controlTitle.raw }))
  const doc = JSON.parse(text)

  it('still conforms to JSON Feed 1.1 and is plain UTF-8 with no control characters', () => {
    expect(jsonFeedProblems(doc)).toEqual([])
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text)
    expect(text).not.toMatch(/\\u00[01][0-9a-f]|\\ud[89a-f]/i)
  })

  it('keeps markup, "]]>", right-to-left text, emoji and a 5,000-character title exactly, minus forbidden characters', () => {
    expect(doc.title).toBe(hostile.markupTitle.kept)
    expect(doc.description).toBe(hostile.controlTitle.kept)
    expect((doc.items as Item[]).map((item) => item.title)).toEqual(hostileTitlesKept)
    expect((doc.items[4] as Item).title).toHaveLength(5000)
    for (const item of doc.items as Item[]) {
      expect(item.summary).toBe(hostile.summary.kept)
      expect(item.content_html).toBe(hostile.body.kept)
      expect(item.tags).toEqual([hostile.topic.kept])
    }
  })
})

describe('the JSON Feed 1.1 checker used above', () => {
  it('catches documents that break the spec, so passing it means something', () => {
    const good = JSON.parse(renderJsonFeed(missionFeed([ordinaryRelease])))
    const broken = (change: (doc: Record<string, any>) => void) => {
      const doc = structuredClone(good)
      change(doc)
      return jsonFeedProblems(doc)
    }
    expect(broken((d) => (d.version = 'https://jsonfeed.org/version/1'))).not.toEqual([])
    expect(broken((d) => delete d.title)).not.toEqual([])
    expect(broken((d) => (d.items[0].id = 42))).not.toEqual([])
    expect(broken((d) => delete d.items[0].content_html)).not.toEqual([])
    expect(broken((d) => (d.items[0].date_published = 'Tue, 04 Mar 2025 10:30:00 GMT'))).not.toEqual([])
    expect(broken((d) => (d.items[0].url = '/es/news/x/'))).not.toEqual([])
    expect(broken((d) => (d.author = { name: 'x' }))).not.toEqual([])
    expect(broken((d) => (d.next_url = null))).not.toEqual([])
  })
})

describe('renderJsonFeed serialisation', () => {
  it('writes exactly what JSON.stringify writes for the document, with items shared between feeds', () => {
    const feed = missionFeed([...hostileReleases, ordinaryRelease, ministryRelease])
    const topicFeed = { ...feed, title: `${feed.title}: tema`, items: feed.items.slice(0, 1) }
    const english = { ...feed, language: 'en' as const }
    for (const f of [feed, topicFeed, english, { ...feed, items: [] }, feed]) {
      expect(renderJsonFeed(f)).toBe(`${JSON.stringify(jsonFeedDocument(f), null, 2)}\n`)
    }
  })
})
