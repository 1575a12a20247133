import { createRequire } from 'node:module'

import { parse } from 'csv-parse/sync'
import { HtmlValidate } from 'html-validate'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../../src/config/locales'
import { planMinistrySite } from '../../src/build/planMinistrySite'
import { loadNetwork } from '../../src/content/loadNetwork'
import { absoluteUrl } from '../../src/content/sitePaths'
import { PLATFORMS } from '../../src/seed/data/platforms'
import { platformDocument } from '../../src/seed/steps/platforms'
import { checkCountryCode } from '../../src/validation/iso'
import { launchChromium } from '../support/browser'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission, officeData } from '../collections/helpers/missions'

const BASE = 'https://www.cancilleria.example.gob.ec/'
const HOSTILE_BODY = '=HYPERLINK("http://evil.example","clic")'
const HOSTILE_TITLE = '<script>alert(1)</script> "Prensa" & más'
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let t: TestPayload
let files: Map<string, string>
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'long-title': 'off' } })

/**
 * A network built through the Local API, so every account passed the atlas's rules and was
 * normalised on save; then loaded as the public reader and planned in memory.
 */
beforeAll(async () => {
  t = await startTestPayload()
  const { payload } = t
  await payload.updateGlobal({ slug: 'ministry', data: { name: 'Ministerio de Relaciones Exteriores', shortName: 'Cancillería', baseUrl: BASE } as never })
  const platform: Record<string, string> = {}
  for (const seed of PLATFORMS) platform[seed.slug] = (await payload.create({ collection: 'social-platforms', data: platformDocument(seed) as never })).id
  const madrid = await createMission(payload, 'madrid', { name: 'Embajada en España', city: 'Madrid' })
  const barcelona = await createMission(payload, 'barcelona', { name: 'Consulado General en Barcelona', type: 'consulate-general', city: 'Barcelona', siteLocales: ['es'] })
  const cairo = await createMission(payload, 'cairo', {
    name: 'Embajada en Egipto', hostCountry: 'EG', city: 'El Cairo', siteLocales: ['ar', 'en'], defaultLocale: 'ar', jurisdiction: [{ country: 'EG' }],
    offices: [officeData({ address: { street: '9 Rue Abdel Rahman', city: 'Cairo', country: 'EG' }, latitude: 30.05, longitude: 31.23, email: 'cairo@example.gob.ec' })],
  })
  await createMission(payload, 'paris', { name: 'Embajada en Francia', hostCountry: 'FR', city: 'París', jurisdiction: [{ country: 'FR' }] })
  const account = (data: Record<string, unknown>) => payload.create({ collection: 'social-accounts', data: data as never, depth: 0 })
  await account({ ownerType: 'mission', mission: madrid.id, platform: platform.x, url: 'https://twitter.com/#!/EcuadorEnEspana' })
  await account({ ownerType: 'mission', mission: madrid.id, platform: platform.facebook, url: 'https://m.facebook.com/EcuadorEnEspana?ref=bookmarks' })
  await account({ ownerType: 'mission', mission: madrid.id, platform: platform.instagram, url: '@ecuadorenespana' })
  await account({ ownerType: 'mission', mission: barcelona.id, platform: platform.x, handle: 'ConsEcuBcn' })
  await account({ ownerType: 'mission', mission: cairo.id, platform: platform.x, url: 'x.com/EcuadorEnEgipto', language: 'ar' })
  await account({ ownerType: 'mission', mission: cairo.id, platform: platform.facebook, url: 'https://www.facebook.com/profile.php?id=100064123456789' })
  await account({ ownerType: 'ministry', platform: platform.x, url: 'https://x.com/CancilleriaEc' })
  await account({ ownerType: 'ministry', platform: platform.x, url: 'https://x.com/CancilleriaEcEN', title: HOSTILE_TITLE, language: 'en' })
  await account({ ownerType: 'ministry', platform: platform.mastodon, url: '@prensa@social.cancilleria.example' })
  await account({ ownerType: 'related-body', relatedBody: HOSTILE_BODY, platform: platform.x, url: 'https://x.com/AcademiaDiplEc' })

  const plan = planMinistrySite(await loadNetwork(payload), { baseUrl: BASE })
  files = new Map(plan.files.map((f) => [f.path, String(f.contents)]))
}, 120_000)
afterAll(async () => {
  await t?.close()
})

