import fs from 'node:fs'
import path from 'node:path'

import type { ParsedMail } from 'mailparser'
import { getPayload, type Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { MIN_FILL_MS } from '../../src/citizen/formFields'
import { createConfig } from '../../src/config/createConfig'
import { launchChromium } from '../support/browser'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { showServerOutputOnFailure } from '../support/serverOutput'
import { startSmtpSink, type SmtpSink } from '../support/smtpSink'
import { startTestPayload, TEST_SECRET, type TestPayload } from '../support/testPayload'

// Limits, not waits: room for next dev (CHANCERY_TEST_SERVER=dev), which compiles the admin and the citizen routes on first visit. One server for the file.
const SLOW = 240_000
const EDITOR = { email: 'madrid.editor@test.example', password: 'mission-pass-0123456789' }
const ADMIN = { email: 'admin@test.example', password: 'admin-pass-0123456789' }

let db: TestPayload
let server: RunningServer
let browser: Browser
let smtp: SmtpSink
const references: Record<'noScript' | 'script', string> = { noScript: '', script: '' }

async function openPayload(): Promise<Payload> {
  return getPayload({ config: createConfig({ DATABASE_URL: db.databaseUrl, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: db.dataDir, NODE_ENV: 'test' }), key: `${db.dataDir}-${Date.now()}` })
}

const mailAbout = (reference: string, kind: RegExp) => (mail: ParsedMail) => Boolean(mail.subject?.includes(reference) && kind.test(mail.subject))
async function waitForMail(match: (mail: ParsedMail) => boolean): Promise<ParsedMail> {
  await expect.poll(() => smtp.received.some(match), { timeout: 60_000 }).toBe(true)
  return smtp.received.find(match)!
}

async function auditAsAdmin(): Promise<Record<string, any>> {
  const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const { token } = await login.json()
  const res = await fetch(`${server.url}/api/audit?mission=madrid`, { headers: { Authorization: `JWT ${token}` } })
  expect(res.status).toBe(200)
  return res.json()
}

async function fillContactForm(page: Page, fields: { name: string; email: string; message: string }) {
  await page.fill('#enquiry-name', fields.name)
  await page.fill('#enquiry-email', fields.email)
  await page.selectOption('#enquiry-topic', 'consular')
  await page.fill('#enquiry-message', fields.message)
  await page.check('#enquiry-consent')
}

beforeAll(async () => {
  smtp = await startSmtpSink()
  db = await startTestPayload()
  const { payload } = db
  const context = { seeding: true }
  await payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', baseUrl: 'https://www.cancilleria.example/', citizenAttention: { replyWithinWorkingDays: 3, enquiryRetentionDays: 365 } }, context })
  await payload.create({ collection: 'enquiry-topics', data: { name: 'Asuntos consulares', slug: 'consular', order: 1 }, context })
  const madrid = await payload.create({
    collection: 'missions', context,
    data: {
      name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid', siteLocales: ['es', 'en'], defaultLocale: 'es',
      baseUrl: 'https://madrid.example.org', offices: [{ name: 'Cancillería', isMain: true, address: { street: 'Calle de Velázquez 114', city: 'Madrid', country: 'ES' } }],
    } as never,
  })
  await payload.create({ collection: 'users', data: { name: 'Admin', ...ADMIN, role: 'ministry-admin' } })
  await payload.create({ collection: 'users', data: { name: 'Madrid editor', ...EDITOR, role: 'mission-editor', missions: [madrid.id] } })
  await payload.destroy()

  // The sites are served by the same server, as with npm start: their forms post to it.
  server = await startNextServer({
    databaseUrl: db.databaseUrl, dataDir: db.dataDir,
    env: (url) => ({ SITES_PUBLIC_URL: `${url}/sites`, CMS_PUBLIC_URL: url, SMTP_URL: smtp.url, MAIL_FROM: 'Embajada en Madrid <madrid@example.org>' }),
  })
  const builder = await openPayload()
  try {
    await buildSites(builder, { outDir: path.join(db.dataDir, 'sites'), mediaDir: path.join(db.dataDir, 'media'), today: '2026-12-01', publicUrl: `${server.url}/sites`, cmsUrl: server.url })
  } finally {
    await builder.destroy()
  }
  browser = await launchChromium()
}, SLOW * 2)

showServerOutputOnFailure(() => server)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
  fs.rmSync(db.dataDir, { recursive: true, force: true })
})

