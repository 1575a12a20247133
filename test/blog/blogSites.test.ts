import fs from 'node:fs'
import path from 'node:path'

import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { XMLParser } from 'fast-xml-parser'
import type { CollectionSlug, Payload } from 'payload'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startTestPayload, type TestPayload } from '../support/testPayload'

const POSTS = 'blog-posts' as CollectionSlug
const MINISTRY_URL = 'https://www.cancilleria.example.gob.ec/'
const today = '2026-11-25'

let t: TestPayload
let payload: Payload
let out: string
let restoreSitesDir: (() => void) | undefined
const missions = {} as Record<'madrid' | 'lima', string>
let draftId = ''

type Doc = Record<string, any>
// Seeding context: these saves queue no rebuild; the test builds itself.
const seeding = { context: { seeding: true } }
const createPost = (data: Doc, draft = false) =>
  payload.create({ collection: POSTS, data: { _status: draft ? 'draft' : 'published', ...data } as never, draft, depth: 0, locale: 'es', ...seeding } as never) as Promise<Doc>

const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8')
const exists = (file: string) => fs.existsSync(path.join(out, file))
const build = () => buildSites(payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today, searchIndex: false })
// The n-th post of Madrid's blog, dated so their order is known: post 1 the oldest.
const dated = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString()

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

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  out = path.join(t.dataDir, 'sites')
  restoreSitesDir = pointSitesDirAt(out)
  await payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', shortName: 'Cancillería', baseUrl: MINISTRY_URL } as never })
  const mission = async (slug: string, name: string, country: string) => String((await payload.create({
    collection: 'missions',
    data: { name, slug, type: 'embassy', hostCountry: country, city: name, siteLocales: ['es', 'en'], defaultLocale: 'es', baseUrl: `https://${slug}.example.gob.ec/` } as never,
  })).id)
  missions.madrid = await mission('madrid', 'Embajada en Madrid', 'ES')
  missions.lima = await mission('lima', 'Embajada en Lima', 'PE')
  // 41 posts: a front page of 21 and one archive page of the 20 oldest (stablePages, 20 a page).
  for (let n = 1; n <= 41; n++) {
    await createPost({
      title: `Diario de Madrid ${n}`, slug: `diario-${n}`, summary: `Entrada ${n} de la embajadora.`, mission: missions.madrid,
      authors: [{ name: 'Elena Ríos', role: 'Embajadora en España' }], publishedAt: dated(n),
    })
  }
  draftId = String((await createPost({ title: 'Borrador secreto', slug: 'borrador', summary: 'No publicado.', mission: missions.madrid, authors: [{ name: 'Elena Ríos' }] }, true)).id)
  await createPost({ title: 'Carta del canciller', slug: 'carta', summary: 'Una carta personal.', authors: [{ name: 'Juan Pérez', role: 'Canciller' }], publishedAt: dated(3) })
  await build()
}, 240_000)

afterAll(async () => {
  await t?.close()
  restoreSitesDir?.()
})

