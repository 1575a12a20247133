import fs from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { HtmlValidate } from 'html-validate'
import type { Browser } from 'playwright-core'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRequire } from 'node:module'

import { buildSites } from '../../src/build/buildSites'
import { launchChromium } from '../support/browser'
import { startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'

let t: TestPayload
let out: string
const PUBLIC = 'http://sites.test/sites'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  // Same two stylistic exceptions as the template tests (templates/pages/validity.test.ts).
  rules: { 'doctype-style': 'off', 'long-title': 'off' },
})

/** The file a public URL of the generated sites is written to. */
const fileFor = (url: string) => {
  const rel = url.slice(PUBLIC.length + 1)
  return path.join(out, rel.endsWith('/') ? `${rel}index.html` : rel)
}

beforeAll(async () => {
  t = await startSeededPayload()
  out = path.join(t.dataDir, 'sites')
  await buildSites(t.payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: '2026-11-25', publicUrl: PUBLIC })
}, 300_000)
afterAll(async () => {
  await t?.close()
})

describe('the generated demo network', () => {
  it.each([
    'madrid/es/index.html', 'madrid/es/news/index.html', 'madrid/en/contact/index.html', 'madrid/es/services/index.html',
    'madrid/es/social/index.html', 'madrid/es/about/index.html', 'madrid/es/404.html', 'cairo/ar/index.html', 'beijing/zh/news/index.html',
    'ministry/es/index.html', 'ministry/es/network-news/index.html', 'ministry/ar/feeds/index.html', 'ministry/en/news/index.html',
  ])('%s is valid HTML', async (file) => {
    const report = await validator.validateString(fs.readFileSync(path.join(out, file), 'utf8'))
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([])
  })

  it('every release page of a mission is valid HTML', async () => {
    const dir = path.join(out, 'madrid/es/news')
    const slugs = fs.readdirSync(dir).filter((d) => d !== 'page' && fs.existsSync(path.join(dir, d, 'index.html')))
    expect(slugs.length).toBeGreaterThan(5)
    for (const slug of slugs) {
      const report = await validator.validateString(fs.readFileSync(path.join(dir, slug, 'index.html'), 'utf8'))
      expect(report.valid, slug).toBe(true)
    }
  })

  it('the ministry directory links every mission’s home page in a language it serves', () => {
    const html = fs.readFileSync(path.join(out, 'ministry/zh/index.html'), 'utf8')
    const links = [...html.matchAll(/href="(http:\/\/sites\.test\/sites\/[a-z-]+\/[a-z]{2}\/)"/g)].map((m) => m[1])
    expect(links.length).toBeGreaterThanOrEqual(20)
    for (const link of links) expect(fs.existsSync(fileFor(link)), link).toBe(true)
  })

  it('the network-wide feed carries every mission’s releases, each saying which mission it comes from', async () => {
    const feed = await new Parser({ customFields: { item: ['dc:creator'] } }).parseString(fs.readFileSync(path.join(out, 'ministry/es/feed.xml'), 'utf8'))
    const creators = new Set(feed.items.map((i) => (i as unknown as Record<string, unknown>)['dc:creator'] ?? i.creator))
    expect(creators.size).toBeGreaterThan(5)
    for (const item of feed.items) expect(fs.existsSync(fileFor(item.link!)), item.link).toBe(true)
  })

  it('feeds.opml parses and lists exactly the RSS feeds that exist (every site’s per-language feed, its blog’s where it has posts, the ministry’s travel advice feeds), grouped by country then mission; the ministry site links to it', () => {
    const xml = fs.readFileSync(path.join(out, 'feeds.opml'), 'utf8')
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
    expect(doc.opml.version).toBe('2.0')
    const countries = [doc.opml.body.outline].flat()
    const feeds = countries.flatMap((c: any) => [c.outline].flat()).flatMap((m: any) => [m.outline].flat())
    const listed = feeds.map((f: any) => f.xmlUrl as string).sort()
    const sites = fs.readdirSync(out).filter((site) => !site.startsWith('.') && fs.lstatSync(path.join(out, site)).isSymbolicLink())
    const feedsAt = (feed: string) => sites.flatMap((site) =>
      fs.readdirSync(path.join(out, site)).filter((l) => fs.existsSync(path.join(out, site, l, feed))).map((l) => `${PUBLIC}/${site}/${l}/${feed}`))
    const onDisk = feedsAt('feed.xml')
    // The demo's posts: the Madrid ambassador's and the ministry's own.
    const blogOnDisk = feedsAt('blog/feed.xml')
    expect(blogOnDisk.filter((f) => f.includes('/madrid/'))).toHaveLength(2)
    // Travel advice: in each language, every change, the major ones, and each country's (planTravelAdvice.ts).
    const travelOnDisk = fs.readdirSync(path.join(out, 'ministry')).filter((l) => fs.existsSync(path.join(out, 'ministry', l, 'travel')))
      .flatMap((l) => (fs.readdirSync(path.join(out, 'ministry', l, 'travel'), { recursive: true }) as string[])
        .filter((f) => f === 'feed.xml' || f.endsWith('/feed.xml'))
        .map((f) => `${PUBLIC}/ministry/${l}/travel/${f}`))
    expect(travelOnDisk.length).toBeGreaterThan(0)
    expect(listed).toEqual([...onDisk, ...blogOnDisk, ...travelOnDisk].sort())
    expect(feeds.every((f: any) => f.type === 'rss')).toBe(true)
    expect(fs.readFileSync(path.join(out, 'ministry/feeds.opml'), 'utf8')).toBe(xml)
    expect(fs.readFileSync(path.join(out, 'ministry/es/feeds/index.html'), 'utf8')).toContain('href="../../feeds.opml"')
  })

  it('every page shows its site’s own images through relative links that exist (issue 13: a copied site keeps its images)', () => {
    const pages = (function walk(dir: string): string[] {
      return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.name.startsWith('.')) return []
        if (entry.isDirectory() || (entry.isSymbolicLink() && fs.statSync(full).isDirectory())) return walk(full)
        return entry.name.endsWith('.html') && entry.name !== '404.html' ? [full] : []
      })
    })(out)
    let images = 0
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8')
      const urls = [
        ...[...html.matchAll(/<img [^>]*src="([^"]*)"/g)].map((m) => m[1]),
        ...[...html.matchAll(/<source [^>]*srcset="([^"]*)"/g)].flatMap((m) => m[1].split(/,\s+/).map((c) => c.split(' ')[0])),
      ]
      const pageUrl = `${PUBLIC}/${path.relative(out, file).replace(/index\.html$/, '')}`
      for (const url of urls) {
        expect(url.startsWith(PUBLIC), `${pageUrl}: ${url}`).toBe(false)
        expect(fs.existsSync(fileFor(decodeURI(new URL(url.replace(/&amp;/g, '&'), pageUrl).href))), `${pageUrl}: ${url}`).toBe(true)
        images += 1
      }
    }
    expect(images).toBeGreaterThan(200)
  })

  it('the Arabic contact page isolates each address line and names the country in Arabic; the atlas names related bodies in its language', () => {
    const contact = fs.readFileSync(path.join(out, 'cairo/ar/contact/index.html'), 'utf8')
    const address = contact.match(/<address>([\s\S]*?)<\/address>/)![1]
    expect(address.split('<br>').every((line) => /^<bdi>[^<]+<\/bdi>$/.test(line)), address).toBe(true)
    expect(address).toContain('<bdi>مصر</bdi>')
    expect(fs.readFileSync(path.join(out, 'madrid/es/contact/index.html'), 'utf8')).toMatch(/<bdi>España<\/bdi><\/address>/)
    for (const [locale, academy] of [['en', 'Diplomatic Academy'], ['fr', 'Académie diplomatique'], ['zh', '外交学院'], ['ar', 'الأكاديمية الدبلوماسية']]) {
      const atlas = fs.readFileSync(path.join(out, `ministry/${locale}/atlas/index.html`), 'utf8')
      expect(atlas, locale).toContain(`<h3>${academy}</h3>`)
      expect(atlas, locale).not.toContain('Academia Diplomática')
    }
  })

  it('every page links its RSS and JSON feeds for autodiscovery, and they exist', () => {
    const html = fs.readFileSync(path.join(out, 'madrid/en/contact/index.html'), 'utf8')
    const rss = html.match(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/)?.[1]
    const json = html.match(/<link rel="alternate" type="application\/feed\+json"[^>]*href="([^"]+)"/)?.[1]
    expect(rss).toBeTruthy()
    expect(json).toBeTruthy()
    const resolve = (href: string) => new URL(href, `${PUBLIC}/madrid/en/contact/`).href
    expect(fs.existsSync(fileFor(resolve(rss!)))).toBe(true)
    expect(fs.existsSync(fileFor(resolve(json!)))).toBe(true)
  })
})

