import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signInThroughForm } from '../support/browser'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { showServerOutputOnFailure } from '../support/serverOutput'
import { startTestPayload, type TestPayload } from '../support/testPayload'

// Limits, not waits: room for next dev (CHANCERY_TEST_SERVER=dev), which compiles the admin on first visit. One server for the file.
const SLOW = 240_000
const TITLE = 'Consulado móvil en Murcia <b>sábado</b>'
const SLUG = 'consulado-movil-murcia-prueba'
const USERS = {
  mission: { email: 'madrid.editor@test.example', password: 'mission-pass-0123456789' },
  ministry: { email: 'ministry.editor@test.example', password: 'ministry-pass-0123456789' },
}

let db: TestPayload
let server: RunningServer
let browser: Browser

// Every step may wait on hydration (or, under next dev, a first compile) on a loaded 2-core machine.
const logIn = (page: Page, user: { email: string; password: string }) => signInThroughForm(page, server.url, user, SLOW)

async function publicReleasesWithSlug(): Promise<{ title: string; _status: string }[]> {
  const res = await fetch(`${server.url}/api/press-releases?where[slug][equals]=${SLUG}&draft=true&depth=0`)
  expect(res.status).toBe(200)
  return (await res.json()).docs
}

beforeAll(async () => {
  db = await startTestPayload()
  const { payload } = db
  const madrid = await payload.create({
    collection: 'missions',
    data: {
      name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid',
      siteLocales: ['es', 'en'], defaultLocale: 'es', baseUrl: 'https://madrid.example.org',
    } as never,
  })
  await payload.create({ collection: 'users', data: { name: 'Admin', email: 'admin@test.example', password: 'admin-pass-0123456789', role: 'ministry-admin' } })
  await payload.create({ collection: 'users', data: { name: 'Madrid editor', ...USERS.mission, role: 'mission-editor', missions: [madrid.id] } })
  await payload.create({ collection: 'users', data: { name: 'Ministry editor', ...USERS.ministry, role: 'ministry-editor' } })
  // Hand the database over to the server process.
  await payload.destroy()
  server = await startNextServer({ databaseUrl: db.databaseUrl, dataDir: db.dataDir })
  browser = await launchChromium()
}, SLOW * 2)

showServerOutputOnFailure(() => server)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  fs.rmSync(db.dataDir, { recursive: true, force: true })
})

describe('admin publishing workflow in Chromium', () => {
  it('a mission editor creates a draft press release with a Lexical body and an uploaded image, and sees it in the list', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await logIn(page, USERS.mission)
    await page.goto(`${server.url}/admin/collections/press-releases/create`, { timeout: SLOW })

    // Mission editors submit for review: the form offers "Save draft" and no "Publish".
    await page.waitForSelector('#action-save-draft', { timeout: SLOW })
    expect(await page.locator('#action-save').count()).toBe(0)

    await page.fill('#field-title', TITLE)
    await page.fill('#field-summary', 'Atención consular en Murcia el sábado.')
    await page.fill('#field-slug', SLUG)
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.waitFor({ timeout: SLOW })
    await editor.click()
    await page.keyboard.type('Cuerpo del comunicado escrito en el editor Lexical.')

    const image = path.join(db.dataDir, 'hero.png')
    await sharp({ create: { width: 320, height: 200, channels: 3, background: '#0b3d91' } }).png().toFile(image)
    await page.getByRole('button', { name: 'Create New' }).first().click()
    await page.locator('input[type="file"]').last().setInputFiles(image)
    await page.locator('#field-alt').waitFor({ timeout: SLOW })
    await expect.poll(() => page.locator('#field-alt').isEnabled(), { timeout: 60_000 }).toBe(true)
    await page.fill('#field-alt', 'Fachada de la embajada')
    await page.locator('[id^="doc-drawer"] #action-save').first().click()
    await page.getByText('hero.png').first().waitFor({ timeout: SLOW })

    // The mission is preselected from the editor's assignment.
    await expect.poll(() => page.locator('#field-mission').innerText(), { timeout: 60_000 }).toContain('Embajada en Madrid')

    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/press-releases\/[0-9a-f-]{36}$/, { timeout: SLOW })

    await page.goto(`${server.url}/admin/collections/press-releases`, { timeout: SLOW })
    await expect.poll(() => page.locator('table').innerText(), { timeout: 60_000 }).toContain(TITLE)

    // Nothing is public yet.
    expect(await publicReleasesWithSlug()).toEqual([])
    await page.close()
  }, SLOW * 3)

  it('a ministry editor opens the draft and publishes it, and only then it is public with its body and image', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await logIn(page, USERS.ministry)
    await page.goto(`${server.url}/admin/collections/press-releases`, { timeout: SLOW })
    await page.getByRole('link', { name: TITLE }).first().click({ timeout: SLOW })
    await page.waitForSelector('#action-save', { timeout: SLOW })
    await page.click('#action-save')

    await expect.poll(async () => (await publicReleasesWithSlug()).map((d) => d._status), { timeout: 60_000 }).toEqual(['published'])
    const res = await fetch(`${server.url}/api/press-releases?where[slug][equals]=${SLUG}&depth=1`)
    const [doc] = (await res.json()).docs
    expect(doc.title).toBe(TITLE)
    expect(JSON.stringify(doc.body)).toContain('Cuerpo del comunicado escrito en el editor Lexical.')
    expect(doc.heroImage.alt).toBe('Fachada de la embajada')
    expect(doc.heroImage.mimeType).toBe('image/png')
    expect(typeof doc.publishedAt).toBe('string')
    await page.close()
  }, SLOW * 2)
})
