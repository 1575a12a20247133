import fs from 'node:fs'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { HtmlValidate } from 'html-validate'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { LOCALE_CODES, type LocaleCode } from '../../src/config/locales'
import { ministryData } from '../../src/seed/documents/ministry'
import { richText } from '../../src/seed/lexical'
import { createMission } from '../collections/helpers/missions'
import { startTestPayload, type TestPayload } from '../support/testPayload'

/**
 * Issue 20 on a built network: what reaches pages and feeds from content stored before the
 * save-time checks (a planted upload node, control characters), and whether a reader that keeps
 * one item per id across every feed of feeds.opml keeps every language of every release.
 */
const PUBLIC = 'http://sites.test/sites'
const today = '2026-11-25'
let t: TestPayload
let out: string
let ids: Record<string, string>

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'long-title': 'off' } })
const FORBIDDEN_IN_HTML = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/u
const HOSTILE_TITLE = 'R6 · Aviso\u0000 con\u001b[1m controles\u0007\u0085'

/** Each release's titles by language; every title starts with the release's key, so an item names its release. */
const RELEASES: Record<string, { mission: string | null; titles: Partial<Record<LocaleCode, string>>; syndicatedTo?: string[] }> = {
  R1: { mission: 'madrid', titles: { es: 'R1 · Visita oficial', en: 'R1 · Official visit' } },
  R2: { mission: 'cairo', titles: { es: 'R2 · Elecciones', en: 'R2 · Elections', ar: 'R2 · انتخابات' } },
  R3: { mission: null, titles: { es: 'R3 · Cumbre', en: 'R3 · Summit', fr: 'R3 · Sommet', zh: 'R3 · 峰会', ar: 'R3 · قمة' } },
  R4: { mission: null, titles: { es: 'R4 · Becas', zh: 'R4 · 奖学金' }, syndicatedTo: ['beijing'] },
  R5: { mission: 'beijing', titles: { es: 'R5 · Feria', zh: 'R5 · 博览会' } },
}

const fileFor = (url: string) => {
  const rel = url.slice(PUBLIC.length + 1)
  return path.join(out, rel.endsWith('/') ? `${rel}index.html` : rel)
}

beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.updateGlobal({ slug: 'ministry', locale: 'es', data: ministryData('es') as never, context: { seeding: true } })
  const missions: Record<string, string> = {
    madrid: (await createMission(t.payload, 'madrid', { siteLocales: ['es', 'en'] })).id,
    cairo: (await createMission(t.payload, 'cairo', { hostCountry: 'EG', siteLocales: ['ar', 'en', 'fr'], defaultLocale: 'ar', jurisdiction: [{ country: 'EG' }] })).id,
    beijing: (await createMission(t.payload, 'beijing', { hostCountry: 'CN', siteLocales: ['zh', 'es'], defaultLocale: 'zh', jurisdiction: [{ country: 'CN' }] })).id,
  }
  ids = {}
  let day = 1
  for (const [key, { mission, titles, syndicatedTo }] of Object.entries(RELEASES)) {
    const publishedAt = `2026-10-${String(day++).padStart(2, '0')}T10:00:00.000Z`
    const doc = await t.payload.create({
      collection: 'press-releases', locale: 'es', context: { seeding: true },
      data: {
        title: titles.es, slug: key.toLowerCase(), summary: `${key} resumen`, body: richText({ paragraphs: [`${key} texto`] }), publishedAt, _status: 'published',
        ...(mission ? { mission: missions[mission] } : syndicatedTo ? { syndication: 'selected', syndicatedTo: syndicatedTo.map((s) => missions[s]) } : {}),
      } as never,
    })
    ids[key] = doc.id
    for (const [locale, title] of Object.entries(titles)) {
      if (locale === 'es') continue
      await t.payload.update({ collection: 'press-releases', id: doc.id, locale: locale as LocaleCode, context: { seeding: true }, data: { title, summary: `${key} ${locale}`, _status: 'published' } as never })
    }
  }

  // Stored before the save-time checks existed: control characters in the title (text fields
  // take them), and a body with an upload node carrying an inline document, an unknown node and a
  // NUL, written past every hook as an old database would hold it.
  const hostile = await t.payload.create({
    collection: 'press-releases', locale: 'es', context: { seeding: true },
    data: { title: HOSTILE_TITLE, slug: 'aviso-hostil', summary: 'Resumen\u0000 hostil\u001b', mission: missions.madrid, publishedAt: '2026-10-20T10:00:00.000Z', _status: 'published' } as never,
  })
  ids.R6 = hostile.id
  const plantedBody = {
    root: {
      type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [
        { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 'x', children: [{ type: 'text', version: 1, text: 'Antes\u0000 del\u001b enlace', format: 0, detail: 0, mode: 'normal', style: '' }] },
        { type: 'upload', version: 3, format: '', relationTo: 'media', value: { id: 'x', mimeType: 'text/html', url: 'javascript:alert(6)', filename: 'Ver documento' } },
        { type: 'mystery', version: 1 },
      ],
    },
  }
  // The adapter's own write, as the database held it: localized fields keyed by locale.
  await t.payload.db.updateOne({
    collection: 'press-releases', id: hostile.id,
    data: { title: { es: HOSTILE_TITLE }, summary: { es: 'Resumen\u0000 hostil\u001b' }, body: { es: plantedBody } },
  } as never)


  out = path.join(t.dataDir, 'sites')
  await buildSites(t.payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today, publicUrl: PUBLIC })
}, 240_000)
afterAll(async () => {
  await t?.close()
})