const atlasPages = () => [...files.keys()].filter((p) => /^[a-z]{2}\/atlas\//.test(p))

describe('the atlas pages', () => {
  it('exist in every language: the whole atlas and one page per platform in use, none for platforms nobody uses', () => {
    for (const locale of LOCALE_CODES) {
      for (const page of ['atlas/index.html', 'atlas/x/index.html', 'atlas/facebook/index.html', 'atlas/instagram/index.html', 'atlas/mastodon/index.html']) {
        expect(files.has(`${locale}/${page}`), `${locale}/${page}`).toBe(true)
      }
      expect(files.has(`${locale}/atlas/tiktok/index.html`)).toBe(false)
    }
    expect(atlasPages()).toHaveLength(LOCALE_CODES.length * 5)
  })

  it('are valid HTML (html-validate:recommended), every one of them', async () => {
    for (const page of atlasPages()) {
      const report = await validator.validateString(files.get(page)!)
      expect(report.results.flatMap((r) => r.messages.map((m) => `${page} ${m.ruleId} ${m.line}:${m.column} ${m.message}`))).toEqual([])
    }
  })

  it('write Arabic right to left, and escape what editors typed', () => {
    expect(files.get('ar/atlas/index.html')).toMatch(/<html lang="ar" dir="rtl">/)
    expect(files.get('es/atlas/index.html')).toMatch(/<html lang="es" dir="ltr">/)
    for (const page of atlasPages()) expect(files.get(page)).not.toContain('<script>alert(1)')
    expect(files.get('es/atlas/index.html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('are linked from the navigation of every ministry page and listed in the sitemaps', () => {
    expect(files.get('es/index.html')).toContain('<li><a href="../es/atlas/">Atlas de redes</a></li>')
    expect(files.get('en/feeds/index.html')).toContain('<li><a href="../../en/atlas/">Social atlas</a></li>')
    expect(files.get('ar/news/index.html')).toContain('<li><a href="../../ar/atlas/">أطلس التواصل</a></li>')
    expect(files.get('es/atlas/facebook/index.html')).toContain('<li><a href="../../../es/atlas/" aria-current="page">Atlas de redes</a></li>')
    expect(files.get('es/sitemap.xml')).toContain(absoluteUrl(BASE, 'es/atlas/facebook/'))
  })
})

describe('the atlas without JavaScript, in Chromium', () => {
  let browser: Browser
  const serve = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled })
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (!url.startsWith(BASE)) return route.abort()
      const rel = url.slice(BASE.length)
      const body = files.get(rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel)
      if (body === undefined) return route.fulfill({ status: 404, body: 'not found' })
      const type = rel.endsWith('.css') ? 'text/css' : rel.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8'
      return route.fulfill({ contentType: type, body })
    })
    return context
  }
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists country → mission → accounts, and filters by platform through plain links', async () => {
    const context = await serve(false)
    const tab = await context.newPage()
    await tab.goto(`${BASE}es/atlas/`)
    const outline = () => tab.$$eval('[data-atlas-country]', (sections) => sections.map((s) => ({
      country: s.querySelector('h3')!.textContent,
      missions: [...s.querySelectorAll('[data-atlas-mission]')].map((m) => ({
        name: m.querySelector('p a')!.textContent,
        accounts: [...m.querySelectorAll('.account-list a')].map((a) => (a as HTMLAnchorElement).href),
      })),
    })))
    expect(await outline()).toEqual([
      { country: 'Egipto', missions: [{ name: 'Embajada en Egipto', accounts: ['https://www.facebook.com/profile.php?id=100064123456789', 'https://x.com/EcuadorEnEgipto'] }] },
      { country: 'España', missions: [
        { name: 'Consulado General en Barcelona', accounts: ['https://x.com/ConsEcuBcn'] },
        { name: 'Embajada en España', accounts: ['https://www.facebook.com/EcuadorEnEspana', 'https://www.instagram.com/ecuadorenespana/', 'https://x.com/EcuadorEnEspana'] },
      ] },
      { country: 'Francia', missions: [{ name: 'Embajada en Francia', accounts: [] }] },
    ])
    // No script ran: no search box was added.
    expect(await tab.$('#atlas-search')).toBeNull()

    await tab.locator('.atlas-filter').getByRole('link', { name: /^Facebook/ }).click()
    expect(tab.url()).toBe(`${BASE}es/atlas/facebook/`)
    expect(await tab.title()).toMatch(/^Atlas de redes sociales: Facebook/)
    expect(await outline()).toEqual([
      { country: 'Egipto', missions: [{ name: 'Embajada en Egipto', accounts: ['https://www.facebook.com/profile.php?id=100064123456789'] }] },
      { country: 'España', missions: [{ name: 'Embajada en España', accounts: ['https://www.facebook.com/EcuadorEnEspana'] }] },
    ])
    expect(await tab.$eval('.atlas-filter [aria-current="page"]', (a) => a.textContent)).toBe('Facebook (2)')
    await tab.locator('.atlas-filter').getByRole('link', { name: 'Todas las plataformas' }).click()
    expect(tab.url()).toBe(`${BASE}es/atlas/`)
    await context.close()
  }, 60_000)

  it('with JavaScript, adds a search box that narrows the list and says how many missions remain', async () => {
    const context = await serve(true)
    const tab = await context.newPage()
    await tab.goto(`${BASE}es/atlas/`)
    await tab.getByLabel('Buscar misión, ciudad o país').fill('egipto')
    const visible = await tab.$$eval('[data-atlas-mission]', (ms) => ms.filter((m) => !(m as HTMLElement).closest('[hidden]')).map((m) => m.querySelector('p a')!.textContent))
    expect(visible).toEqual(['Embajada en Egipto'])
    expect(await tab.getByRole('status').textContent()).toBe('Misiones mostradas: 1')
    await tab.getByLabel('Buscar misión, ciudad o país').fill('ConsEcuBcn')
    expect(await tab.getByRole('status').textContent()).toBe('Misiones mostradas: 1')
    await tab.getByLabel('Buscar misión, ciudad o país').fill('')
    expect(await tab.$$eval('[data-atlas-mission]:not([hidden])', (ms) => ms.length)).toBe(4)
    await context.close()
  }, 60_000)

  it('fits a phone screen: no sideways scrolling at 375 px, in Spanish or Arabic', async () => {
    const context = await serve(false)
    const tab = await context.newPage()
    await tab.setViewportSize({ width: 375, height: 740 })
    for (const page of ['es/atlas/', 'ar/atlas/x/']) {
      await tab.goto(`${BASE}${page}`)
      expect(await tab.evaluate(() => document.documentElement.scrollWidth), page).toBeLessThanOrEqual(375)
    }
    await context.close()
  }, 60_000)

  it.each(['es/atlas/', 'ar/atlas/', 'en/atlas/facebook/', 'zh/atlas/mastodon/'])('%s has no WCAG 2.1 A/AA violations (axe-core)', async (page) => {
    const context = await serve(true)
    await context.addInitScript({ path: AXE_PATH })
    const tab = await context.newPage()
    await tab.goto(`${BASE}${page}`)
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
      return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
    await context.close()
  }, 60_000)
})

