import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { absoluteUrl } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { missionSiteFixture } from '../../templates/fixtures/missionSite'
import { corpsByCountryPage, corpsPrecedencePage } from '../../templates/ministry/corps'
import { corpsFixture } from '../../templates/ministry/corpsFixture'
import { SITE_CSS } from '../../templates/styles/siteCss'
import { launchChromium } from '../support/browser'

const BASE = 'https://madrid.example.gob.ec/'
const site = (locale: 'es' | 'ar'): MissionSiteView => missionSiteFixture(locale)
const PAGES = new Map([
  [absoluteUrl(BASE, 'es/corps/precedence/'), corpsPrecedencePage({ site: site('es'), entries: corpsFixture('es') })],
  [absoluteUrl(BASE, 'ar/corps/'), corpsByCountryPage({ site: site('ar'), entries: corpsFixture('ar') })],
])

let browser: Browser
let tab: Page

beforeAll(async () => {
  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } })
  // The page at its real address, so its relative stylesheet link resolves; nothing else is fetched.
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url === `${BASE}assets/site.css`) return route.fulfill({ contentType: 'text/css', body: SITE_CSS })
    const html = PAGES.get(url)
    return html ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort()
  })
  tab = await context.newPage()
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** Whether each selector's first element is displayed, as Chromium lays the page out. */
const shown = (selectors: string[]) =>
  tab.evaluate((list) => Object.fromEntries(list.map((s) => {
    const element = document.querySelector(s) as HTMLElement | null
    return [s, Boolean(element) && element!.getClientRects().length > 0]
  })), selectors)

const CHROME = ['.primary-nav', '.language-switcher', '.site-footer', '.corps__views', '.corps__open-data']

describe('printing the accredited corps', () => {
  it.each([...PAGES.keys()])('%s prints the list alone: no navigation, switcher, view links, open-data links or footer', async (url) => {
    await tab.goto(url)
    await tab.emulateMedia({ media: 'screen' })
    // On screen they are all there: the check can fail.
    expect(Object.values(await shown(CHROME)).every(Boolean)).toBe(true)
    await tab.emulateMedia({ media: 'print' })
    expect(await shown(CHROME)).toEqual(Object.fromEntries(CHROME.map((s) => [s, false])))
    expect(await shown(['h1', '.corps section'])).toEqual({ h1: true, '.corps section': true })
  })

  it('repeats the table’s header on every printed page and never splits a row', async () => {
    await tab.goto(absoluteUrl(BASE, 'es/corps/precedence/'))
    await tab.emulateMedia({ media: 'print' })
    const style = await tab.evaluate(() => {
      const css = (s: string) => getComputedStyle(document.querySelector(s)!)
      return { thead: css('.corps-table thead').display, row: css('.corps-table tbody tr').breakInside, rows: document.querySelectorAll('.corps-table tbody tr').length }
    })
    expect(style).toEqual({ thead: 'table-header-group', row: 'avoid', rows: 4 })
    // And Chromium makes a PDF of it.
    expect((await tab.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
