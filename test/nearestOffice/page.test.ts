import { createRequire } from 'node:module'

import type { Browser, BrowserContext } from 'playwright-core'
import { HtmlValidate } from 'html-validate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { planOfficeAssets } from '../../src/build/planOffices'
import { nearestOfficeView } from '../../src/content/officesView'
import { nearestOfficePaths } from '../../src/content/officesViewPaths'
import { greatCircleKm } from '../../src/geo/greatCircle'
import { nearestOfficePage, SITE_CSS } from '../../templates'
import { missionSiteFixture } from '../../templates/fixtures/missionSite'
import { launchChromium } from '../support/browser'
import { officesNetwork } from './network'

const BASE = 'https://madrid.example.gob.ec/'
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'long-title': 'off' } })
const raw = officesNetwork()
const page = (locale: 'es' | 'en' | 'ar') => nearestOfficePage({ site: missionSiteFixture(locale), offices: nearestOfficeView(raw, locale) })
const files: Record<string, string> = {
  ...Object.fromEntries(planOfficeAssets(raw).map((f) => [f.path, String(f.contents)])),
  'assets/site.css': SITE_CSS,
  'es/nearest-office/index.html': page('es'),
  'en/nearest-office/index.html': page('en'),
  'ar/nearest-office/index.html': page('ar'),
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function serve(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options)
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (!url.startsWith(BASE)) return route.abort()
    const rel = url.slice(BASE.length)
    const body = files[rel.endsWith('/') ? `${rel}index.html` : rel]
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' })
    const type = rel.endsWith('.js') ? 'text/javascript' : rel.endsWith('.json') ? 'application/json' : rel.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8'
    return route.fulfill({ contentType: type, body })
  })
  return context
}

const nearest = (tab: import('playwright-core').Page) =>
  tab.$$eval('[data-nearest]', (items) => items.map((i) => ({ id: i.getAttribute('data-nearest'), distance: i.querySelector('.distance')!.textContent })))

