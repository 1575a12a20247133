import fs from 'node:fs'

import { parse } from 'csv-parse/sync'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AccessFixture, type StaffRole, STAFF_PASSWORD, buildAccessFixture } from '../support/accessFixture'
import { launchChromium } from '../support/browser'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { showServerOutputOnFailure } from '../support/serverOutput'
import { startTestPayload } from '../support/testPayload'
import type { Entry } from './trailSupport'

// Limits, not waits: a loaded 2-core machine, or next dev compiling the admin (CHANCERY_TEST_SERVER=dev).
const SLOW = 240_000

/**
 * The trail seen from outside, on the real app: sign-ins and failed sign-ins over REST, GraphQL
 * and the admin's own form, with the address the server saw; no role can write the trail over
 * REST or GraphQL; the CSV export over HTTP; and the admin offers no way to edit an entry.
 */
describe('audit trail over HTTP (the real app)', () => {
  let server: RunningServer
  let dataDir: string
  let fx: AccessFixture
  const tokens = {} as Record<StaffRole, string>
  let browser: Browser | undefined

  type Answer = { status: number; json: any; text: string; headers: Headers }
  async function call(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(120_000),
    })
    const text = await res.text()
    let json: any
    try { json = JSON.parse(text) } catch { json = undefined }
    return { status: res.status, json, text, headers: res.headers }
  }
  const auth = (role: StaffRole | 'anonymous'): Record<string, string> => (role === 'anonymous' ? {} : { authorization: `JWT ${tokens[role]}` })
  const login = (email: string, password: string, client: string) => call('POST', '/api/users/login', { body: { email, password }, headers: { 'x-forwarded-for': client } })
  const graphql = (query: string, headers: Record<string, string> = {}) => call('POST', '/api/graphql', { body: { query }, headers })

  /** The trail as an administrator reads it over REST, newest first. */
  async function trail(where: string): Promise<Entry[]> {
    const res = await call('GET', `/api/audit-trail?depth=0&limit=100&sort=-at&${where}`, { headers: auth('ministry-admin') })
    expect(res.status, res.text.slice(0, 300)).toBe(200)
    return res.json.docs
  }

  beforeAll(async () => {
    const t = await startTestPayload()
    dataDir = t.dataDir
    fx = await buildAccessFixture(t.payload)
    await t.payload.destroy()
    server = await startNextServer({ databaseUrl: t.databaseUrl, dataDir, env: () => ({ CHANCERY_AUTORUN_JOBS: 'false' }) })
    for (const role of Object.keys(fx.users) as StaffRole[]) {
      const res = await login(fx.users[role].email, STAFF_PASSWORD, '192.0.2.10')
      expect(res.status, res.text.slice(0, 300)).toBe(200)
      tokens[role] = res.json.token
    }
  }, SLOW * 2)

  showServerOutputOnFailure(() => server, 8_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  describe('sign-ins', () => {
    it('a sign-in over REST records the user and the address the server saw', async () => {
      const editor = fx.users['mission-editor']
      expect((await login(editor.email, STAFF_PASSWORD, '192.0.2.77')).status).toBe(200)
      const [entry] = await trail(`where[action][equals]=sign-in&where[userId][equals]=${editor.id}`)
      expect(entry).toMatchObject({
        action: 'sign-in', collection: 'users', documentId: editor.id, userEmail: editor.email, userRole: 'mission-editor',
        ip: '192.0.2.77', channel: 'REST', missions: [fx.missions.A],
      })
    })

    it('a failed sign-in records the address tried and where from, never the password', async () => {
      const tried = 'Editor@Mission-A.example.org'
      const password = 'wrong-password-Zx9!'
      expect((await login(tried, password, '192.0.2.78')).status).toBe(401)
      expect((await login('nobody@nowhere.example', password, '192.0.2.79')).status).toBe(401)
      const failed = await trail('where[action][equals]=sign-in-failed')
      const known = failed.find((e) => e.ip === '192.0.2.78')!
      expect(known).toMatchObject({ userEmail: tried.toLowerCase(), userId: null, userRole: null, collection: 'users', channel: 'REST' })
      expect(failed.find((e) => e.ip === '192.0.2.79')?.userEmail).toBe('nobody@nowhere.example')
      expect(JSON.stringify(failed)).not.toContain(password)
    })

    it('GraphQL sign-ins are recorded the same way, failed or not', async () => {
      const admin = fx.users['ministry-admin']
      const bad = await graphql(`mutation { loginUser(email: "${admin.email}", password: "not-the-password") { token } }`, { 'x-forwarded-for': '192.0.2.80' })
      expect(bad.json.errors?.length).toBeGreaterThan(0)
      const good = await graphql(`mutation { loginUser(email: "${admin.email}", password: "${STAFF_PASSWORD}") { token } }`, { 'x-forwarded-for': '192.0.2.81' })
      expect(typeof good.json.data.loginUser.token).toBe('string')
      const [failed] = await trail('where[action][equals]=sign-in-failed&where[ip][equals]=192.0.2.80')
      expect(failed).toMatchObject({ userEmail: admin.email, channel: 'GraphQL' })
      const [signedIn] = await trail('where[action][equals]=sign-in&where[ip][equals]=192.0.2.81')
      expect(signedIn).toMatchObject({ userId: admin.id, channel: 'GraphQL' })
    })
  })

  describe('append-only over REST and GraphQL', () => {
    const roles = ['anonymous', 'ministry-admin', 'ministry-editor', 'mission-editor'] as const

    it('no role creates, edits or deletes an entry over REST', async () => {
      const [target] = await trail(`where[documentId][equals]=${fx.pressReleases.A.published}`)
      for (const role of roles) {
        const answers = [
          await call('POST', '/api/audit-trail', { body: { at: new Date().toISOString(), action: 'delete', collection: 'topics', title: `Forged by ${role}` }, headers: auth(role) }),
          await call('PATCH', `/api/audit-trail/${target.id}`, { body: { title: 'Rewritten' }, headers: auth(role) }),
          await call('DELETE', `/api/audit-trail/${target.id}`, { headers: auth(role) }),
        ]
        for (const res of answers) expect([401, 403], `${role}: ${res.text.slice(0, 200)}`).toContain(res.status)
      }
      expect(await trail('where[title][like]=Forged by')).toEqual([])
      expect((await trail(`where[id][equals]=${target.id}`))[0]).toEqual(target)
    })

    it('no role creates, edits or deletes an entry over GraphQL', async () => {
      const [target] = await trail(`where[documentId][equals]=${fx.pressReleases.A.published}`)
      for (const role of roles) {
        for (const mutation of [
          `mutation { createAuditTrailEntry(data: { at: "2026-01-01T00:00:00.000Z", action: update, collection: topics, title: "Forged over GraphQL" }) { id } }`,
          `mutation { updateAuditTrailEntry(id: "${target.id}", data: { title: "Rewritten over GraphQL" }) { id title } }`,
          `mutation { deleteAuditTrailEntry(id: "${target.id}") { id } }`,
        ]) {
          const res = await graphql(mutation, auth(role))
          // Refused by the rules (401/403), not by the schema: the mutations are well formed.
          expect([401, 403], `${role}: ${res.text.slice(0, 300)}`).toContain(res.json.errors?.[0]?.extensions?.statusCode)
          expect(Object.values(res.json.data ?? {}).filter(Boolean)).toEqual([])
        }
      }
      expect(await trail('where[title][like]=over GraphQL')).toEqual([])
      expect((await trail(`where[id][equals]=${target.id}`))[0]).toEqual(target)
    })

    it('GraphQL reads are scoped like REST: anonymous gets nothing, a mission editor their missions', async () => {
      const query = '{ AuditTrailEntries(limit: 100) { docs { id collection missions { id } } } }'
      const anonymous = await graphql(query)
      expect(anonymous.json.data?.AuditTrailEntries ?? null).toBeNull()
      const editor = await graphql(query, auth('mission-editor'))
      const docs = editor.json.data.AuditTrailEntries.docs as { collection: string; missions: { id: string }[] }[]
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.every((d) => d.collection !== 'users' && d.missions.some((m) => m.id === fx.missions.A))).toBe(true)
    })
  })

  describe('CSV export over HTTP', () => {
    it('answers anonymous callers 401, and staff a CSV download', async () => {
      expect((await call('GET', '/api/audit-trail/export.csv')).status).toBe(401)
      const res = await call('GET', '/api/audit-trail/export.csv?collection=users', { headers: auth('ministry-admin') })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/)
      const rows = parse(res.text, { columns: true }) as Record<string, string>[]
      expect(rows.some((r) => r.action === 'sign-in' && r.ip === '192.0.2.77')).toBe(true)
      const editor = parse((await call('GET', '/api/audit-trail/export.csv', { headers: auth('mission-editor') })).text, { columns: true }) as Record<string, string>[]
      expect(editor.length).toBeGreaterThan(0)
      expect(editor.every((r) => r.mission_ids.includes(fx.missions.A) && r.collection !== 'users' && r.ip === '')).toBe(true)
    })
  })

  describe('the admin', () => {
    it("a ministry administrator signs in with the admin's form, finds it in the trail with the export form, and cannot edit an entry", async () => {
      browser = await launchChromium()
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
      page.setDefaultTimeout(SLOW)
      const admin = fx.users['ministry-admin']
      await page.goto(`${server.url}/admin/login`, { timeout: SLOW })
      await page.fill('input[name="email"]', admin.email)
      await page.fill('input[name="password"]', STAFF_PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: SLOW })

      // The browser talked to the server directly: the address is the socket's.
      const [signIn] = await trail(`where[action][equals]=sign-in&where[userId][equals]=${admin.id}&where[ip][equals]=127.0.0.1`)
      expect(signIn).toMatchObject({ userEmail: admin.email, channel: 'REST' })

      await page.goto(`${server.url}/admin/collections/audit-trail`, { timeout: SLOW })
      await page.waitForSelector('form.trail-export')
      expect(await page.locator('form.trail-export').getAttribute('action')).toBe('/api/audit-trail/export.csv')
      expect(await page.locator('a[href$="/admin/collections/audit-trail/create"]').count()).toBe(0)
      await page.waitForSelector('.table tbody tr')

      await page.goto(`${server.url}/admin/collections/audit-trail/${signIn.id}`, { timeout: SLOW })
      await page.waitForSelector('input[name="userEmail"], #field-userEmail')
      expect(await page.locator('#action-save').count()).toBe(0)
      expect(await page.locator('#field-userEmail').isDisabled()).toBe(true)

      // The form downloads the CSV with the session cookie.
      const download = await page.request.get(`${server.url}/api/audit-trail/export.csv?user=${encodeURIComponent(admin.email)}`)
      expect(download.status()).toBe(200)
      const rows = parse(await download.text(), { columns: true }) as Record<string, string>[]
      expect(rows.some((r) => r.action === 'sign-in' && r.ip === '127.0.0.1')).toBe(true)
      await page.close()
    })
  })
})
