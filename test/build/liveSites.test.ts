import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites, type BuildOptions } from '../../src/build/buildSites'
import { LiveSites } from '../../src/build/liveSites'
import { richText } from '../../src/seed/lexical'
import { SEEDING_CONTEXT } from '../../src/seed/writer'
import { startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'

let t: TestPayload
let options: BuildOptions
let live: LiveSites
let madridId: string
let topicIds: string[]
const today = '2026-11-25'

/** Every file of one site as the public sees it, path → bytes. */
function siteFiles(outDir: string, site: string): Record<string, string> {
  const root = path.join(outDir, site)
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) walk(full)
      else files[path.relative(root, full)] = fs.readFileSync(full, 'latin1')
    }
  }
  walk(root)
  return files
}

/** What a fresh build of the whole network writes for madrid now. */
async function freshMadrid(): Promise<Record<string, string>> {
  const outDir = fs.mkdtempSync(path.join(t.dataDir, 'fresh-'))
  await buildSites(t.payload, { ...options, outDir, missions: ['madrid'] })
  return siteFiles(outDir, 'madrid')
}

const publish = (id: string) => live.rebuild(['madrid'], [{ collection: 'press-releases', id }])

// What a change to one release may touch: its pages, home, news index, main and topic feeds, sitemaps.
const TOUCHABLE = /^[a-z]{2}\/(index\.html|sitemap\.xml|feed\.xml|feed(-archive-\d+)?\.json|news\/(index\.html|archive\/\d+\/index\.html|[a-z0-9-]+\/index\.html)|topics\/[a-z0-9-]+\/feed(\.xml|(-archive-\d+)?\.json))$/

beforeAll(async () => {
  t = await startSeededPayload()
  // Feed pages of 10 items, so that the demo network's feeds have archive pages too.
  // The pages only: the search index after a publish is test/search/siteIndex.test.ts's (and re-indexing the network for each fresh build would double this file's time).
  // One clock for every build of the file: the ministry's appointment figures count the free
  // places of the next 30 days from it, and a slot that passes between a live rebuild and the
  // fresh build it is compared with would otherwise tell them apart.
  options = { outDir: path.join(t.dataDir, 'sites'), mediaDir: path.join(t.dataDir, 'media'), today, now: new Date(), feedSize: 10, searchIndex: false }
  await buildSites(t.payload, options)
  live = new LiveSites(t.payload, () => options)
  madridId = (await t.payload.find({ collection: 'missions', where: { slug: { equals: 'madrid' } }, depth: 0 })).docs[0].id as string
  topicIds = (await t.payload.find({ collection: 'topics', depth: 0, pagination: false, sort: 'slug' })).docs.map((d) => d.id as string)
}, 240_000)
afterAll(async () => {
  await t?.close()
})

describe('LiveSites: the live rebuild after a change to press releases', () => {
  let id: string

  it('a publish writes only what the release touches, and the site is byte for byte what a fresh build gives', async () => {
    await live.rebuild(['madrid'], []) // the live server reads the mission once
    const doc = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: {
        title: 'Visita <oficial> & “acuerdo”', slug: 'visita-live', summary: 'Resumen del comunicado.', mission: madridId,
        topics: [topicIds[0]], body: richText({ paragraphs: ['Primer párrafo.', 'Segundo párrafo.'] }), _status: 'published',
      },
    } as never)
    id = String((doc as { id: string }).id)
    const summary = await publish(id)
    const changed = summary.sites[0].changed
    expect(changed).toContain('es/news/visita-live/index.html')
    expect(changed.filter((p) => !TOUCHABLE.test(p))).toEqual([])
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
  }, 120_000)

  it('a new slug and other topics move the page and the topic feeds; the old page is gone', async () => {
    await t.payload.update({ collection: 'press-releases', id, locale: 'es', data: { slug: 'visita-live-2', topics: [topicIds[1]] } as never })
    const summary = await publish(id)
    expect(summary.sites[0].changed).toEqual(expect.arrayContaining(['es/news/visita-live-2/index.html', 'es/news/visita-live/index.html']))
    expect(fs.existsSync(path.join(options.outDir, 'madrid', 'es', 'news', 'visita-live', 'index.html'))).toBe(false)
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
  }, 120_000)

  it('unpublishing removes its pages and feed items, as a fresh build would', async () => {
    await t.payload.update({ collection: 'press-releases', id, data: { _status: 'draft' } as never })
    const summary = await publish(id)
    expect(summary.sites[0].changed).toContain('es/news/visita-live-2/index.html')
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
  }, 120_000)

  it('a change it cannot patch (a mission page) takes the ordinary build and still matches a fresh one', async () => {
    const page = (await t.payload.find({ collection: 'mission-pages', where: { mission: { equals: madridId } }, depth: 0, limit: 1 })).docs[0]
    await t.payload.update({ collection: 'mission-pages', id: page.id, locale: 'es', data: { title: 'Sobre la embajada (editado)' } as never })
    await live.rebuild(['madrid'], [{ collection: 'mission-pages', id: String(page.id) }])
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
  }, 120_000)
})

