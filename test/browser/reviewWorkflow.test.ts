import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signInThroughForm, staffToken } from '../support/browser'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { showServerOutputOnFailure } from '../support/serverOutput'
import { startSmtpSink, type SmtpSink } from '../support/smtpSink'
import { startTestPayload, type TestPayload } from '../support/testPayload'

// Limits, not waits: room for a loaded 2-core machine. One server for the file.
const SLOW = 240_000
const TITLE = 'Semana cultural ecuatoriana en Madrid'
const SLUG = 'semana-cultural-madrid'
const COMMENT = 'Indiquen las fechas exactas de la semana cultural.'
const FIXED_SUMMARY = 'Del 12 al 18 de mayo: música, cine y gastronomía.'
const USERS = {
  admin: { email: 'admin@review.example', password: 'admin-pass-0123456789' },
  mission: { email: 'madrid.editor@review.example', password: 'mission-pass-0123456789' },
  ministry: { email: 'ministry.editor@review.example', password: 'ministry-pass-0123456789' },
}

let db: TestPayload
let server: RunningServer
let browser: Browser
let smtp: SmtpSink
let releaseUrl = ''

async function signedIn(user: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await signInThroughForm(page, server.url, user, SLOW)
  return page
}

/**
 * Types into a field of the admin's form and makes sure it stays: on a loaded machine the form
 * can still be hydrating, and React then puts back the value it rendered with.
 */
async function fillSurely(page: Page, selector: string, value: string) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.fill(selector, value)
    await page.waitForTimeout(1000)
    if ((await page.inputValue(selector)) === value) return
  }
  throw new Error(`${selector} did not keep "${value}"`)
}

/** Picks an option of a Payload select field (a react-select) by its label. */
async function choose(page: Page, field: string, label: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

async function saveDraft(page: Page) {
  await page.click('#action-save-draft')
  // "Submitting…" first, then the outcome: success, or the error that says why not.
  const toasts = page.locator('.payload-toast-container')
  await expect.poll(async () => (await toasts.innerText()).replace(/Submitting\W*/gi, '').trim(), { timeout: SLOW }).not.toBe('')
  expect(await toasts.innerText()).toMatch(/saved|updated/i)
}

/**
 * Opens a document another editor had open: Payload keeps it locked to them for a while after
 * they leave (five minutes), and offers to take it over, as the next editor does.
 */
async function openTakingOver(page: Page, url: string, field: string) {
  await page.goto(url, { timeout: SLOW })
  await page.locator(`#field-${field}`).waitFor({ timeout: SLOW })
  // The lock is checked once the form is there: the dialog follows the fields.
  const locked = page.locator('#document-locked')
  const shown = await locked.waitFor({ state: 'visible', timeout: 30_000 }).then(() => true, () => false)
  if (shown) {
    await locked.getByRole('button', { name: 'Take over' }).click()
    await locked.waitFor({ state: 'hidden', timeout: SLOW })
  }
}

/**
 * Leaves the document by the admin's own link back to the list, as an editor does when done:
 * Payload locks a document while someone has it open and unlocks it on such a navigation.
 */
async function leave(page: Page) {
  await page.locator('.step-nav a[href="/admin/collections/press-releases"]').first().click()
  await page.waitForURL(/\/admin\/collections\/press-releases(\?.*)?$/, { timeout: SLOW })
}

async function api(path: string, token?: string) {
  const res = await fetch(`${server.url}${path}`, token ? { headers: { Authorization: `JWT ${token}` } } : {})
  return { status: res.status, json: await res.json().catch(() => null) }
}

beforeAll(async () => {
  smtp = await startSmtpSink()
  db = await startTestPayload()
  const { payload } = db
  const madrid = await payload.create({
    collection: 'missions',
    data: {
      name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid',
      siteLocales: ['es'], defaultLocale: 'es', baseUrl: 'https://madrid.example.org',
    } as never,
  })
  await payload.create({ collection: 'users', data: { name: 'Admin', ...USERS.admin, role: 'ministry-admin' } })
  await payload.create({ collection: 'users', data: { name: 'Lucía Madrid', ...USERS.mission, role: 'mission-editor', missions: [madrid.id] } })
  await payload.create({ collection: 'users', data: { name: 'Pablo Cancillería', ...USERS.ministry, role: 'ministry-editor' } })
  await payload.destroy()
  server = await startNextServer({
    databaseUrl: db.databaseUrl, dataDir: db.dataDir,
    env: (url) => ({ CMS_PUBLIC_URL: url, SITES_PUBLIC_URL: `${url}/sites`, SMTP_URL: smtp.url, MAIL_FROM: 'Cancillería <noreply@cancilleria.example>' }),
  })
  browser = await launchChromium()
}, SLOW * 2)

showServerOutputOnFailure(() => server)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
  fs.rmSync(db.dataDir, { recursive: true, force: true })
})

