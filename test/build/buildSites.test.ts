import fs from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Parser from 'rss-parser'

import { buildSites, UnknownMissionError } from '../../src/build/buildSites'
import { LOCALE_CODES } from '../../src/config/locales'
import { MINISTRY_SITE } from '../../src/content/ministrySiteView'
import { startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'

let t: TestPayload
let out: string
const today = '2026-11-25'

function allFiles(dir: string): string[] {
  const result: string[] = []
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory() || (e.isSymbolicLink() && fs.statSync(full).isDirectory())) {
        if (e.name !== '.chancery') walk(full)
      } else result.push(full)
    }
  }
  walk(dir)
  return result
}

const build = (extra: Partial<Parameters<typeof buildSites>[1]> = {}) =>
  buildSites(t.payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today, ...extra })

beforeAll(async () => {
  t = await startSeededPayload()
  out = path.join(t.dataDir, 'sites')
}, 240_000)
afterAll(async () => {
  await t?.close()
})

describe('buildSites on the demo network', () => {
  it('writes every mission’s site in each of its languages: pages, feeds, sitemaps, its own stylesheet and images', async () => {
    const summary = await build()
    expect(summary.written).toBeGreaterThan(1000)
    for (const f of ['madrid/es/index.html', 'madrid/en/index.html', 'madrid/es/news/index.html', 'madrid/es/feed.xml', 'madrid/es/feed.json',
      'madrid/es/contact/index.html', 'madrid/es/404.html', 'madrid/sitemap.xml', 'madrid/robots.txt', 'madrid/assets/site.css', 'cairo/ar/index.html']) {
      expect(fs.existsSync(path.join(out, f)), f).toBe(true)
    }
    expect(fs.readFileSync(path.join(out, 'cairo/ar/index.html'), 'utf8')).toMatch(/<html[^>]+dir="rtl"/)
    const media = fs.readdirSync(path.join(out, 'madrid/assets/media'))
    expect(media.some((f) => f.endsWith('.webp'))).toBe(true)
  }, 120_000)

  it('feeds.opml leads with the ministry’s own feeds, then the missions’ by country', async () => {
    type Outline = { text: string; xmlUrl?: string; outline?: Outline[] }
    const xml = fs.readFileSync(path.join(out, 'feeds.opml'), 'utf8')
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'outline' })
    const groups: Outline[] = parser.parse(xml).opml.body.outline
    const feedsOf = (group: Outline) => group.outline!.flatMap((entity) => entity.outline!.map((f) => f.xmlUrl!))
    const ministry = (await t.payload.findGlobal({ slug: 'ministry', locale: 'es' })) as { baseUrl: string; shortName: string }
    const ministryBase = ministry.baseUrl.replace(/\/?$/, '/')

    const [lead, ...countries] = groups
    expect(lead.text).toBe(ministry.shortName)
    // Its news feeds, one per language, then its travel advice feeds (docs/travel-advice.md).
    expect(feedsOf(lead).filter((url) => /^[a-z]{2}\/feed\.xml$/.test(url.slice(ministryBase.length)))).toEqual(LOCALE_CODES.map((l) => `${ministryBase}${l}/feed.xml`))
    expect(feedsOf(lead).every((url) => url.startsWith(ministryBase))).toBe(true)
    // The demo's short name ("Cancillería del Ecuador") sorts among the countries: only its own group may lead.
    expect(countries.map((c) => c.text)).not.toContain(ministry.shortName)
    expect(countries.flatMap(feedsOf).some((url) => url.startsWith(ministryBase))).toBe(false)
    const names = countries.map((c) => c.text)
    expect(names).toEqual([...names].sort(new Intl.Collator('es').compare))
    expect(names.length).toBeGreaterThan(5)
  })

  it('never publishes drafts: no draft page, and no draft id in any generated file', async () => {
    const drafts = await t.payload.find({ collection: 'press-releases', where: { _status: { equals: 'draft' } }, locale: 'es', pagination: false })
    expect(drafts.docs.length).toBeGreaterThan(0)
    const texts = allFiles(out).filter((f) => /\.(html|xml|json)$/.test(f)).map((f) => fs.readFileSync(f, 'utf8'))
    for (const d of drafts.docs) {
      const mission = typeof d.mission === 'object' && d.mission ? d.mission.slug : null
      if (mission) expect(fs.existsSync(path.join(out, mission, 'es/news', d.slug))).toBe(false)
      // Drafts reuse news titles published by other missions, so look for what is unique to them: the id (feed GUIDs) and the page.
      expect(texts.filter((text) => text.includes(d.id)).length).toBe(0)
    }
  }, 60_000)

  it('a rebuild without changes writes nothing and keeps every file’s mtime', async () => {
    const file = path.join(out, 'madrid/es/feed.xml')
    const before = fs.statSync(file).mtimeMs
    const summary = await build()
    expect(summary.written).toBe(0)
    expect(summary.deleted).toBe(0)
    expect(fs.statSync(file).mtimeMs).toBe(before)
  }, 120_000)

  it('a full rebuild writes only what differs from the disk: unchanged files keep inode and mtime, a file edited by hand is restored', async () => {
    const stamps = new Map(allFiles(out).map((f) => [f, `${fs.statSync(f).ino}:${fs.statSync(f).mtimeMs}`]))
    const edited = path.join(out, 'madrid/es/contact/index.html')
    const rendered = fs.readFileSync(edited, 'utf8')
    // Written in place through the site link: the live copy's inode, which the manifest still vouches for.
    fs.writeFileSync(edited, rendered.replace('</main>', '<p>edited by hand</p></main>'))
    expect(fs.readFileSync(edited, 'utf8')).not.toBe(rendered)
    stamps.set(edited, `${fs.statSync(edited).ino}:${fs.statSync(edited).mtimeMs}`)
    await new Promise((r) => setTimeout(r, 20))

    const summary = await build({ full: true })
    expect(summary.written).toBe(1)
    expect(summary.sites.flatMap((s) => s.changed.map((p) => `${s.site}/${p}`))).toEqual(['madrid/es/contact/index.html'])
    expect(fs.readFileSync(edited, 'utf8')).toBe(rendered)
    const moved = [...stamps].filter(([f, stamp]) => `${fs.statSync(f).ino}:${fs.statSync(f).mtimeMs}` !== stamp).map(([f]) => path.relative(out, f))
    expect(moved).toEqual(['madrid/es/contact/index.html'])
    expect(stamps.size).toBeGreaterThan(1000)
  }, 120_000)

  it('reports progress once per mission site, in order, counting up to the number of missions', async () => {
    const progress: [number, number, string][] = []
    const summary = await build({ onProgress: (done, total, site) => progress.push([done, total, site]) })
    const missions = summary.sites.map((s) => s.site).filter((site) => site !== MINISTRY_SITE)
    expect(missions.length).toBeGreaterThan(4) // more than one batch of missions
    expect(progress).toEqual(missions.map((site, i) => [i + 1, missions.length, site]))
  }, 120_000)

  it('unpublishing a release removes its pages and its feed items, and rewrites only what showed it', async () => {
    const { docs } = await t.payload.find({ collection: 'press-releases', where: { 'mission.slug': { equals: 'madrid' }, _status: { equals: 'published' } }, limit: 1, sort: '-publishedAt' })
    const release = docs[0]
    const page = path.join(out, 'madrid/es/news', release.slug, 'index.html')
    expect(fs.existsSync(page)).toBe(true)
    await t.payload.update({ collection: 'press-releases', id: release.id, data: { _status: 'draft' } })
    const summary = await build({ missions: ['madrid'] })
    expect(fs.existsSync(page)).toBe(false)
    expect(summary.deleted).toBeGreaterThanOrEqual(2)
    expect(summary.written).toBeLessThan(summary.unchanged)
    const feed = await new Parser().parseString(fs.readFileSync(path.join(out, 'madrid/es/feed.xml'), 'utf8'))
    expect(feed.items.map((i) => i.guid)).not.toContain(`urn:uuid:${release.id}`)
  }, 120_000)

  it('limits a build to chosen missions and locales, leaving the rest in place', async () => {
    const en = path.join(out, 'madrid/en/index.html')
    const enBefore = fs.statSync(en).ino
    const summary = await build({ missions: ['madrid'], locales: ['es'], full: true })
    expect(summary.sites.map((s) => s.site)).toEqual(['madrid'])
    expect(fs.statSync(en).ino).toBe(enBefore)
    await expect(build({ missions: ['atlantis'] })).rejects.toThrow(UnknownMissionError)
  }, 120_000)
})

