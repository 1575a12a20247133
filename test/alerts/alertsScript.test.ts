import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { alertPaths } from '../../src/alerts/alertPaths'
import { absoluteUrl, sitePaths } from '../../src/content/sitePaths'
import type { AlertView } from '../../src/content/viewModels'
import { alertsFile } from '../../templates/alerts/alertsFile'
import { ALERTS_SCRIPT } from '../../templates/alerts/alertsScript'
import { contactPage, homePage, newsIndexPage, servicePage } from '../../templates'
import { FIXTURE_TODAY, missionSiteFixture } from '../../templates/fixtures/missionSite'
import { SITE_CSS } from '../../templates/styles/siteCss'
import { launchChromium } from '../support/browser'

const BASE = 'https://madrid.example.gob.ec/'
const HOUR = 3_600_000

// Windows around the moment the test runs, whatever its hour: one in force, one over, one still to come.
const at = (offset: number) => new Date(Date.now() + offset).toISOString()
const alert = (id: string, severity: AlertView['severity'], title: string, startsAt: string, expiresAt: string): AlertView =>
  ({ id, severity, title, text: `${title} — <b>no markup</b>`, startsAt, expiresAt, updatedAt: startsAt })
const IN_FORCE = alert('a0000000-0000-4000-8000-000000000001', 'critical', 'Terremoto en la costa <script>', at(-HOUR), at(HOUR))
const OVER = alert('a0000000-0000-4000-8000-000000000002', 'warning', 'Huelga ya terminada', at(-2 * HOUR), at(-HOUR))
const LATER = alert('a0000000-0000-4000-8000-000000000003', 'information', 'Elecciones la semana próxima', at(HOUR), at(2 * HOUR))

const es = missionSiteFixture('es')
const en = missionSiteFixture('en')
const service = es.services[0]
const pages = new Map<string, string>([
  [sitePaths.home('es'), homePage({ site: { ...es, alerts: [] }, today: FIXTURE_TODAY })],
  // A home page written while an alert that has since expired was in force.
  [sitePaths.home('en'), homePage({ site: { ...en, alerts: [{ ...OVER, title: 'Strike now over' }] }, today: FIXTURE_TODAY })],
  [sitePaths.contact('es'), contactPage({ site: { ...es, alerts: [IN_FORCE] } })],
  [sitePaths.news('es'), newsIndexPage({ site: es })],
  [sitePaths.service('es', service.slug), servicePage({ site: es, service })],
])
const file = alertsFile({ es: [IN_FORCE, OVER, LATER], en: [{ ...IN_FORCE, title: 'Earthquake on the coast' }, { ...OVER, title: 'Strike now over' }] })

let browser: Browser

async function contextWith(javaScriptEnabled: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled })
  // The site as a static host serves it, from memory; nothing else is reachable.
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url === absoluteUrl(BASE, alertPaths.file)) return route.fulfill({ contentType: 'application/json', body: file })
    if (url === absoluteUrl(BASE, alertPaths.script)) return route.fulfill({ contentType: 'text/javascript', body: ALERTS_SCRIPT })
    if (url === absoluteUrl(BASE, `${sitePaths.assets}site.css`)) return route.fulfill({ contentType: 'text/css', body: SITE_CSS })
    const page = [...pages].find(([p]) => absoluteUrl(BASE, p) === url)
    return page ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: page[1] }) : route.abort()
  })
  return context
}

beforeAll(async () => {
  browser = await launchChromium()
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

const shown = (context: BrowserContext, path: string) => context.newPage().then(async (tab) => {
  await tab.goto(absoluteUrl(BASE, path))
  await tab.waitForLoadState('networkidle')
  const result = await tab.evaluate(() => {
    const region = document.querySelector('[data-alerts]') as HTMLElement
    return { hidden: region.hidden, items: Array.from(region.querySelectorAll('.alert')).map((n) => ({ id: n.id, role: n.getAttribute('role'), text: (n as HTMLElement).innerText })) }
  })
  await tab.close()
  return result
})

describe('the alerts script (Chromium)', () => {
  let context: BrowserContext
  beforeAll(async () => {
    context = await contextWith(true)
  })
  afterAll(async () => context?.close())

  it.each([sitePaths.news('es'), sitePaths.service('es', service.slug), sitePaths.home('es')])('shows the alert in force on %s, written before it, and neither the expired one nor the one still to come', async (path) => {
    const { hidden, items } = await shown(context, path)
    expect(hidden).toBe(false)
    expect(items.map((i) => i.id)).toEqual([`alert-${IN_FORCE.id}`])
    expect(items[0].role).toBe('alert')
    // Text, never markup: the title's <script> is shown as written.
    expect(items[0].text).toContain('Alerta crítica: Terremoto en la costa <script>')
    expect(items[0].text).toContain('<b>no markup</b>')
  })

  it('takes down an alert a cached page still carries once the file no longer has it in force', async () => {
    const { hidden, items } = await shown(context, sitePaths.home('en'))
    expect(items.map((i) => i.id)).toEqual([`alert-${IN_FORCE.id}`])
    expect(items[0].text).toContain('Critical alert: Earthquake on the coast')
    expect(hidden).toBe(false)
  })

  it('leaves a page’s own alerts as written when the file agrees (a critical alert is not announced twice)', async () => {
    const removals = async (path: string) => {
      const tab = await context.newPage()
      await tab.addInitScript(() => {
        const w = window as unknown as { removedAlerts: number }
        w.removedAlerts = 0
        new MutationObserver((records) => records.forEach((r) => r.removedNodes.forEach((n) => {
          if (n instanceof HTMLElement && n.classList.contains('alert')) w.removedAlerts++
        }))).observe(document, { subtree: true, childList: true })
      })
      await tab.goto(absoluteUrl(BASE, path))
      await tab.waitForLoadState('networkidle')
      const removed = await tab.evaluate(() => (window as unknown as { removedAlerts: number }).removedAlerts)
      await tab.close()
      return removed
    }
    expect(await removals(sitePaths.contact('es'))).toBe(0)
    // The same observer sees the script replace a page's alerts when they differ.
    expect(await removals(sitePaths.home('en'))).toBe(1)
  })
})

describe('without JavaScript', () => {
  let context: BrowserContext
  beforeAll(async () => {
    context = await contextWith(false)
  })
  afterAll(async () => context?.close())

  it('the contact page shows the alert in force from its HTML', async () => {
    const { hidden, items } = await shown(context, sitePaths.contact('es'))
    expect(hidden).toBe(false)
    expect(items.map((i) => i.id)).toEqual([`alert-${IN_FORCE.id}`])
  })

  it('other pages keep the region empty and hidden, and show the emergency number in the header', async () => {
    expect(await shown(context, sitePaths.news('es'))).toEqual({ hidden: true, items: [] })
    const tab = await context.newPage()
    await tab.goto(absoluteUrl(BASE, sitePaths.news('es')))
    expect(await tab.locator('.site-header__emergency a[href="tel:+34600000111"]').count()).toBe(1)
    await tab.close()
  })
})