describe('the nearest-office page', () => {
  it('is valid HTML in Spanish, English and Arabic', async () => {
    for (const locale of ['es', 'en', 'ar'] as const) {
      const report = await validator.validateString(page(locale))
      expect(report.results.flatMap((r) => r.messages.map((m) => `${locale} ${m.ruleId} ${m.message}`))).toEqual([])
    }
  })

  it('without JavaScript lists every open office by country, each linking to its mission’s contact page', async () => {
    const context = await serve({ javaScriptEnabled: false })
    const tab = await context.newPage()
    await tab.goto(`${BASE}en/nearest-office/`)
    const outline = await tab.$$eval('[data-country]', (sections) => sections.map((s) => ({
      country: s.querySelector('h3')!.textContent,
      offices: [...s.querySelectorAll('[data-office] a')].map((a) => [a.textContent, (a as HTMLAnchorElement).href]),
    })))
    expect(outline).toEqual([
      { country: 'Australia', offices: [['Consulado en Sídney', 'https://sydney.example/en/contact/']] },
      { country: 'Ecuador', offices: [['Oficina de Quito', 'https://quito.example/en/contact/']] },
      // Its site serves Arabic and Spanish, Arabic first: its name and contact page in its own default language.
      { country: 'Egypt', offices: [['السفارة في القاهرة', 'https://cairo.example/ar/contact/']] },
      { country: 'Spain', offices: [
        ['Consulado en Barcelona', 'https://barcelona.example/en/contact/'],
        ['Madrid chancery', 'https://madrid.example/en/contact/'],
        ['Oficina sin coordenadas', 'https://madrid.example/en/contact/'],
      ] },
      { country: 'United States', offices: [['Consulado en Los Ángeles', 'https://los-angeles.example/en/contact/']] },
    ])
    expect(await tab.$('#nearest-office-city')).toBeNull()
    await context.close()
  }, 60_000)

  it('with the browser’s location (fixed near Valencia), lists the nearest offices first with their great-circle distance', async () => {
    const valencia = { latitude: 39.4699, longitude: -0.3763 }
    const context = await serve({ geolocation: valencia, permissions: ['geolocation'], locale: 'es-ES' })
    const tab = await context.newPage()
    await tab.goto(`${BASE}es/nearest-office/`)
    await tab.getByRole('button', { name: 'Usar mi ubicación' }).click()
    await tab.waitForSelector('[data-nearest]')
    expect(await tab.getByRole('status').textContent()).toBe('Oficinas más cercanas a su ubicación')
    const shown = await nearest(tab)
    expect(shown.map((s) => s.id)).toEqual(['madrid/madrid-office', 'barcelona/barcelona-office', 'cairo/cairo-office', 'quito/quito-office', 'los-angeles/los-angeles-office'])
    const km = Math.round(greatCircleKm(valencia, { latitude: 40.4168, longitude: -3.7038 }))
    expect(shown[0].distance).toBe(`${km} km`)
    await context.close()
  }, 60_000)

  it('from Sydney, the Sydney consulate comes first and Los Angeles second', async () => {
    const context = await serve({ geolocation: { latitude: -33.87, longitude: 151.21 }, permissions: ['geolocation'] })
    const tab = await context.newPage()
    await tab.goto(`${BASE}en/nearest-office/`)
    await tab.getByRole('button', { name: 'Use my location' }).click()
    await tab.waitForSelector('[data-nearest]')
    const shown = await nearest(tab)
    expect(shown.slice(0, 2).map((s) => s.id)).toEqual(['sydney/sydney-office', 'los-angeles/los-angeles-office'])
    expect(shown[1].distance).toBe(`${new Intl.NumberFormat('en').format(Math.round(greatCircleKm({ latitude: -33.87, longitude: 151.21 }, { latitude: 34.0522, longitude: -118.2437 })))} km`)
    await context.close()
  }, 60_000)

  it('says so when the location is refused, and a typed city works instead', async () => {
    const context = await serve({ permissions: [] })
    const tab = await context.newPage()
    await tab.goto(`${BASE}es/nearest-office/`)
    await tab.getByRole('button', { name: 'Usar mi ubicación' }).click()
    await expect.poll(() => tab.getByRole('status').textContent()).toBe('No se pudo usar su ubicación. Escriba su ciudad.')
    await tab.getByLabel('Su ciudad').fill('guayaquil')
    await tab.getByRole('button', { name: 'Buscar' }).click()
    await expect.poll(() => tab.getByRole('status').textContent()).toBe('Oficinas más cercanas a Guayaquil (Ecuador)')
    expect((await nearest(tab))[0].id).toBe('quito/quito-office')
    await context.close()
  }, 60_000)

  it('finds a typed city without accents or case, narrows a shared name by country, and finds the network’s own names', async () => {
    const context = await serve()
    const tab = await context.newPage()
    await tab.goto(`${BASE}ar/nearest-office/`)
    const search = async (city: string) => {
      await tab.locator('#nearest-office-city').fill(city)
      await tab.locator('[role=status]').evaluate((status) => { status.textContent = '' })
      await tab.locator('#nearest-office form button[type=submit]').click()
      await tab.waitForFunction(() => document.querySelector('[role=status]')!.textContent !== '')
      return { status: await tab.locator('[role=status]').textContent(), first: (await nearest(tab))[0]?.id }
    }
    expect(await search('القاهرة')).toMatchObject({ first: 'cairo/cairo-office' })
    // Valencia (Spain) is 302 km from Madrid and 303 km from Barcelona; Valencia (Venezuela) is nearest Quito.
    expect(await search('Valencia, ES')).toEqual({ status: `أقرب المكاتب إلى Valencia (${new Intl.DisplayNames(['ar'], { type: 'region' }).of('ES')})`, first: 'madrid/madrid-office' })
    expect((await search('valencia, venezuela')).first).toBe('quito/quito-office')
    expect((await search('LOS ANGELES')).first).toBe('los-angeles/los-angeles-office')
    const missing = await search('Ciudadinexistente')
    expect(missing.status).toContain('Ciudadinexistente')
    expect(await tab.$eval('.nearest-office__results', (ol) => (ol as HTMLElement).hidden)).toBe(true)
    await context.close()
  }, 60_000)

  it.each([390, 1280])('in Arabic at %i px: right to left, no sideways scrolling, no WCAG 2.1 A/AA violations once results show', async (width) => {
    const context = await serve({ geolocation: { latitude: 30.0444, longitude: 31.2357 }, permissions: ['geolocation'] })
    await context.addInitScript({ path: AXE_PATH })
    const tab = await context.newPage()
    await tab.setViewportSize({ width, height: 900 })
    await tab.goto(`${BASE}ar/nearest-office/`)
    await tab.locator('#nearest-office button[type=button]').click()
    await tab.waitForSelector('[data-nearest]')
    expect(await tab.evaluate(() => document.documentElement.dir)).toBe('rtl')
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    const box = async (selector: string) => (await tab.locator(selector).first().boundingBox())!
    const input = await box('#nearest-office-city')
    expect(input.x + input.width).toBeLessThanOrEqual(width)
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
      return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
    await context.close()
  }, 60_000)
})

describe('the files every site carries', () => {
  it('are the offices JSON, the gazetteer and both scripts, at the paths the pages link to', () => {
    expect(planOfficeAssets(raw).map((f) => f.path).sort()).toEqual([nearestOfficePaths.cities, nearestOfficePaths.offices, nearestOfficePaths.hoursScript, nearestOfficePaths.script].sort())
    expect(page('es')).toContain(`data-offices="../../${nearestOfficePaths.offices}"`)
    expect(page('es')).toContain(`data-cities="../../${nearestOfficePaths.cities}"`)
    expect(page('es')).toMatch(/<script src="\.\.\/\.\.\/assets\/nearest-office\.js" defer><\/script>/)
  })
})
