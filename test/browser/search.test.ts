import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { buildDate } from '../../src/jobs/buildSettings'
import { REBUILD_SITES } from '../../src/jobs/rebuildSitesJob'
import { searchMessagesFor } from '../../templates/i18n/search'
import { launchChromium } from '../support/browser'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'
import { serveSites, type SiteServer } from '../search/siteServer'

let t: TestPayload
let payload: Payload
let out: string
let restoreSitesDir: (() => void) | undefined
let cms: SiteServer
let plain: SiteServer
let browser: Browser

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe-core's WCAG 2.1 A and AA violations on the page as it is now (results shown). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH })
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] }
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

/** The release page of a site in a language whose heading contains these words (seeded: the national day). */
function releasePath(site: string, lang: string, heading: string): string {
  const news = path.join(out, site, lang, 'news')
  const slug = fs.readdirSync(news).find((entry) => {
    const page = path.join(news, entry, 'index.html')
    return fs.existsSync(page) && (fs.readFileSync(page, 'utf8').match(/<h1>([^<]*)<\/h1>/)?.[1] ?? '').includes(heading)
  })
  if (!slug) throw new Error(`No release of ${site} in ${lang} is headed with "${heading}"`)
  return `${lang}/news/${slug}/`
}

/** Types the words as a visitor does, and waits for the results (or the message saying there are none). */
async function searchFor(page: Page, url: string, words: string): Promise<{ links: { href: string; text: string }[]; status: string }> {
  await page.goto(url)
  await page.locator('#search-query').waitFor({ state: 'visible' })
  await page.locator('#search-query').pressSequentially(words, { delay: 20 })
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? ''
    return !document.getElementById('search-results')?.hidden || /«|“|"|」|”/.test(status)
  }, undefined, { timeout: 30_000 })
  const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })))
  return { links, status: (await page.locator('#search-status').textContent()) ?? '' }
}

async function runQueuedRebuilds(): Promise<void> {
  const waiting = async () => (await payload.count({
    collection: 'payload-jobs' as CollectionSlug,
    where: { and: [{ taskSlug: { equals: REBUILD_SITES } }, { completedAt: { exists: false } }] },
  })).totalDocs
  for (let pass = 0; pass < 20 && (await waiting()) > 0; pass++) await payload.jobs.run({ silent: true })
  expect(await waiting()).toBe(0)
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-search-sites-'))
  // The rebuild job writes where the app server's would: SITES_DIR.
  restoreSitesDir = pointSitesDirAt(out)
  t = await startSeededPayload()
  payload = t.payload
  await buildSites(payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: buildDate() })
  cms = await serveSites(out, 'cms')
  plain = await serveSites(out, 'static')
  browser = await launchChromium()
}, 480_000)

afterAll(async () => {
  await browser?.close()
  await cms?.close()
  await plain?.close()
  await t?.close()
  restoreSitesDir?.()
  fs.rmSync(out, { recursive: true, force: true })
})

describe('searching a generated site in Chromium', () => {
  it.each([
    ['madrid', 'es', 'Celebración', 'Día Nacional'],
    ['beijing', 'zh', '国庆', '国庆'],
    ['cairo', 'ar', 'الوطني', 'اليوم الوطني'],
  ])('%s in %s: typing “%s” from a release title finds that release (served by the CMS, sandboxed); the results page is axe-clean', async (site, lang, words, heading) => {
    const page = await browser.newPage()
    try {
      const { links, status } = await searchFor(page, `${cms.origin}/sites/${site}/${lang}/search/`, words)
      expect(links.map((l) => l.href)).toContain(`${cms.origin}/sites/${site}/${releasePath(site, lang, heading)}`)
      expect(status).toContain(words)
      // Every result is a page of this site in this language.
      expect(links.every((l) => l.href.startsWith(`${cms.origin}/sites/${site}/${lang}/`))).toBe(true)
      expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0)
      // With its results on the page, it is as accessible as every other page.
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('finds it too from a plain static server, where Pagefind may use its worker', async () => {
    const page = await browser.newPage()
    try {
      const { links } = await searchFor(page, `${plain.origin}/madrid/es/search/`, 'Celebración')
      expect(links.map((l) => l.href)).toContain(`${plain.origin}/madrid/${releasePath('madrid', 'es', 'Día Nacional')}`)
      // The results link to pages that exist.
      expect((await fetch(links[0].href)).status).toBe(200)
    } finally {
      await page.close()
    }
  })

  it('says so when nothing matches, in the page’s language', async () => {
    const page = await browser.newPage()
    try {
      const { links, status } = await searchFor(page, `${cms.origin}/sites/cairo/ar/search/`, 'qwxzyk')
      expect(links).toEqual([])
      expect(await page.locator('#search-more').isVisible()).toBe(false)
      expect(status).toBe(searchMessagesFor('ar').script.none.replace('{query}', 'qwxzyk'))
    } finally {
      await page.close()
    }
  })

  it('without JavaScript the search page offers the news index and the sitemap, which exist; the form and the more-results button stay hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(`${cms.origin}/sites/madrid/es/search/`)
      expect(await page.locator('#search-query').isVisible()).toBe(false)
      // Nor the button for more results, which only a script's search can fill (a styled button kept showing while hidden).
      expect(await page.locator('#search-more').isVisible()).toBe(false)
      expect(await page.locator('#search-no-script').isVisible()).toBe(true)
      const m = searchMessagesFor('es')
      for (const [label, target] of [[m.newsIndex, '/sites/madrid/es/news/'], [m.sitemap, '/sites/madrid/es/sitemap.xml']]) {
        const href = await page.getByRole('link', { name: label }).evaluate((a) => (a as HTMLAnchorElement).href)
        expect(href).toBe(`${cms.origin}${target}`)
        expect((await fetch(href)).status).toBe(200)
      }
      // Every page reaches the search page from its header.
      await page.goto(`${cms.origin}/sites/madrid/es/contact/`)
      expect(await page.locator('.primary-nav').getByRole('link', { name: m.nav }).evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${cms.origin}/sites/madrid/es/search/`)
    } finally {
      await context.close()
    }
  })

  it('a release just published is found once its live rebuild has run; its title shows as text, never as markup', async () => {
    const { docs } = await payload.find({ collection: 'missions', where: { slug: { equals: 'madrid' } }, depth: 0, limit: 1 })
    const title = 'Zorzaleña <img src=x onerror="document.title=\'pwned\'"> & <b>negrita</b>'
    await payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: { title, slug: 'zorzalena-recien-publicada', summary: 'La zorzaleña llega a la búsqueda.', mission: docs[0].id, _status: 'published' },
    } as never)
    await runQueuedRebuilds()

    const page = await browser.newPage()
    try {
      const { links } = await searchFor(page, `${cms.origin}/sites/madrid/es/search/`, 'zorzaleña')
      const found = links.find((l) => l.href === `${cms.origin}/sites/madrid/es/news/zorzalena-recien-publicada/`)
      expect(found?.text).toBe(title)
      expect(await page.locator('#search-results img, #search-results b').count()).toBe(0)
      expect(await page.locator('#search-results mark').first().textContent()).toMatch(/^zorzaleña$/i)
      expect(await page.title()).not.toBe('pwned')
    } finally {
      await page.close()
    }
  }, 120_000)
})