describe('review before publication, in Chromium', () => {
  it('submit, return with a comment, fix and resubmit, approve: the release goes live and the trail shows the four steps with their users', async () => {
    // 1. The mission editor writes a draft and submits it for review.
    const mission = await signedIn(USERS.mission)
    await mission.goto(`${server.url}/admin/collections/press-releases/create`, { timeout: SLOW })
    await mission.waitForSelector('#action-save-draft', { timeout: SLOW })
    expect(await mission.locator('#action-save').count()).toBe(0)
    await fillSurely(mission, '#field-title', TITLE)
    await fillSurely(mission, '#field-summary', 'Música, cine y gastronomía.')
    await fillSurely(mission, '#field-slug', SLUG)
    await expect.poll(() => mission.locator('#field-mission').innerText(), { timeout: 60_000 }).toContain('Embajada en Madrid')
    await choose(mission, 'reviewState', 'Submitted for review')
    await mission.click('#action-save-draft')
    await mission.waitForURL(/\/admin\/collections\/press-releases\/[0-9a-f-]{36}$/, { timeout: SLOW })
    releaseUrl = mission.url()
    const id = releaseUrl.split('/').pop()!
    await smtp.waitFor(2, SLOW)
    expect(smtp.received.map((m) => m.subject)).toContain(`For review: ${TITLE} — Embajada en Madrid`)
    await leave(mission)

    // 2. The ministry editor sees it waiting, opens it from the queue and returns it with a comment.
    const ministry = await signedIn(USERS.ministry)
    await expect.poll(() => ministry.locator('#nav-review-count').innerText(), { timeout: 60_000 }).toBe('(1)')
    await ministry.goto(`${server.url}/admin/review`, { timeout: SLOW })
    await ministry.locator('#review-queue').getByRole('link', { name: TITLE }).click()
    await ministry.waitForSelector('#field-reviewComment', { timeout: SLOW })
    await choose(ministry, 'reviewState', 'Returned with a comment')
    await fillSurely(ministry, '#field-reviewComment', COMMENT)
    await saveDraft(ministry)
    await smtp.waitFor(3, SLOW)
    const returned = smtp.received.find((m) => m.subject?.startsWith('Returned'))!
    expect(returned.to && [returned.to].flat()[0]!.value[0]!.address).toBe(USERS.mission.email)
    expect(returned.text).toContain(COMMENT)
    await leave(ministry)

    // 3. The mission editor sees the comment on the document, fixes the draft and submits it again.
    await openTakingOver(mission, releaseUrl, 'reviewComment')
    await expect.poll(() => mission.locator('#field-reviewComment').inputValue(), { timeout: 60_000 }).toBe(COMMENT)
    await fillSurely(mission, '#field-summary', FIXED_SUMMARY)
    await choose(mission, 'reviewState', 'Submitted for review')
    expect(await mission.inputValue('#field-summary')).toBe(FIXED_SUMMARY)
    await saveDraft(mission)
    await smtp.waitFor(5, SLOW)
    await leave(mission)
    const adminToken = await staffToken(server.url, USERS.admin, SLOW)
    expect((await api(`/api/press-releases/${id}?draft=true&depth=0`, adminToken)).json?.summary).toBe(FIXED_SUMMARY)

    // 4. The ministry editor opens the resubmitted draft and approves it by publishing.
    await openTakingOver(ministry, releaseUrl, 'reviewComment')
    await expect.poll(() => ministry.locator('#field-summary').inputValue(), { timeout: 60_000 }).toBe(FIXED_SUMMARY)
    await ministry.waitForSelector('#action-save', { timeout: SLOW })
    await ministry.click('#action-save')
    await expect.poll(async () => (await api(`/api/press-releases?where[slug][equals]=${SLUG}&depth=0`)).json?.docs?.[0]?.summary, { timeout: SLOW })
      .toBe(FIXED_SUMMARY)
    // The live rebuild puts it on the mission's site.
    await expect.poll(async () => (await fetch(`${server.url}/sites/madrid/es/feed.xml`)).text(), { timeout: SLOW }).toContain(TITLE)
    await smtp.waitFor(6, SLOW)
    expect(smtp.received.some((m) => m.subject === `Published: ${TITLE} — Embajada en Madrid`)).toBe(true)

    // The trail: the four steps, in order, each with the user who took it.
    const token = adminToken
    const trail = (await api(`/api/audit-trail?where[documentId][equals]=${id}&sort=at&limit=50&depth=0`, token)).json.docs as Record<string, any>[]
    const steps = trail
      .map((e) => [e.userEmail, e.changes?.find((c: Record<string, string>) => c.field === 'reviewState')?.after])
      .filter(([, state]) => state)
    expect(steps).toEqual([
      [USERS.mission.email, 'submitted'],
      [USERS.ministry.email, 'returned'],
      [USERS.mission.email, 'submitted'],
      [USERS.ministry.email, 'approved'],
    ])
    expect(trail.at(-1)!.action).toBe('publish')
    // And the admin's trail list shows them to a ministry user.
    await ministry.goto(`${server.url}/admin/collections/audit-trail?where[documentId][equals]=${id}`, { timeout: SLOW })
    await expect.poll(() => ministry.locator('table').innerText(), { timeout: 60_000 }).toContain(USERS.mission.email)
    expect(await ministry.locator('table').innerText()).toContain(USERS.ministry.email)
    await mission.close()
    await ministry.close()
  }, SLOW * 4)
})
