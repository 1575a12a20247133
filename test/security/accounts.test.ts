import fs from 'node:fs'
import path from 'node:path'

import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { passwordResetsIdle, RESET_REQUESTS_PER_CLIENT } from '../../src/security/passwordReset'
import { DEVICE_COOKIE, SIGN_IN_LIMITS } from '../../src/security/signIn'
import { buildAccessFixture, type AccessFixture } from '../support/accessFixture'
import { withoutJobRunner } from '../support/restRequest'
import { startTestPayload, type TestPayload } from '../support/testPayload'

/**
 * Password reset and sign-in limits on a real SQLite database, through Payload's REST handling
 * in-process (the same code a request reaches behind the API guard). Client addresses are set
 * with X-Forwarded-For, as the HTTP server guard leaves them for the application.
 */
describe('accounts: password reset and sign-in limits', () => {
  let t: TestPayload
  let fx: AccessFixture
  let restoreJobs: () => void

  beforeAll(async () => {
    restoreJobs = withoutJobRunner()
    t = await startTestPayload()
    fx = await buildAccessFixture(t.payload)
  })
  afterAll(async () => {
    await t?.close()
    restoreJobs?.()
  })

  type Answer = { status: number; json: any; headers: Headers; ms: number }
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const request = new Request(`http://localhost${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
    })
    const started = performance.now()
    const response = await handleEndpoints({ config: t.payload.config, path, request, payloadInstanceCacheKey: t.dataDir })
    const text = await response.text()
    const ms = performance.now() - started
    let json: any
    try { json = JSON.parse(text) } catch { json = text }
    return { status: response.status, json, headers: response.headers, ms }
  }
  const forgot = (email: string, client: string) => post('/api/users/forgot-password', { email }, { 'x-forwarded-for': client })
  const login = (email: string, password: string, client: string, cookie?: string) =>
    post('/api/users/login', { email, password }, { 'x-forwarded-for': client, ...(cookie ? { cookie } : {}) })
  const outbox = () => path.join(t.dataDir, 'outbox')
  const mails = () => (fs.existsSync(outbox()) ? fs.readdirSync(outbox()).map((f) => fs.readFileSync(path.join(outbox(), f), 'utf8')) : [])
  const mailsTo = (email: string) => mails().filter((m) => m.includes(`To: ${email}`))

  describe('POST /api/users/forgot-password', () => {
    it('answers at once, the same for a known and an unknown address, and mails the known one a working link', async () => {
      const editor = fx.users['ministry-editor']
      await forgot('warm-up@nowhere.example', '192.0.2.1')
      const known = await forgot(editor.email, '192.0.2.2')
      const unknown = await forgot('nobody@nowhere.example', '192.0.2.3')
      // Payload's own answered 500 "database is locked" after 5–9 s, for every address.
      expect([known.status, known.json]).toEqual([200, { message: 'Success' }])
      expect([unknown.status, unknown.json]).toEqual([known.status, known.json])
      console.log(`forgot-password answered in ${known.ms.toFixed(0)} ms (known address) and ${unknown.ms.toFixed(0)} ms (unknown)`)

      await passwordResetsIdle()
      expect(mailsTo('nobody@nowhere.example')).toEqual([])
      const [mail] = mailsTo(editor.email)
      expect(mail).toBeDefined()
      const token = /\/admin\/reset\/([0-9a-f]{40})/.exec(mail!)![1]!
      const reset = await post('/api/users/reset-password', { token, password: 'a-new-password-for-the-editor-42' }, { 'x-forwarded-for': '192.0.2.2' })
      expect(reset.status).toBe(200)
      expect((await login(editor.email, 'a-new-password-for-the-editor-42', '192.0.2.2')).status).toBe(200)
    })

    it("GraphQL's forgotPasswordUser takes the same path", async () => {
      const { configToSchema } = await import('@payloadcms/graphql')
      const field = configToSchema(t.payload.config).schema.getMutationType()!.getFields().forgotPasswordUser!
      const resolve = field.resolve as (source: unknown, args: unknown, context: unknown, info: unknown) => unknown
      const mission = fx.users['mission-editor']
      const context = { req: { payload: t.payload, headers: new Headers({ 'x-forwarded-for': '192.0.2.30' }) } }
      expect(await resolve(undefined, { email: mission.email }, context, {})).toBe(true)
      await passwordResetsIdle()
      expect(mailsTo(mission.email)).toHaveLength(1)
    })

    it('mails one address at most once in five minutes, however many ask', async () => {
      const admin = fx.users['ministry-admin']
      for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) expect((await forgot(admin.email, client)).status).toBe(200)
      await passwordResetsIdle()
      expect(mailsTo(admin.email)).toHaveLength(1)
    })

    it(`limits each client to ${RESET_REQUESTS_PER_CLIENT} requests, with Retry-After, and no other client`, async () => {
      for (let i = 0; i < RESET_REQUESTS_PER_CLIENT; i += 1) expect((await forgot(`x${i}@nowhere.example`, '203.0.113.50')).status).toBe(200)
      const refused = await forgot('x@nowhere.example', '203.0.113.50')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await forgot('x@nowhere.example', '203.0.113.51')).status).toBe(200)
      expect((await post('/api/users/forgot-password', {}, { 'x-forwarded-for': '203.0.113.52' })).status).toBe(400)
    })

    it("never holds other writers: an editor's save during a flood of requests takes well under a second", async () => {
      await passwordResetsIdle()
      const addresses = Object.values(fx.users).map((u) => u.email)
      const flood = Array.from({ length: 40 }, (_, i) => forgot(i % 2 ? addresses[i % addresses.length]! : `flood-${i}@nowhere.example`, `10.9.${i}.1`))
      const started = performance.now()
      await t.payload.update({ collection: 'press-releases', id: fx.pressReleases.A.draft, data: { summary: 'Saved during a flood of reset requests' }, draft: true })
      const saveMs = performance.now() - started
      const answers = await Promise.all(flood)
      await passwordResetsIdle()
      expect(answers.every((a) => a.status === 200)).toBe(true)
      // The save went through (Payload's own reset left 'database is locked'); its time is logged, not asserted.
      console.log(`a save during 40 reset requests took ${saveMs.toFixed(0)} ms`)
    })
  })

  describe('sign-in limits', () => {
    it("ten wrong passwords from new browsers stop guessing, but not the editor's own browser", async () => {
      const editor = fx.users['mission-editor']
      const own = await login(editor.email, editor.password, '192.0.2.10')
      expect(own.status).toBe(200)
      const device = own.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`))!
      expect(device).toMatch(/HttpOnly/)
      expect(device).toMatch(/SameSite=Strict/)
      const cookie = device.split(';')[0]!

      for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i += 1) {
        // Spread over clients, as an attacker with many addresses would.
        expect((await login(editor.email, `guess-${i}`, `203.0.113.${100 + (i % 3)}`)).status).toBe(401)
      }
      const guess = await login(editor.email, 'guess-x', '203.0.113.120')
      expect(guess.status).toBe(429)
      expect(Number(guess.headers.get('retry-after'))).toBeGreaterThan(0)
      // Even the right password from a browser the account never used is refused for now …
      expect((await login(editor.email, editor.password, '203.0.113.121')).status).toBe(429)
      // … but the editor's own browser signs in.
      expect((await login(editor.email, editor.password, '192.0.2.99', cookie)).status).toBe(200)
      // Another account is not touched.
      expect((await login(fx.users['ministry-admin'].email, fx.users['ministry-admin'].password, '203.0.113.122')).status).toBe(200)
    })

    it('writes nothing to the database for a failed sign-in (Payload\'s lock counted every failure in the users table)', async () => {
      const admin = fx.users['ministry-admin']
      const before = await t.payload.findByID({ collection: 'users', id: admin.id, depth: 0, showHiddenFields: true })
      expect((await login(admin.email, 'wrong', '198.51.100.77')).status).toBe(401)
      const after = await t.payload.findByID({ collection: 'users', id: admin.id, depth: 0, showHiddenFields: true })
      expect([after.updatedAt, (after as { loginAttempts?: number }).loginAttempts ?? 0]).toEqual([before.updatedAt, (before as { loginAttempts?: number }).loginAttempts ?? 0])
    })

    it(`limits one client to ${SIGN_IN_LIMITS.perClient} failures across accounts`, async () => {
      for (let i = 0; i < SIGN_IN_LIMITS.perClient; i += 1) expect((await login(`someone-${i}@nowhere.example`, 'x', '203.0.113.200')).status).toBe(401)
      expect((await login('someone-else@nowhere.example', 'x', '203.0.113.200')).status).toBe(429)
      const admin = fx.users['ministry-admin']
      expect((await login(admin.email, admin.password, '203.0.113.201')).status).toBe(200)
    })
  })
})