describe('LiveSites: archive pages after a change, on a mission with years of releases', () => {
  const ids: string[] = [] // oldest first
  const file = (...parts: string[]) => path.join(options.outDir, 'madrid', ...parts)
  const identity = (f: string) => {
    const st = fs.statSync(f)
    return { ino: st.ino, mtimeMs: st.mtimeMs }
  }
  const archivesIn = (changed: string[]) => changed.filter((p) => p.startsWith('es/') && /archive/.test(p)).sort()

  beforeAll(async () => {
    for (let i = 0; i < 130; i++) {
      // As the seed writes: no rebuild job queued for each.
      const doc = await t.payload.create({
        collection: 'press-releases', locale: 'es', draft: false, context: SEEDING_CONTEXT,
        data: {
          title: `Archivo ${i}`, slug: `archivo-${i}`, summary: 'Un comunicado de otros años.', mission: madridId,
          topics: [topicIds[i % 2]], publishedAt: new Date(Date.UTC(2019, 0, 1 + i)).toISOString(), _status: 'published',
        },
      } as never)
      ids.push(String((doc as { id: string }).id))
    }
    live.forget()
    await live.rebuild(['madrid'], []) // reads the mission and writes it whole
  }, 240_000)

  it('a new release rewrites the front pages, not the archive pages, and the site is what a fresh build gives', async () => {
    const oldest = [file('es', 'news', 'archive', '1', 'index.html'), file('es', 'feed-archive-1.json')]
    const before = oldest.map(identity)
    const doc = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: { title: 'Nuevo comunicado', slug: 'nuevo-con-archivo', summary: 'Hoy.', mission: madridId, topics: [topicIds[0]], _status: 'published' },
    } as never)
    const summary = await publish(String((doc as { id: string }).id))
    // At most the two newest archives of each list change (a new one may appear); the oldest never.
    expect(archivesIn(summary.sites[0].changed).length).toBeLessThanOrEqual(6)
    expect(oldest.map(identity)).toEqual(before)
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
  }, 120_000)

  it('editing an old release in place rewrites the archive pages that show it, and no others', async () => {
    await t.payload.update({ collection: 'press-releases', id: ids[0], locale: 'es', data: { title: 'Archivo 0 (corregido)' } as never })
    const summary = await publish(ids[0])
    const archives = archivesIn(summary.sites[0].changed)
    expect(archives).toContain('es/news/archive/1/index.html')
    expect(archives).toContain('es/feed-archive-1.json')
    expect(archives).not.toContain('es/news/archive/2/index.html')
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
  }, 120_000)

  it('unpublishing an old release moves every newer archive page by one, as a fresh build would', async () => {
    await t.payload.update({ collection: 'press-releases', id: ids[1], data: { _status: 'draft' } as never })
    const summary = await publish(ids[1])
    expect(archivesIn(summary.sites[0].changed)).toEqual(expect.arrayContaining(['es/news/archive/1/index.html', 'es/news/archive/2/index.html']))
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
  }, 120_000)

  it('a release published with an old date lands in its archive page, as a fresh build would', async () => {
    const doc = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: {
        title: 'Comunicado tardío', slug: 'comunicado-tardio', summary: 'Con fecha antigua.', mission: madridId,
        topics: [topicIds[1]], publishedAt: '2019-02-15T12:00:00.000Z', _status: 'published',
      },
    } as never)
    await publish(String((doc as { id: string }).id))
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
    const archives = fs.readdirSync(file('es', 'news', 'archive'))
    expect(archives.filter((n) => fs.readFileSync(file('es', 'news', 'archive', n, 'index.html'), 'utf8').includes('Comunicado tardío'))).toEqual(['3'])
  }, 120_000)

  it('moving an old release into another topic rewrites that topic’s archive, as a fresh build would', async () => {
    await t.payload.update({ collection: 'press-releases', id: ids[2], locale: 'es', data: { topics: [topicIds[0], topicIds[1]] } as never })
    await publish(ids[2])
    expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
  }, 120_000)

  it('new releases one after another render and rewrite no archive page until a new one is due, and the site always matches a fresh build', async () => {
    let quiet = 0
    let crossings = 0
    // 20 in a row cross a news page boundary (20 items) once and a feed page boundary (10) twice.
    for (let i = 0; i < 20; i++) {
      const doc = await t.payload.create({
        collection: 'press-releases', locale: 'es', draft: false,
        data: { title: `Seguido ${i}`, slug: `seguido-${i}`, summary: 'Uno más.', mission: madridId, topics: [topicIds[i % 2]], _status: 'published' },
      } as never)
      const summary = await publish(String((doc as { id: string }).id))
      const archives = archivesIn(summary.sites[0].changed)
      if (archives.length === 0) {
        quiet++
        // Nothing rendered in vain: the newest archive pages are left alone when no new one is due.
        expect(summary.unchanged).toBe(0)
      } else crossings++
      expect(siteFiles(options.outDir, 'madrid')).toEqual(await freshMadrid())
    }
    expect(crossings).toBeGreaterThanOrEqual(2)
    expect(quiet).toBeGreaterThanOrEqual(10)
  }, 240_000)
})