describe('the generated demo network in Chromium', () => {
  type Violation = { id: string; nodes: { target: string[] }[] }
  const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
  // One browser for the pages; each page gets a context of its own, so none sees another's state.
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each(['madrid/es/index.html', 'madrid/es/contact/index.html', 'cairo/ar/index.html', 'ministry/es/index.html', 'ministry/en/feeds/index.html'])(
    '%s has no WCAG 2.1 A/AA violations (axe-core), read from disk as a host would serve it',
    async (file) => {
      const context = await browser.newContext()
      try {
        const page = await context.newPage()
        await page.goto(`file://${path.join(out, file)}`)
        await page.addScriptTag({ path: AXE_PATH })
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe
          return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations
        })
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      } finally {
        await context.close()
      }
    },
    60_000,
  )
})

describe('what citizens sent never reaches a generated file', () => {
  /** Every file under the sites folder, following the site links, as text. */
  function allFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.name === '.chancery') return []
      const stat = fs.statSync(full)
      return stat.isDirectory() ? allFiles(full) : [full]
    })
  }

  it('no name, e-mail address, phone, document number, message, reply, note or survey comment of the seeded network is in any file', async () => {
    const enquiries = await t.payload.find({ collection: 'enquiries', pagination: false, depth: 0, showHiddenFields: true })
    const comments = await t.payload.find({ collection: 'survey-responses', pagination: false, depth: 0, where: { comment: { exists: true } } })
    const bookings = await t.payload.find({ collection: 'bookings', pagination: false, depth: 0, showHiddenFields: true })
    expect(enquiries.docs.length).toBeGreaterThan(10)
    expect(comments.docs.length).toBeGreaterThan(5)
    expect(bookings.docs.length).toBeGreaterThan(20)
    const secrets = [
      ...enquiries.docs.flatMap((e) => [e.name, e.email, e.phone, e.message, e.reply, e.internalNotes]),
      ...comments.docs.map((c) => c.comment),
      ...bookings.docs.flatMap((b) => [b.name, b.email, b.phone, b.documentNumber, b.reference, b.cancelReason, b.tokenNonce]),
    ].filter((v): v is string => typeof v === 'string' && v.length >= 8)
    const files = allFiles(out).filter((f) => !/\.(png|jpe?g|webp|avif|gif)$/.test(f))
    expect(files.length).toBeGreaterThan(1000)
    const leaks: string[] = []
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${path.relative(out, file)}: ${secret.slice(0, 30)}`)
    }
    expect(leaks).toEqual([])
  })

  it('the survey is published as figures only, per mission, and the contact form of every mission posts to the CMS', async () => {
    const survey = JSON.parse(fs.readFileSync(path.join(out, 'ministry/data/survey.json'), 'utf8'))
    const answers = await t.payload.count({ collection: 'survey-responses' })
    expect(survey.total.count).toBe(answers.totalDocs)
    expect(Object.keys(survey.missions[0]).sort()).toEqual(['byMonth', 'count', 'distribution', 'mean', 'mission', 'name', 'resolvedShare', 'services'])
    const contact = fs.readFileSync(path.join(out, 'madrid/es/contact/index.html'), 'utf8')
    expect(contact).toContain('action="http://sites.test/citizen/enquiries"')
    expect(fs.existsSync(path.join(out, 'madrid/assets/citizen-forms.js'))).toBe(true)
    expect(fs.existsSync(path.join(out, 'cairo/ar/privacy/index.html'))).toBe(true)
    expect(fs.existsSync(path.join(out, 'ministry/es/charter/index.html'))).toBe(true)
  })

  it('the service pages of Madrid and Barcelona that take appointments link to the CMS’s booking flow with the next free date; others do not', () => {
    for (const [mission, locale] of [['madrid', 'es'], ['barcelona', 'en']]) {
      const passport = fs.readFileSync(path.join(out, `${mission}/${locale}/services/passport/index.html`), 'utf8')
      expect(passport, mission).toContain(`href="http://sites.test/citizen/appointments?mission=${mission}&amp;locale=${locale}&amp;service=passport"`)
      expect(passport, mission).toMatch(/<strong><time datetime="\d{4}-\d{2}-\d{2}">/)
      const home = fs.readFileSync(path.join(out, `${mission}/${locale}/index.html`), 'utf8')
      expect(home, mission).toContain(`href="http://sites.test/citizen/appointments?mission=${mission}&amp;locale=${locale}"`)
    }
    expect(fs.readFileSync(path.join(out, 'madrid/es/services/legalisation/index.html'), 'utf8')).not.toContain('/citizen/appointments')
    expect(fs.readFileSync(path.join(out, 'valencia/es/index.html'), 'utf8')).not.toContain('/citizen/appointments')
  })
})
