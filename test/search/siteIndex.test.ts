import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites, type BuildOptions } from '../../src/build/buildSites'
import { LiveSites } from '../../src/build/liveSites'
import { indexSite } from '../../src/search/siteIndex'
import { SEEDING_CONTEXT } from '../../src/seed/writer'
import { messagesFor } from '../../templates/i18n'
import { startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'
import { filesUnder, fragments, indexDir, inode, markedPages, pagefindEntry } from './indexFiles'

let t: TestPayload
let options: BuildOptions
let out: string
let madridId: string

beforeAll(async () => {
  t = await startSeededPayload()
  out = path.join(t.dataDir, 'sites')
  options = { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: '2026-11-25' }
  await buildSites(t.payload, options)
  madridId = (await t.payload.find({ collection: 'missions', where: { slug: { equals: 'madrid' } }, depth: 0 })).docs[0].id as string
}, 480_000)
afterAll(async () => {
  await t?.close()
})

describe('the search index built with the sites', () => {
  it.each([
    ['ministry', ['ar', 'en', 'es', 'fr', 'zh']],
    ['beijing', ['en', 'es', 'zh']],
    ['cairo', ['ar', 'en', 'es']],
    ['madrid', ['en', 'es']],
  ])('%s has an index for each of its languages, holding every page marked for it', (site, languages) => {
    const entry = pagefindEntry(out, site)
    expect(Object.keys(entry.languages).sort()).toEqual(languages)
    const marked = markedPages(out, site)
    expect(Object.keys(marked).sort()).toEqual(languages)
    for (const lang of languages) expect(entry.languages[lang].page_count, lang).toBe(marked[lang].length)
    expect(fragments(out, site)).toHaveLength(Object.values(marked).flat().length)
  })

  it('indexes the pages’ main content only: no list page, search page or 404 page, no header, navigation or footer', () => {
    const found = fragments(out, 'madrid')
    const urls = found.map((f) => f.url)
    expect(urls).toEqual(expect.arrayContaining(['/es/', '/es/contact/', '/en/', '/es/about/']))
    expect(urls.some((u) => /^\/es\/services\/[^/]+\/$/.test(u))).toBe(true)
    expect(urls.some((u) => /^\/es\/news\/[^/]+\/$/.test(u))).toBe(true)
    expect(urls.filter((u) => /\/news\/$|\/archive\/\d+\/$|\/services\/$|\/search\/$|\.html$/.test(u))).toEqual([])
    const home = fs.readFileSync(path.join(out, 'madrid', 'es', 'index.html'), 'utf8')
    const footerText = home.match(/<p class="site-footer__text">([^<]+)<\/p>/)![1]
    const content = found.map((f) => f.content).join('\n')
    expect(content).not.toContain(messagesFor('es').skipToContent)
    expect(content).not.toContain(footerText)
  })

  it('the title of each result is the page’s heading, and a Chinese page is indexed in words', () => {
    const release = fragments(out, 'beijing').find((f) => f.url.startsWith('/zh/news/') && f.meta.title.includes('国庆'))!
    const page = fs.readFileSync(path.join(out, 'beijing', release.url.slice(1), 'index.html'), 'utf8')
    expect(page).toContain(`<h1>${release.meta.title}</h1>`)
    // Pagefind's extended binary segments Chinese (zero-width spaces between words).
    expect(release.content).toMatch(/国庆\u200b/)
  })

  it('a site carries Pagefind’s JS API, its WebAssembly and the index, none of Pagefind’s ready-made interfaces', () => {
    const files = filesUnder(indexDir(out, 'cairo'))
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.ar.pagefind', 'wasm.es.pagefind', 'wasm.en.pagefind']))
    expect(files.filter((f) => /ui|highlight|playground/.test(f))).toEqual([])
    expect(fs.existsSync(path.join(out, 'cairo', 'assets', 'search.js'))).toBe(true)
    expect(fs.existsSync(path.join(out, 'cairo', 'ar', 'search', 'index.html'))).toBe(true)
  })

  it('the search page is in no sitemap', () => {
    for (const lang of ['es', 'ar', 'en']) expect(fs.readFileSync(path.join(out, 'cairo', lang, 'sitemap.xml'), 'utf8')).not.toContain('/search/')
  })
})

describe('keeping the index current', () => {
  it('a rebuild with nothing changed makes no index and writes nothing: every index file keeps its inode', async () => {
    const files = filesUnder(indexDir(out, 'madrid')).map((f) => path.join(indexDir(out, 'madrid'), f))
    const before = files.map(inode)
    const summary = await buildSites(t.payload, options)
    expect(summary.written).toBe(0)
    expect(summary.searchIndexes).toEqual({ sites: 0, seconds: 0, bytes: 0, files: 0 })
    expect(files.map(inode)).toEqual(before)
  }, 120_000)

  it('indexing unchanged pages again writes no file: the index is a function of the pages', async () => {
    const index = await indexSite(out, 'cairo')
    expect([index.summary.written, index.summary.deleted]).toEqual([0, 0])
    expect(index.bytes).toBeGreaterThan(100_000)
  }, 60_000)

  it('a --full build indexes again and, the pages being the same, writes no file, index included', async () => {
    const summary = await buildSites(t.payload, { ...options, missions: ['cairo'], full: true })
    expect(summary.searchIndexes?.sites).toBe(1)
    // Every file of the site's index, counted apart from its pages (the benchmark's pages leave them out).
    expect(summary.searchIndexes?.files).toBe(filesUnder(indexDir(out, 'cairo')).length)
    expect([summary.written, summary.deleted]).toEqual([0, 0])
  }, 120_000)

  it('a publish re-indexes its site after its pages are live: the release is found, the fragments of unchanged pages keep their files, other sites are untouched', async () => {
    const live = new LiveSites(t.payload, () => options)
    await live.rebuild(['madrid'], [])
    const about = fragments(out, 'madrid').find((f) => f.url === '/es/about/')!
    const aboutInode = inode(about.file)
    const barcelona = path.join(indexDir(out, 'barcelona'), 'pagefind-entry.json')
    const barcelonaInode = inode(barcelona)

    const doc = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false, context: SEEDING_CONTEXT,
      data: { title: 'Jornada zorzaleña de prueba', slug: 'jornada-zorzalena', summary: 'Un comunicado para la búsqueda.', mission: madridId, _status: 'published' },
    } as never)
    const id = String((doc as { id: string }).id)
    const summary = await live.rebuild(['madrid'], [{ collection: 'press-releases', id }])
    const changed = summary.sites[0].changed
    expect(changed).toContain('es/news/jornada-zorzalena/index.html')
    expect(changed.filter((p) => p.startsWith('pagefind/fragment/')).length).toBeGreaterThanOrEqual(2) // the release's, and the home page's that lists it
    const release = fragments(out, 'madrid').find((f) => f.url === '/es/news/jornada-zorzalena/')
    expect(release?.meta.title).toBe('Jornada zorzaleña de prueba')
    expect(pagefindEntry(out, 'madrid').languages.es.page_count).toBe(markedPages(out, 'madrid').es.length)
    expect(inode(about.file)).toBe(aboutInode)
    expect(inode(barcelona)).toBe(barcelonaInode)

    await t.payload.update({ collection: 'press-releases', id, data: { _status: 'draft' } as never, context: SEEDING_CONTEXT })
    await live.rebuild(['madrid'], [{ collection: 'press-releases', id }])
    expect(fragments(out, 'madrid').find((f) => f.url === '/es/news/jornada-zorzalena/')).toBeUndefined()
    expect(fs.existsSync(release!.file)).toBe(false)
  }, 120_000)

  it('the ministry’s site is re-indexed after its own release, not after a mission’s (which only its network news lists)', async () => {
    const live = new LiveSites(t.payload, () => options)
    await live.refreshMinistry(null) // the live server reads the network once
    const entry = path.join(indexDir(out, 'ministry'), 'pagefind-entry.json')
    const before = inode(entry)

    const missionRelease = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false, context: SEEDING_CONTEXT,
      data: { title: 'Noticia zorzalera de la red', slug: 'noticia-zorzalera', summary: 'De una misión.', mission: madridId, _status: 'published' },
    } as never)
    const mission = [{ collection: 'press-releases', id: String((missionRelease as { id: string }).id) }]
    await live.rebuild(['madrid'], mission)
    const network = await live.refreshMinistry(mission)
    expect(network!.changed.some((p) => p.includes('network-news'))).toBe(true)
    expect(network!.changed.filter((p) => p.startsWith('pagefind/'))).toEqual([])
    expect(inode(entry)).toBe(before)

    const own = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false, context: SEEDING_CONTEXT,
      data: { title: 'Comunicado zorzalero del ministerio', slug: 'comunicado-zorzalero', summary: 'Propio.', syndication: 'none', _status: 'published' },
    } as never)
    const ministry = await live.refreshMinistry([{ collection: 'press-releases', id: String((own as { id: string }).id) }])
    expect(ministry!.changed.some((p) => p.startsWith('pagefind/fragment/'))).toBe(true)
    expect(fragments(out, 'ministry').find((f) => f.url === '/es/news/comunicado-zorzalero/')?.meta.title).toBe('Comunicado zorzalero del ministerio')
  }, 180_000)
})