type FeedItem = { guid?: string; title?: string; link?: string; 'content:encoded'?: string }
const rssParser = new Parser<{ language?: string }, FeedItem>({ customFields: { feed: ['language'], item: ['content:encoded'] } })

/** Every RSS feed feeds.opml lists, parsed, with the language its channel declares. */
async function feedsOfTheOpml() {
  const opml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(fs.readFileSync(path.join(out, 'feeds.opml'), 'utf8'))
  const urls: string[] = []
  const walk = (node: unknown) => {
    for (const outline of [node].flat()) {
      const o = outline as { xmlUrl?: string; outline?: unknown }
      // The news feeds: alerts and travel advice feeds (listed too) carry no releases.
      if (o.xmlUrl && !/\/(alerts|travel)\//.test(o.xmlUrl)) urls.push(o.xmlUrl)
      if (o.outline) walk(o.outline)
    }
  }
  walk(opml.opml.body.outline)
  return Promise.all(urls.map(async (url) => ({ url, feed: await rssParser.parseString(fs.readFileSync(fileFor(url), 'utf8')) })))
}

describe('every language its own feed item', () => {
  it('a reader that keeps one item per id across every feed of feeds.opml keeps every (release, language) pair', async () => {
    const feeds = await feedsOfTheOpml()
    expect(feeds.length).toBe(5 + 2 + 3 + 2) // the ministry's five languages, Madrid's two, Cairo's three, Beijing's two
    const kept = new Map<string, string>()
    const pairs = new Set<string>()
    const guidsOfPair = new Map<string, Set<string>>()
    for (const { feed } of feeds) {
      for (const item of feed.items) {
        const pair = `${item.title!.split(' · ')[0]}|${feed.language}`
        pairs.add(pair)
        guidsOfPair.set(pair, (guidsOfPair.get(pair) ?? new Set()).add(item.guid!))
        if (!kept.has(item.guid!)) kept.set(item.guid!, pair)
      }
    }
    // The report's network kept 51 items of 472; here every pair must survive the deduplication.
    expect(new Set(kept.values())).toEqual(pairs)
    expect(kept.size).toBe(pairs.size)
    // One id per pair, whichever feed carries it: a mission's feed and the network's agree.
    for (const [pair, guids] of guidsOfPair) expect([...guids], pair).toHaveLength(1)
    // R3 reaches every feed in all its languages, the Spanish one keeping the id it always had.
    expect(guidsOfPair.get('R3|es')).toEqual(new Set([`urn:uuid:${ids.R3}`]))
    expect([...pairs].filter((p) => p.startsWith('R3|')).sort()).toEqual(LOCALE_CODES.map((l) => `R3|${l}`).sort())
  })

  it('each JSON Feed carries the ids of its RSS twin, item for item', async () => {
    for (const { url, feed } of await feedsOfTheOpml()) {
      const json = JSON.parse(fs.readFileSync(fileFor(url.replace(/feed\.xml$/, 'feed.json')), 'utf8'))
      expect(json.items.map((i: { id: string }) => i.id), url).toEqual(feed.items.map((i) => i.guid))
    }
  })

  it('an English version keeps its id when its title, slug and text are edited', async () => {
    const englishGuid = async () => (await rssParser.parseString(fs.readFileSync(path.join(out, 'madrid/en/feed.xml'), 'utf8'))).items.find((i) => i.title!.startsWith('R1'))!.guid
    const before = await englishGuid()
    await t.payload.update({ collection: 'press-releases', id: ids.R1, locale: 'en', context: { seeding: true }, data: { title: 'R1 · Official visit, corrected', summary: 'New text', _status: 'published' } as never })
    await t.payload.update({ collection: 'press-releases', id: ids.R1, locale: 'es', context: { seeding: true }, data: { slug: 'r1-corregido', _status: 'published' } as never })
    await buildSites(t.payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today, publicUrl: PUBLIC, missions: ['madrid'] })
    const feed = await rssParser.parseString(fs.readFileSync(path.join(out, 'madrid/en/feed.xml'), 'utf8'))
    const edited = feed.items.find((i) => i.title!.startsWith('R1'))!
    expect(edited.title).toBe('R1 · Official visit, corrected')
    expect(edited.link).toMatch(/\/en\/news\/r1-corregido\/$/)
    expect(edited.guid).toBe(before)
  }, 120_000)
})