describe('the open data', () => {
  it('atlas.json lists every account once, with ISO country codes and each record’s last change', async () => {
    const atlas = JSON.parse(files.get('data/atlas.json')!)
    const stored = await t.payload.find({ collection: 'social-accounts', pagination: false, depth: 0 })
    expect(atlas.accounts).toHaveLength(stored.totalDocs)
    expect(atlas.modified).toBe(stored.docs.map((d) => d.updatedAt).sort().at(-1))
    for (const record of atlas.accounts) {
      const doc = stored.docs.find((d) => d.id === record.id)!
      expect(record).toMatchObject({ url: doc.url, lastModified: doc.updatedAt })
      if (record.ownerType === 'mission') expect(checkCountryCode(record.country)).toBe(true)
      else expect(record.country).toBeNull()
    }
    expect(atlas.accounts.find((r: { owner: string }) => r.owner === HOSTILE_BODY)).toMatchObject({ ownerType: 'related-body', url: 'https://x.com/AcademiaDiplEc', wikidataProperty: 'P2002' })
    expect(atlas.accounts.find((r: { mission: string; platform: string }) => r.mission === 'cairo' && r.platform === 'x')).toMatchObject({ country: 'EG', handle: '@EcuadorEnEgipto', language: 'ar', owner: 'Embajada en Egipto' })
  })

  it('atlas.csv holds the same records, quoted as RFC 4180 says, with formula-like cells defused', () => {
    const atlas = JSON.parse(files.get('data/atlas.json')!)
    const rows = parse(files.get('data/atlas.csv')!, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[]
    expect(rows).toHaveLength(atlas.accounts.length)
    rows.forEach((row, i) => {
      const json = atlas.accounts[i]
      const expected = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v === null ? '' : /^[=+\-@]/.test(String(v)) && !/^-?\d/.test(String(v)) ? `'${v}` : String(v)]))
      expect(row).toEqual(expected)
    })
    expect(rows.find((r) => r.ownerType === 'related-body')!.owner).toBe(`'${HOSTILE_BODY}`)
    expect(rows.find((r) => r.title.startsWith('<script>'))!.title).toBe(HOSTILE_TITLE)
  })

  it('missions.json and missions.csv carry the directory: ISO codes, addresses, languages and each mission’s last change', async () => {
    const missions = JSON.parse(files.get('data/missions.json')!)
    const stored = await t.payload.find({ collection: 'missions', pagination: false, depth: 0 })
    expect(missions.missions.map((m: { slug: string }) => m.slug)).toEqual(['cairo', 'barcelona', 'madrid', 'paris'])
    for (const m of missions.missions) {
      expect(checkCountryCode(m.country)).toBe(true)
      expect(m.lastModified).toBe(stored.docs.find((d) => d.slug === m.slug)!.updatedAt)
    }
    expect(missions.missions[0]).toMatchObject({
      country: 'EG', defaultLanguage: 'ar', languages: ['ar', 'en'], website: 'https://cairo.example.gob.ec/ar/', email: 'cairo@example.gob.ec',
      latitude: 30.05, longitude: 31.23, accounts: 2, jurisdiction: ['EG'],
    })
    const rows = parse(files.get('data/missions.csv')!, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.slug)).toEqual(['cairo', 'barcelona', 'madrid', 'paris'])
    expect(rows[0]).toMatchObject({ country: 'EG', languages: 'ar en', latitude: '30.05', longitude: '31.23', accounts: '2', sampleData: 'false' })
    expect(rows.find((r) => r.slug === 'madrid')!.longitude).toBe('-3.6823')
  })
})