describe('LiveSites: the ministry site after a change to press releases', () => {
  /** What a fresh build of the whole network writes for the ministry's site now. */
  async function freshMinistry(): Promise<Record<string, string>> {
    const outDir = fs.mkdtempSync(path.join(t.dataDir, 'fresh-ministry-'))
    await buildSites(t.payload, { ...options, outDir })
    return siteFiles(outDir, 'ministry')
  }
  const refresh = async (id: string) => {
    const changes = [{ collection: 'press-releases', id }]
    await live.rebuild(['madrid'], changes)
    return live.refreshMinistry(changes)
  }

  it('a mission’s new release, an edit, an unpublish and a ministry release each leave it as a fresh build makes it', async () => {
    await live.refreshMinistry(null) // the live server reads the ministry's network once
    const doc = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: { title: 'Noticia de red', slug: 'noticia-de-red', summary: 'Para la portada de la red.', mission: madridId, topics: [topicIds[0]], _status: 'published' },
    } as never)
    const id = String((doc as { id: string }).id)
    const added = await refresh(id)
    expect(added!.changed.some((p) => p.includes('network-news'))).toBe(true)
    // Only its network news and feeds (and the OPML list) are rendered, not the site's other pages.
    const networkNewsAndFeeds = Object.keys(siteFiles(options.outDir, 'ministry'))
      .filter((p) => p === 'feeds.opml' || /^[a-z]{2}\/(network-news\/index\.html|feed\.xml|feed(-archive-\d+)?\.json)$/.test(p))
    expect(added!.written + added!.unchanged).toBe(networkNewsAndFeeds.length)
    expect(added!.changed.filter((p) => p.endsWith('.html') && !p.includes('/network-news/'))).toEqual([])
    expect(siteFiles(options.outDir, 'ministry')).toEqual(await freshMinistry())

    await t.payload.update({ collection: 'press-releases', id, locale: 'es', data: { title: 'Noticia de red (corregida)' } as never })
    await refresh(id)
    expect(fs.readFileSync(path.join(options.outDir, 'ministry', 'es', 'network-news', 'index.html'), 'utf8')).toContain('Noticia de red (corregida)')
    expect(siteFiles(options.outDir, 'ministry')).toEqual(await freshMinistry())

    await t.payload.update({ collection: 'press-releases', id, data: { _status: 'draft' } as never })
    await refresh(id)
    expect(siteFiles(options.outDir, 'ministry')).toEqual(await freshMinistry())

    const own = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: { title: 'Comunicado del ministerio', slug: 'comunicado-del-ministerio', summary: 'Propio.', _status: 'published' },
    } as never)
    await live.refreshMinistry([{ collection: 'press-releases', id: String((own as { id: string }).id) }])
    expect(fs.existsSync(path.join(options.outDir, 'ministry', 'es', 'news', 'comunicado-del-ministerio', 'index.html'))).toBe(true)
    expect(siteFiles(options.outDir, 'ministry')).toEqual(await freshMinistry())
  }, 240_000)
})