describe('content stored before the save-time checks', () => {
  const page = () => fs.readFileSync(path.join(out, 'madrid/es/news/aviso-hostil/index.html'), 'utf8')

  it('reaches the release page as valid HTML with no script, no "unknown node" and no control character', async () => {
    const html = page()
    expect(html).toContain('Antes del enlace')
    expect(html).not.toMatch(/javascript:/i)
    expect(html).not.toContain('unknown node')
    expect(html).not.toContain('NaNpx')
    expect(html).not.toMatch(FORBIDDEN_IN_HTML)
    const report = await validator.validateString(html)
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([])
  })

  it('leaves no control character in any page that shows the title: home, news, the network’s news', () => {
    for (const file of ['madrid/es/index.html', 'madrid/es/news/index.html', 'ministry/es/network-news/index.html']) {
      const html = fs.readFileSync(path.join(out, file), 'utf8')
      expect(html, file).toContain('R6 · Aviso con[1m controles')
      expect(html, file).not.toMatch(FORBIDDEN_IN_HTML)
    }
  })

  it('reaches the feeds well-formed and without the script (RSS content:encoded, JSON Feed content_html)', async () => {
    for (const site of ['madrid', 'ministry']) {
      const xml = fs.readFileSync(path.join(out, site, 'es/feed.xml'), 'utf8')
      expect(XMLValidator.validate(xml), site).toBe(true)
      const item = (await rssParser.parseString(xml)).items.find((i) => i.title!.startsWith('R6'))!
      expect(item.title).toBe('R6 · Aviso con[1m controles\u0085')
      expect(item['content:encoded'] ?? '').not.toMatch(/javascript/i)
      const json = JSON.parse(fs.readFileSync(path.join(out, site, 'es/feed.json'), 'utf8'))
      const jsonItem = json.items.find((i: { title: string }) => i.title.startsWith('R6'))
      expect(JSON.stringify(jsonItem)).not.toMatch(/javascript/i)
      if (site === 'madrid') expect(jsonItem.content_html).toContain('Antes del enlace')
    }
  })
})