describe('a visitor writes to Madrid, the mission answers, the visitor rates the answer', () => {
  it('without JavaScript: a bad address comes back with the error and the text kept; a good one reaches the received page with a reference', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    page.setDefaultTimeout(SLOW)
    await page.goto(`${server.url}/sites/madrid/es/contact/`)
    await fillContactForm(page, { name: 'Ana Pérez', email: 'ana@example', message: 'Quiero renovar mi pasaporte.' })
    // The browser's own check would stop an address without a dot only for type=email rules it knows; the server is the judge.
    await page.evaluate(() => document.querySelector('form#enquiry-form')?.setAttribute('novalidate', ''))
    await page.click('#enquiry-form button[type="submit"]')
    await page.waitForSelector('.error-summary')
    await page.waitForLoadState('load')
    expect(await page.locator('.error-summary').innerText()).toContain('Escriba una dirección de correo válida')
    expect(await page.inputValue('#enquiry-message')).toBe('Quiero renovar mi pasaporte.')
    // The page the CMS answers with is the mission's page, with its stylesheet.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')

    await page.fill('#enquiry-email', 'ana@example.org')
    await page.check('#enquiry-consent')
    await page.click('#enquiry-form button[type="submit"]')
    await page.waitForURL(/\/citizen\/enquiries\/received\?/)
    const reference = await page.locator('.reference').innerText()
    expect(reference).toMatch(/^MAD-\d{4}-\d{6}$/)
    expect(await page.locator('h1').innerText()).toBe('Consulta recibida')
    references.noScript = reference
    await context.close()
  }, SLOW)

  it('with JavaScript: the same form shows the reference in place, without leaving the page', async () => {
    const page = await browser.newPage()
    page.setDefaultTimeout(SLOW)
    const contact = `${server.url}/sites/madrid/en/contact/`
    await page.goto(contact)
    await fillContactForm(page, { name: 'John Smith', email: 'john@example.org', message: 'When can I register my child?' })
    // A person takes more than the minimum fill time after the script stamped the form; so does this one.
    await page.waitForFunction(
      (min) => Date.now() - Number(document.querySelector<HTMLInputElement>('#enquiry-form input[name="started"]')?.value) > min,
      MIN_FILL_MS,
    )
    await page.click('#enquiry-form button[type="submit"]')
    const result = page.locator('[data-citizen-result] .reference')
    await result.waitFor()
    references.script = await result.innerText()
    expect(references.script).toMatch(/^MAD-\d{4}-\d{6}$/)
    expect(references.script).not.toBe(references.noScript)
    expect(page.url()).toBe(contact)
    expect(await page.locator('#enquiry-form').isHidden()).toBe(true)
    await page.close()
  }, SLOW)

  it('each sender is acknowledged by e-mail in the language of the page, through the SMTP server', async () => {
    const spanish = await waitForMail(mailAbout(references.noScript, /^Hemos recibido/))
    expect(spanish.to && 'value' in spanish.to ? spanish.to.value[0]?.address : null).toBe('ana@example.org')
    const english = await waitForMail(mailAbout(references.script, /^We have received/))
    expect(english.text).toContain('within 3 working days')
  }, SLOW)

  it('the Madrid editor answers in the admin, and the reply reaches the sender with the reference and a survey link', async () => {
    const before = await auditAsAdmin()
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.setDefaultTimeout(SLOW)
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', EDITOR.email)
    await page.fill('input[name="password"]', EDITOR.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.goto(`${server.url}/admin/collections/enquiries`)
    await page.getByRole('link', { name: references.noScript }).first().click()
    await page.waitForSelector('#field-reply')
    await page.fill('#field-reply', 'Puede renovarlo con cita previa en el consulado.')
    await page.click('#action-save')

    const reply = await waitForMail(mailAbout(references.noScript, /^Respuesta a su consulta/))
    expect(reply.text).toContain('Puede renovarlo con cita previa en el consulado.')
    const survey = /https?:\/\/\S+\/citizen\/survey\?\S+/.exec(reply.text ?? '')![0]
    expect(survey.startsWith(`${server.url}/citizen/survey?`)).toBe(true)
    await page.close()

    // The visitor follows the link, without JavaScript, and rates the answer.
    const context = await browser.newContext({ javaScriptEnabled: false })
    const visitor = await context.newPage()
    visitor.setDefaultTimeout(SLOW)
    await visitor.goto(survey)
    expect(await visitor.locator('#survey p').first().innerText()).toContain(references.noScript)
    await visitor.check('#survey-rating-4')
    await visitor.check('#survey-resolved-yes')
    await visitor.click('#survey-form button[type="submit"]')
    await visitor.waitForURL(/\/citizen\/survey\/thanks\?/)
    expect(await visitor.locator('h1').innerText()).toBe('Gracias por su opinión')
    await context.close()

    // The audit counts the reply and the rating.
    await expect.poll(async () => JSON.stringify((await auditAsAdmin()).missions?.[0]?.interaction ?? null), { timeout: 30_000 })
      .not.toBe(JSON.stringify(before.missions?.[0]?.interaction ?? null))
    const after = (await auditAsAdmin()).missions[0].interaction
    expect(after.survey).toMatchObject({ count: 1, mean: 4 })
  }, SLOW * 2)
})