describe('WebSub', () => {
  it('announces the hub in every feed and pings it for exactly the feeds a build changed', async () => {
    const http = await import('node:http')
    const received: URLSearchParams[] = []
    const hub = http.createServer((req, res) => {
      let body = ''
      req.on('data', (d) => (body += d))
      req.on('end', () => {
        received.push(new URLSearchParams(body))
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((r) => hub.listen(0, '127.0.0.1', r))
    const hubUrl = `http://127.0.0.1:${(hub.address() as import('node:net').AddressInfo).port}/hub`
    try {
      // Adding the hub changes every feed (they now name it): all of them are announced.
      const first = await build({ hubUrl })
      expect(fs.readFileSync(path.join(out, 'madrid/es/feed.xml'), 'utf8')).toContain(`<atom:link href="${hubUrl}" rel="hub"/>`)
      expect(first.pings.length).toBeGreaterThan(20)
      expect(first.pings.every((p) => p.status === 204)).toBe(true)
      expect(received.every((p) => p.get('hub.mode') === 'publish')).toBe(true)
      expect(received.map((p) => p.get('hub.url'))).toContain('https://madrid.missions.cancilleria.example/es/feed.xml')

      // Nothing changed: no ping.
      received.length = 0
      expect((await build({ hubUrl })).pings).toEqual([])
      expect(received).toEqual([])

      // One new release in Cairo: only Cairo's feeds (and the network's) are announced.
      const cairo = (await t.payload.find({ collection: 'missions', where: { slug: { equals: 'cairo' } } })).docs[0]
      await t.payload.create({
        collection: 'press-releases', locale: 'es',
        data: { title: 'Aviso consular', summary: 'Resumen', slug: 'aviso-consular-websub', mission: cairo.id, _status: 'published' },
      })
      const after = await build({ hubUrl })
      const hosts = new Set(after.pings.map((p) => new URL(p.topic).host))
      expect([...hosts].sort()).toEqual(['cairo.missions.cancilleria.example', 'www.cancilleria.example'])
    } finally {
      hub.close()
    }
  }, 240_000)
})

describe('feed item identity', () => {
  it('a release keeps its GUID and JSON Feed id when its title, slug and text are edited', async () => {
    const { docs } = await t.payload.find({ collection: 'press-releases', where: { 'mission.slug': { equals: 'beijing' }, _status: { equals: 'published' } }, limit: 1 })
    const release = docs[0]
    const guidOf = async () => {
      const feed = await new Parser().parseString(fs.readFileSync(path.join(out, 'beijing/es/feed.xml'), 'utf8'))
      return feed.items.find((i) => i.guid === `urn:uuid:${release.id}`)
    }
    await build({ missions: ['beijing'] })
    const before = await guidOf()
    expect(before).toBeDefined()
    await t.payload.update({ collection: 'press-releases', id: release.id, locale: 'es', data: { title: 'Título corregido', slug: 'titulo-corregido', summary: 'Texto nuevo' } })
    await build({ missions: ['beijing'] })
    const after = await guidOf()
    expect(after?.title).toBe('Título corregido')
    expect(after?.link).toMatch(/\/news\/titulo-corregido\/$/)
    const json = JSON.parse(fs.readFileSync(path.join(out, 'beijing/es/feed.json'), 'utf8'))
    expect(json.items.find((i: { title: string }) => i.title === 'Título corregido').id).toBe(`urn:uuid:${release.id}`)
  }, 120_000)
})