describe('a mission with posts', () => {
  it('has a blog front page and a stable archive page in each language, linked from every page’s navigation', () => {
    for (const locale of ['es', 'en']) {
      expect(exists(`madrid/${locale}/blog/index.html`)).toBe(true)
      expect(exists(`madrid/${locale}/blog/archive/1/index.html`)).toBe(true)
      expect(exists(`madrid/${locale}/blog/archive/2/index.html`)).toBe(false)
    }
    const front = read('madrid/es/blog/index.html')
    expect(front).toContain('Diario de Madrid 41')
    expect(front).toContain('Diario de Madrid 21')
    expect(front).not.toContain('Diario de Madrid 20<')
    const archive = read('madrid/es/blog/archive/1/index.html')
    expect(archive).toContain('Diario de Madrid 20<')
    expect(archive).toContain('Diario de Madrid 1<')
    expect(archive).not.toContain('Diario de Madrid 21<')
    expect(read('madrid/es/index.html')).toMatch(/<a href="(?:\.\.\/)+es\/blog\/">Blog<\/a>/)
    expect(read('madrid/en/services/index.html')).toMatch(/<a href="(?:\.\.\/)+en\/blog\/">Blog<\/a>/)
    expect(front).toMatch(/<a href="(?:\.\.\/)+es\/blog\/" aria-current="page">Blog<\/a>/)
  })

  it('has a page per post showing its author with their title, its date and its summary', () => {
    const page = read('madrid/es/blog/diario-7/index.html')
    expect(page).toContain('<h1>Diario de Madrid 7</h1>')
    expect(page).toContain('Elena Ríos (Embajadora en España)')
    expect(page).toContain(`datetime="${dated(7)}"`)
    expect(page).toContain('"@type":"BlogPosting"')
    expect(exists('madrid/en/blog/diario-7/index.html')).toBe(true)
  })

  it('has RSS and JSON feeds that two independent parsers read, with the post pages’ addresses', async () => {
    const xml = read('madrid/es/blog/feed.xml')
    const fxp = new XMLParser().parse(xml)
    expect(fxp.rss.channel.item).toHaveLength(41)
    expect(fxp.rss.channel.item[0].title).toBe('Diario de Madrid 41')
    const rss = await new Parser().parseString(xml)
    expect(rss.items[0].link).toBe('https://madrid.example.gob.ec/es/blog/diario-41/')
    const extracted = extractFromXml(xml, { descriptionMaxLen: 0 })
    expect(extracted.entries?.[1].link).toBe('https://madrid.example.gob.ec/es/blog/diario-40/')

    const json = JSON.parse(read('madrid/es/blog/feed.json'))
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.items[0].url).toBe('https://madrid.example.gob.ec/es/blog/diario-41/')
    expect(json.items[0].authors).toEqual([{ name: 'Elena Ríos', url: 'https://madrid.example.gob.ec/es/blog/' }])
    const fromJson = extractFromJson(json, { descriptionMaxLen: 0 })
    expect(fromJson.entries?.map((e) => e.title)).toContain('Diario de Madrid 30')
  })

  it('lists its blog pages in its sitemap and its blog feeds in feeds.opml', () => {
    const sitemap = read('madrid/es/sitemap.xml')
    expect(sitemap).toContain('<loc>https://madrid.example.gob.ec/es/blog/</loc>')
    expect(sitemap).toContain('<loc>https://madrid.example.gob.ec/es/blog/archive/1/</loc>')
    expect(sitemap).toContain('<loc>https://madrid.example.gob.ec/es/blog/diario-5/</loc>')
    type Outline = { text: string; xmlUrl?: string; outline?: Outline[] }
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'outline' })
    const groups: Outline[] = parser.parse(read('feeds.opml')).opml.body.outline
    const urls = groups.flatMap((g) => g.outline!.flatMap((e) => e.outline!.map((f) => f.xmlUrl!)))
    expect(urls).toContain('https://madrid.example.gob.ec/es/blog/feed.xml')
    expect(urls).toContain('https://madrid.example.gob.ec/en/blog/feed.xml')
    expect(urls).toContain(`${MINISTRY_URL}es/blog/feed.xml`)
    expect(urls.filter((u) => u.startsWith('https://lima.') && u.includes('/blog/'))).toEqual([])
  })

  it('publishing a new post changes the front page only: the archive page keeps its bytes', async () => {
    const archiveBefore = read('madrid/es/blog/archive/1/index.html')
    const jsonArchiveBefore = read('madrid/es/blog/feed.json')
    expect(jsonArchiveBefore).toBeTruthy()
    await createPost({ title: 'Diario de Madrid 42', slug: 'diario-42', summary: 'Entrada 42.', mission: missions.madrid, authors: [{ name: 'Elena Ríos' }], publishedAt: dated(42) })
    await build()
    expect(read('madrid/es/blog/archive/1/index.html')).toBe(archiveBefore)
    expect(read('madrid/es/blog/index.html')).toContain('Diario de Madrid 42')
  }, 120_000)
})

describe('the ministry’s posts', () => {
  it('are on the ministry’s site with a Blog link, never on a mission’s', () => {
    expect(read('ministry/es/blog/carta/index.html')).toContain('Juan Pérez (Canciller)')
    expect(read('ministry/es/index.html')).toMatch(/>Blog<\/a>/)
    expect(exists('ministry/es/blog/feed.xml')).toBe(true)
    expect(read('madrid/es/blog/index.html')).not.toContain('Carta del canciller')
  })
})

describe('a site without posts', () => {
  it('has no blog pages, feeds or link', () => {
    expect(exists('lima/es/index.html')).toBe(true)
    expect(exists('lima/es/blog')).toBe(false)
    expect(read('lima/es/index.html')).not.toMatch(/>Blog<\/a>/)
    expect(read('lima/es/sitemap.xml')).not.toContain('/blog/')
  })
})

describe('drafts', () => {
  it('appear nowhere: no page, no feed item, no id in any generated file', () => {
    const files = allFiles(out).filter((f) => /\.(html|xml|json|opml|txt)$/.test(f))
    expect(files.length).toBeGreaterThan(50)
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8')
      expect(text.includes('Borrador secreto'), f).toBe(false)
      expect(text.includes(draftId), f).toBe(false)
    }
    expect(exists('madrid/es/blog/borrador/index.html')).toBe(false)
  })
})
