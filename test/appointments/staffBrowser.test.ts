import { createRequire } from 'node:module'
import fs from 'node:fs'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BookedAppointment } from '../../src/appointments/bookingStore'
import { availability } from '../../src/appointments/slots'
import { launchChromium, signedInContext } from '../support/browser'
import { startNextServer, type RunningServer } from '../support/nextServer'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { bookAt, buildStaffFixture, tenDaysAgoAtMidnight } from './staffFixture'

// Limits, not waits: room for next dev (CHANCERY_TEST_SERVER=dev), which compiles the admin on first visit. One server for the file.
const SLOW = 240_000
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let db: TestPayload
let server: RunningServer
let browser: Browser
let fx: Awaited<ReturnType<typeof buildStaffFixture>>
let day: string
let past: BookedAppointment
let later: BookedAppointment
let cairo: BookedAppointment

beforeAll(async () => {
  db = await startTestPayload()
  fx = await buildStaffFixture(db.payload)
  // One local day ten days back: two appointments that have started by now. And one today or later,
  // booked on the same list's office, that has not.
  const tenDaysAgo = tenDaysAgoAtMidnight()
  const first = availability(fx.madrid.rules, tenDaysAgo, new Map())[0]!
  day = first.date
  past = await bookAt(db.payload, fx.madrid.rules, tenDaysAgo, 0, first.slots[0]!.start)
  await bookAt(db.payload, fx.madrid.rules, tenDaysAgo, 0, first.slots[1]!.start)
  later = await bookAt(db.payload, fx.madrid.rules, new Date(), 0)
  cairo = await bookAt(db.payload, fx.cairo.rules, tenDaysAgo, 0)
  await db.payload.destroy()
  server = await startNextServer({ databaseUrl: db.databaseUrl, dataDir: db.dataDir })
  browser = await launchChromium()
  // The first visit renders the admin (and under next dev compiles it, minutes on a loaded machine): spent here, not in a test's own time.
  await fetch(`${server.url}/admin/appointments`, { signal: AbortSignal.timeout(SLOW * 2) }).then((r) => r.text())
}, SLOW * 4)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (db) fs.rmSync(db.dataDir, { recursive: true, force: true })
})

async function signedIn(token: string, javaScriptEnabled = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await signedInContext(browser, server.url, token, javaScriptEnabled)
  const page = await context.newPage()
  page.setDefaultTimeout(SLOW)
  return { context, page }
}

const listed = (page: Page) => page.locator('#appointments-list tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reference')))

describe('the appointments view in Chromium', () => {
  it('without JavaScript: the day’s list of the editor’s own office, and check-in by a plain form', async () => {
    const { context, page } = await signedIn(fx.madridEditor.token)
    const res = await page.goto(`${server.url}/admin/appointments?mission=madrid&office=${fx.madrid.officeId}&date=${day}`, { timeout: SLOW })
    expect(res?.status()).toBe(200)
    expect(await page.locator('h1').innerText()).toBe('Appointments')
    expect((await listed(page)).length).toBe(2)
    expect((await listed(page))[0]).toBe(past.reference)

    await page.locator(`#booking-${past.id} button[value="attended"]`).click()
    await page.waitForURL(/checkin=attended/, { timeout: 60_000 }).catch(async (error: Error) => {
      throw new Error(`${error.message}\nat ${page.url()}: ${(await page.content()).slice(0, 2000)}`)
    })
    expect(await page.locator('#appointments-notice').innerText()).toBe(`${past.reference}: marked attended.`)
    expect(await page.locator(`#booking-${past.id} td[data-status]`).innerText()).toBe('Attended')
    expect(new URL(page.url()).searchParams.get('date')).toBe(day)

    // A slot still to come has no buttons yet.
    await page.goto(`${server.url}/admin/appointments?mission=madrid&office=${fx.madrid.officeId}&date=${later.slotStart.slice(0, 10)}`, { timeout: SLOW })
    const row = page.locator(`#booking-${later.id}`)
    expect(await row.locator('form').count()).toBe(0)
    expect(await row.innerText()).toContain('From ')
    await context.close()
  }, SLOW * 2)

  it('refuses another mission’s list and never shows its bookings', async () => {
    const { context, page } = await signedIn(fx.cairoEditor.token)
    await page.goto(`${server.url}/admin/appointments?mission=madrid&date=${day}`, { timeout: SLOW })
    expect(await page.getByRole('alert').innerText()).toBe('mission: "madrid" is not one of the missions you handle')
    expect(await page.content()).not.toContain(past.reference)
    await page.goto(`${server.url}/admin/appointments?date=${cairo.slotStart.slice(0, 10)}`, { timeout: SLOW })
    expect(await listed(page)).toEqual([cairo.reference])
    await context.close()
  }, SLOW)

  it('sends anonymous visitors to the login page', async () => {
    const raw = await fetch(`${server.url}/admin/appointments?mission=madrid&date=${day}`, { redirect: 'manual', signal: AbortSignal.timeout(SLOW) })
    const body = await raw.text()
    expect(body).not.toContain(past.reference)
    expect(`${raw.headers.get('location') ?? ''} ${body}`).toContain('/admin/login')
  }, SLOW)

  it('prints the list alone, within an A4 page’s width', async () => {
    const { context, page } = await signedIn(fx.admin.token)
    await page.goto(`${server.url}/admin/appointments?mission=madrid&office=${fx.madrid.officeId}&date=${day}`, { timeout: SLOW })
    await page.emulateMedia({ media: 'print' })
    // 210 mm less 2 × 12 mm margins at 96 px an inch.
    await page.setViewportSize({ width: 703, height: 1000 })
    expect(await page.locator('#appointments-list').isVisible()).toBe(true)
    for (const hidden of ['.nav', '.app-header', '#appointments-day-form', '.appointments__check-in', '#appointments-figures-table']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false)
    }
    const table = await page.locator('#appointments-list').evaluate((t) => ({ width: t.getBoundingClientRect().right, page: document.documentElement.clientWidth }))
    expect(table.width).toBeLessThanOrEqual(table.page)
    const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await context.close()
  }, SLOW)

  it('with JavaScript on, the navigation links to it and the view has no WCAG 2.1 A/AA violations (axe-core)', async () => {
    const { context, page } = await signedIn(fx.madridEditor.token, true)
    await page.goto(`${server.url}/admin/appointments?mission=madrid&office=${fx.madrid.officeId}&date=${day}`, { timeout: SLOW, waitUntil: 'domcontentloaded' })
    await page.locator('#appointments-list').waitFor()
    expect(await page.locator('a#nav-appointments').getAttribute('href')).toBe('/admin/appointments')
    expect(await page.locator('#appointments-figures-table tbody tr').count()).toBe(1)
    await page.addScriptTag({ path: AXE_PATH })
    type Violation = { id: string; nodes: { target: string[] }[] }
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: Violation[] }> } }).axe
      return (await axe.run({ include: [['.appointments']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations
    })
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await context.close()
  }, SLOW * 2)
})
