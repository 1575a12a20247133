import type { Browser, BrowserContext } from 'playwright-core'
import { HtmlValidate } from 'html-validate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nearestOfficePaths } from '../../src/content/officesViewPaths'
import { homePage, OPENING_HOURS_SCRIPT, SITE_CSS } from '../../templates'
import { hoursAt } from '../../templates/components/todaysHours'
import { missionSiteFixture } from '../../templates/fixtures/missionSite'
import { launchChromium } from '../support/browser'

const BASE = 'https://madrid.example.gob.ec/'
const BUILT = '2024-03-01'
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'long-title': 'off' } })

function siteIn(timeZone: string | null, locale: 'es' | 'en' | 'ar' = 'es') {
  const site = missionSiteFixture(locale)
  return { ...site, mission: { ...site.mission, timeZone } }
}

describe("the home page's hours panel, as written", () => {
  it('is valid HTML with and without a time zone, in every fixture language', async () => {
    for (const locale of ['es', 'en', 'ar'] as const) {
      for (const zone of ['Australia/Brisbane', null]) {
        const report = await validator.validateString(homePage({ site: siteIn(zone, locale), today: BUILT }))
        expect(report.results.flatMap((r) => r.messages.map((m) => `${locale} ${zone} ${m.ruleId} ${m.message}`))).toEqual([])
      }
    }
  })

  it('without a time zone carries the week only and loads no script', () => {
    const page = homePage({ site: siteIn(null), today: BUILT })
    expect(page).not.toContain('data-day=')
    expect(page).not.toContain('opening-hours.js')
    expect(page).toContain('<table class="hours">')
  })
})

describe("the home page's hours panel in Chromium, with a fixed clock", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const serve = async (pages: Record<string, string>, javaScriptEnabled = true): Promise<BrowserContext> => {
    const context = await browser.newContext({ javaScriptEnabled })
    const files: Record<string, string> = { ...pages, [nearestOfficePaths.hoursScript]: OPENING_HOURS_SCRIPT, 'assets/site.css': SITE_CSS }
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (!url.startsWith(BASE)) return route.abort()
      const rel = url.slice(BASE.length)
      const body = files[rel.endsWith('/') ? `${rel}index.html` : rel]
      if (body === undefined) return route.fulfill({ status: 404, body: 'not found' })
      return route.fulfill({ contentType: rel.endsWith('.js') ? 'text/javascript' : rel.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8', body })
    })
    return context
  }

  /** What the panel shows: its heading, the date it names, and the text of the blocks not hidden. */
  const panelAt = async (zone: string, instant: string, locale: 'es' | 'en' | 'ar' = 'es') => {
    const context = await serve({ [`${locale}/index.html`]: homePage({ site: siteIn(zone, locale), today: BUILT }) })
    const tab = await context.newPage()
    await tab.clock.setFixedTime(new Date(instant))
    await tab.goto(`${BASE}${locale}/`)
    const shown = await tab.$eval('[data-opening-today]', (panel) => ({
      heading: panel.querySelector('h2')!.textContent,
      date: panel.getAttribute('data-shown-date'),
      datetime: panel.querySelector('[data-today-date] time')!.getAttribute('datetime'),
      visible: [...panel.querySelectorAll('[data-day], [data-closure], [data-week]')].filter((b) => !(b as HTMLElement).hidden).map((b) => (b as HTMLElement).innerText.trim()),
      times: [...panel.querySelectorAll('[data-day], [data-closure]')].filter((b) => !(b as HTMLElement).hidden).flatMap((b) => [...b.querySelectorAll('time')].map((t) => t.textContent)),
    }))
    await context.close()
    return shown
  }

  const office = missionSiteFixture('es').mission.offices[0]
  const CASES = [
    ['Australia/Brisbane', '2024-03-14T13:59:59Z'],
    ['Australia/Brisbane', '2024-03-14T14:00:00Z'],
    ['Australia/Brisbane', '2024-03-16T15:00:00Z'],
    ['Australia/Brisbane', '2024-08-09T14:30:00Z'],
    ['America/Los_Angeles', '2024-12-25T07:59:59Z'],
    ['America/Los_Angeles', '2024-12-25T08:00:00Z'],
    ['America/Los_Angeles', '2024-12-26T07:30:00Z'],
  ] as const

  it.each(CASES)('in %s at %s shows the day the pure function gives', async (zone, instant) => {
    const expected = hoursAt(office, new Date(instant), zone)
    const shown = await panelAt(zone, instant)
    expect(shown.heading).toBe('Horario de hoy')
    expect(shown.date).toBe(expected.date)
    expect(shown.datetime).toBe(expected.date)
    expect(shown.visible).toHaveLength(1)
    if (expected.state === 'open') expect(shown.times).toEqual(expected.periods.flatMap((p) => [p.opens, p.closes]))
    else if (expected.state === 'closed') expect(shown.visible[0]).toContain('Hoy la oficina está cerrada')
    else expect(shown.visible[0]).toBe('Hoy no hay atención al público')
  }, 60_000)

  it('names the day in the page language (Arabic), with the right date', async () => {
    const shown = await panelAt('America/Los_Angeles', '2024-12-25T07:59:59Z', 'ar')
    expect(shown.datetime).toBe('2024-12-24')
    expect(shown.visible).toHaveLength(1)
  }, 60_000)

  it('without JavaScript shows the whole week and the closures to come', async () => {
    const context = await serve({ 'es/index.html': homePage({ site: siteIn('Australia/Brisbane'), today: BUILT }) }, false)
    const tab = await context.newPage()
    await tab.goto(`${BASE}es/`)
    expect(await tab.isVisible('[data-opening-today] table.hours')).toBe(true)
    expect(await tab.$$eval('[data-day]:not([hidden]), [data-closure]:not([hidden])', (b) => b.length)).toBe(0)
    expect(await tab.$eval('[data-opening-today] h2', (h) => h.textContent)).toBe('Horario de atención')
    expect(await tab.$$eval('[data-week] li time', (t) => t.map((x) => x.getAttribute('datetime')))).toEqual(['2024-08-10', '2024-12-25'])
    await context.close()
  }, 60_000)
})
