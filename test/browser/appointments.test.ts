import fs from 'node:fs'
import path from 'node:path'

import type { ParsedMail } from 'mailparser'
import { getPayload, type Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { createConfig } from '../../src/config/createConfig'
import { buildFlowFixture } from '../appointments/flowFixture'
import { calendarOf, parseCalendar } from '../appointments/mailFixture'
import { launchChromium } from '../support/browser'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { showServerOutputOnFailure } from '../support/serverOutput'
import { startSmtpSink, type SmtpSink } from '../support/smtpSink'
import { startTestPayload, TEST_SECRET, type TestPayload } from '../support/testPayload'

// Limits, not waits: room for next dev (CHANCERY_TEST_SERVER=dev), which compiles the citizen routes on first visit. One server for the file.
const SLOW = 240_000

let db: TestPayload
let server: RunningServer
let browser: Browser
let smtp: SmtpSink

type Booked = { reference: string; slot: string; day: string; mail: ParsedMail }
const booked: Partial<Record<'noScript' | 'script', Booked>> = {}

async function openPayload(): Promise<Payload> {
  return getPayload({ config: createConfig({ DATABASE_URL: db.databaseUrl, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: db.dataDir, NODE_ENV: 'test' }), key: `${db.dataDir}-${Date.now()}` })
}

async function waitForMail(match: (mail: ParsedMail) => boolean): Promise<ParsedMail> {
  await expect.poll(() => smtp.received.some(match), { timeout: 60_000 }).toBe(true)
  return smtp.received.find(match)!
}

const about = (reference: string, kind: RegExp) => (mail: ParsedMail) => Boolean(mail.subject?.includes(reference) && kind.test(mail.subject))

/** The time step of a day, as a visitor reaches it again: which times it offers. */
async function timesOffered(page: Page, day: string): Promise<string[]> {
  const entry = new URL(`${server.url}/citizen/appointments`)
  for (const [name, value] of Object.entries({ mission: 'madrid', locale: 'es', service: 'registro', office: registrationOffice, day })) entry.searchParams.set(name, value)
  await page.goto(entry.href)
  return page.locator('input[name="slot"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
}

/** The office the first visitor chose (the chancery): its id is in the flow's addresses. */
let registrationOffice = ''

/**
 * From the mission's generated service page to the booked page, through every step, as a visitor
 * does it: the site's "Book an appointment", the office, the first day, the first time, the
 * details, the review, the confirmation.
 */
async function bookFromServicePage(context: BrowserContext, locale: 'es' | 'ar', who: { name: string; email: string }): Promise<Omit<Booked, 'mail'>> {
  const page = await context.newPage()
  page.setDefaultTimeout(SLOW)
  await page.goto(`${server.url}/sites/madrid/${locale}/services/registro/`)
  const start = page.locator('a[href*="/citizen/appointments?"]').first()
  expect(new URL(await start.getAttribute('href') ?? '').searchParams.get('service')).toBe('registro')
  await start.click()
  await page.waitForURL(/\/citizen\/appointments\?.*service=registro/)
  // The flow's pages wear the mission's stylesheet, served with its site.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
  expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')

  await page.locator('.booking-options a').first().click()
  await page.waitForSelector('.booking-days a')
  registrationOffice = new URL(page.url()).searchParams.get('office')!
  await page.locator('.booking-days a').first().click()
  await page.waitForSelector('input[name="slot"]')
  const day = new URL(page.url()).searchParams.get('day')!
  const slot = await page.inputValue('#slot-0')
  await page.check('#slot-0')
  await page.locator('form button[type="submit"]').first().click()

  await page.waitForSelector('#booking-name')
  // A mistake first: the form comes back with it named and what was typed kept.
  await page.fill('#booking-name', who.name)
  await page.fill('#booking-email', 'not-an-address@example')
  await page.selectOption('#booking-people', '2')
  await page.evaluate(() => document.querySelector('form#booking-form')?.setAttribute('novalidate', ''))
  await page.click('#booking-form button[type="submit"]')
  await page.waitForSelector('.error-summary a[href="#booking-email"]')
  expect(await page.inputValue('#booking-name')).toBe(who.name)
  await page.fill('#booking-email', who.email)
  await page.click('#booking-form button[type="submit"]')

  await page.waitForSelector('button[value="confirm"]')
  expect(await page.locator('main').innerText()).toContain(who.email)
  await page.click('button[value="confirm"]')
  await page.waitForURL(/\/citizen\/appointments\/booked\?/)
  const reference = await page.locator('.reference').innerText()
  expect(reference).toMatch(/^MAD-\d{4}-A\d{6}$/)
  expect(await page.locator(`time[datetime="${slot}"]`).count()).toBeGreaterThan(0)
  await page.close()
  return { reference, slot, day }
}

beforeAll(async () => {
  smtp = await startSmtpSink()
  db = await startTestPayload()
  await buildFlowFixture(db.payload)
  await db.payload.destroy()

  // The sites are served by the same server, as with npm start: their booking links lead to it.
  server = await startNextServer({
    databaseUrl: db.databaseUrl, dataDir: db.dataDir,
    env: (url) => ({ SITES_PUBLIC_URL: `${url}/sites`, CMS_PUBLIC_URL: url, SMTP_URL: smtp.url, MAIL_FROM: 'Embajada en Madrid <madrid@example.org>' }),
  })
  const builder = await openPayload()
  try {
    await buildSites(builder, { outDir: path.join(db.dataDir, 'sites'), mediaDir: path.join(db.dataDir, 'media'), today: new Date().toISOString().slice(0, 10), publicUrl: `${server.url}/sites`, cmsUrl: server.url })
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
  if (db) fs.rmSync(db.dataDir, { recursive: true, force: true })
})

describe('a visitor books a consular registration from the mission’s site, and cancels it', () => {
  it('without JavaScript, in Spanish: from the service page to the booked page; the time is no longer offered', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const result = await bookFromServicePage(context, 'es', { name: 'Ana Pérez', email: 'ana@example.org' })
    const page = await context.newPage()
    page.setDefaultTimeout(SLOW)
    expect(await timesOffered(page, result.day)).not.toContain(result.slot)
    await context.close()
    booked.noScript = { ...result, mail: await waitForMail(about(result.reference, /^Cita reservada/)) }
  }, SLOW * 2)

  it('with JavaScript, in Arabic, right to left: the same flow', async () => {
    const context = await browser.newContext()
    const result = await bookFromServicePage(context, 'ar', { name: 'أحمد Pérez', email: 'ahmed@example.org' })
    expect(result.reference).not.toBe(booked.noScript?.reference)
    await context.close()
    booked.script = { ...result, mail: await waitForMail((m) => Boolean(m.subject?.includes(result.reference))) }
  }, SLOW * 2)

  it('the confirmation carries the reference, what to bring, a calendar file at the office’s time and the manage link', () => {
    const { mail, slot, reference } = booked.noScript!
    expect(mail.to && 'value' in mail.to ? mail.to.value[0]?.address : null).toBe('ana@example.org')
    expect(mail.text).toContain(reference)
    expect(mail.text).toContain('Documento de identidad')
    const ics = calendarOf(mail)
    expect(ics).toBeDefined()
    const { vevent, event } = parseCalendar(ics!.content.toString('utf8'))
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Madrid')
    expect(event.startDate.toJSDate().toISOString()).toBe(slot)
    expect(mail.text).toMatch(new RegExp(`${server.url.replace(/[.]/g, '\\.')}/citizen/appointments/manage\\?\\S+`))
  })

  it('the manage link cancels it (without JavaScript); the time is offered again and the link is spent', async () => {
    const { mail, slot, day, reference } = booked.noScript!
    const link = new RegExp(`${server.url.replace(/[.]/g, '\\.')}/citizen/appointments/manage\\?\\S+`).exec(mail.text ?? '')![0]
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    page.setDefaultTimeout(SLOW)
    await page.goto(link)
    expect(await page.locator('.reference').innerText()).toBe(reference)
    await page.click('a.button--warning')
    await page.click('button.button--warning')
    await page.waitForURL(/\/citizen\/appointments\/cancelled\?/)
    expect(await page.locator('h1').innerText()).toBe('Cita anulada')

    expect(await timesOffered(page, day)).toContain(slot)
    await waitForMail(about(reference, /^Cita cancelada/))

    const again = await page.goto(link)
    expect(again?.status()).toBe(410)
    expect(await page.locator('h1').innerText()).toBe('Enlace ya utilizado')
    await context.close()
  }, SLOW)
})
