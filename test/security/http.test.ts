import fs from 'node:fs'
import http from 'node:http'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STAFF_PASSWORD, buildAccessFixture, type AccessFixture } from '../support/accessFixture'
import { launchChromium } from '../support/browser'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { showServerOutputOnFailure } from '../support/serverOutput'
import { startTestPayload } from '../support/testPayload'

// Limits, not waits: room for next dev (CHANCERY_TEST_SERVER=dev), which compiles the admin on its first visit.
const SLOW = 240_000
// How fast refusals come back is measured by npm run bench:abuse, not asserted here (a loaded CI machine makes any bound flaky).

/**
 * Issue 20's findings over real HTTP, against one server of the app on a fixture database: the
 * requests that stalled the server are refused at once by name, bodies and lists are bounded,
 * every route carries its security headers, TRACE is 405, foreign origins cannot use a session
 * cookie, password reset answers, and Payload's admin runs under its CSP in Chromium.
 */
describe('hardening over HTTP (the real app)', () => {
  let server: RunningServer
  let dataDir: string
  let fx: AccessFixture
  let editorToken: string

  beforeAll(async () => {
    const t = await startTestPayload()
    dataDir = t.dataDir
    fx = await buildAccessFixture(t.payload)
    await t.payload.destroy()
    server = await startNextServer({ databaseUrl: t.databaseUrl, dataDir, env: () => ({ HSTS_MAX_AGE: '600', CHANCERY_AUTORUN_JOBS: 'false' }) })
    editorToken = (await login(fx.users['ministry-editor'].email, STAFF_PASSWORD, '192.0.2.1')).json.token
    // The GraphQL route's first request (under next dev, its compile) is not part of any timing below.
    await graphql('{ __typename }')
  }, SLOW * 2)

  showServerOutputOnFailure(() => server, 8_000)

  afterAll(async () => {
    await server?.stop()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  type Answer = { status: number; json: any; text: string; headers: Headers; ms: number }
  async function call(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<Answer> {
    const started = performance.now()
    const res = await fetch(`${server.url}${path}`, { method, headers: init.headers, body: init.body, signal: AbortSignal.timeout(120_000) })
    const text = await res.text()
    const ms = performance.now() - started
    let json: any
    try { json = JSON.parse(text) } catch { json = undefined }
    return { status: res.status, json, text, headers: res.headers, ms }
  }
  const get = (path: string, headers: Record<string, string> = {}) => call('GET', path, { headers })
  const editor = () => ({ authorization: `JWT ${editorToken}` })
  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    call('POST', path, { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } })
  async function login(email: string, password: string, client: string, cookie?: string): Promise<Answer> {
    return postJson('/api/users/login', { email, password }, { 'x-forwarded-for': client, ...(cookie ? { cookie } : {}) })
  }
  const graphql = (query: string, headers: Record<string, string> = {}) => postJson('/api/graphql', { query }, headers)
  const expectRefused = (answer: Answer, status: number, parameter: string, what: string) => {
    expect(answer.status, `${what}: ${answer.text.slice(0, 200)}`).toBe(status)
    expect(answer.json?.errors?.[0]?.parameter, what).toBe(parameter)
  }

  describe('nobody can stall the server', () => {
    it("refuses the issue's anonymous URLs at once, naming the parameter", async () => {
      for (const path of [
        '/api/press-releases?limit=1&depth=10', '/api/press-releases?limit=1&depth=5', '/api/services?limit=1&depth=4',
        '/api/missions?limit=100&depth=1000', '/api/globals/ministry?depth=3',
      ]) expectRefused(await get(path), 400, 'depth', path)
      expectRefused(await get('/api/missions?limit=100&depth=1'), 400, 'limit', 'limit at depth 1')
      expectRefused(await get('/api/missions?limit=0'), 400, 'limit', 'limit=0')
      expectRefused(await get('/api/missions?pagination=false'), 400, 'pagination', 'pagination=false')
      expectRefused(await get(`/api/press-releases?where[topics][in]=${Array.from({ length: 101 }, (_, i) => `t${i}`).join(',')}`), 400, 'where', 'long in-list')
    })

    it('gives anonymous readers small answers: depth 0 unless asked, pages of 100, depth 1 in pages of 10', async () => {
      const plain = await get('/api/press-releases?limit=100')
      expect(plain.status).toBe(200)
      expect(plain.json.docs.every((d: { mission?: unknown }) => d.mission === undefined || d.mission === null || typeof d.mission === 'string')).toBe(true)
      const deeper = await get('/api/press-releases?limit=10&depth=1')
      expect(deeper.status).toBe(200)
      expect(deeper.json.docs.some((d: { mission?: unknown }) => typeof d.mission === 'object' && d.mission !== null)).toBe(true)
    })

    it('gives signed-in staff larger bounds, still bounded; a made-up token buys nothing', async () => {
      expect((await get('/api/press-releases?limit=10&depth=2', editor())).status).toBe(200)
      expect((await get('/api/missions?limit=1000&depth=0', editor())).status).toBe(200)
      expectRefused(await get('/api/press-releases?limit=1&depth=3', editor()), 400, 'depth', 'staff depth 3')
      expectRefused(await get('/api/press-releases?limit=11&depth=2', editor()), 400, 'limit', 'staff limit at depth 2')
      expectRefused(await get('/api/missions?limit=0&depth=0', editor()), 400, 'limit', 'staff limit=0 without ids')
      // The admin's relationship fields read the chosen documents by id, unpaged, at depth 0.
      const byIds = await get(`/api/missions?limit=0&depth=0&where[id][in]=${fx.missions.A},${fx.missions.B}`, editor())
      expect(byIds.status).toBe(200)
      expect(byIds.json.docs).toHaveLength(2)
      expectRefused(await get('/api/press-releases?limit=10&depth=2', { authorization: 'JWT made.up.token' }), 400, 'depth', 'forged token')
    })

    it('bounds GraphQL the same way: the issue\'s nested query is refused by name, with 400 for GraphQL-over-HTTP clients', async () => {
      const nested = '{ Services(limit:100) { docs { missions { offices { services { missions { offices { services { id } } } } } } } } }'
      const asJson = await graphql(nested)
      expect(asJson.json.data).toBeUndefined()
      expect(asJson.json.errors[0].extensions.parameter).toBe('depth')
      const asGraphql = await graphql(nested, { accept: 'application/graphql-response+json' })
      expect(asGraphql.status).toBe(400)
      const cycle = await graphql('fragment F on Service { missions { ...G } } fragment G on Mission { offices { services { ...F } } } { Services(limit: 1) { docs { ...F } } }')
      expectRefused(cycle, 400, 'query', 'fragment cycle')
      const fine = await graphql('{ Services(limit: 10) { docs { id missions { id } } } }')
      expect([fine.status, fine.json.errors]).toEqual([200, undefined])
    })

    it('refuses a 12.6 MB body and 10,000 topic ids at once, before Payload reads them', async () => {
      const huge = JSON.stringify({ title: 'x', body: { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'a'.repeat(12_600_000) }] }] } } })
      expectRefused(await postJson('/api/press-releases', huge, editor()), 413, 'body', '12.6 MB rich text')
      const ids = Array.from({ length: 10_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
      expectRefused(await postJson('/api/press-releases', { title: 'x', topics: ids }, editor()), 400, 'topics', '10,000 topics')
      const upload = new FormData()
      upload.append('file', new Blob([new Uint8Array(21 * 1024 * 1024)], { type: 'image/png' }), 'huge.png')
      upload.append('_payload', JSON.stringify({ alt: 'x' }))
      expectRefused(await call('POST', '/api/media', { body: upload, headers: editor() }), 413, 'body', '21 MiB upload')
      expectRefused(await postJson('/api/graphql', { query: `{ Services { docs { id ${' title'.repeat(5_000)} } } }` }), 400, 'query', 'long GraphQL document')
    })
  })

  describe('headers, cookies, origins', () => {
    it('sends a complete set of security headers on every route, and no X-Powered-By', async () => {
      const media = (await get(`/api/media/${fx.media.A}?depth=0`)).json
      const cases: [string, Record<string, string | RegExp>][] = [
        ['/admin/login', { 'content-security-policy': /frame-ancestors 'none'/, 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' }],
        ['/api/missions', { 'content-security-policy': /default-src 'none'.*sandbox/, 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' }],
        [media.url as string, { 'content-security-policy': /default-src 'none'/, 'x-frame-options': 'DENY' }],
        ['/sites/', { 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'strict-origin-when-cross-origin' }],
        ['/citizen/enquiries', { 'content-security-policy': /frame-ancestors 'none'/, 'x-frame-options': 'DENY' }],
        ['/no-such-page', { 'content-security-policy': /frame-ancestors 'none'/, 'x-frame-options': 'DENY' }],
      ]
      for (const [path, expected] of cases) {
        const res = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(SLOW) })
        await res.arrayBuffer()
        expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
        expect(res.headers.get('strict-transport-security'), path).toBe('max-age=600')
        expect(res.headers.get('x-powered-by'), path).toBeNull()
        for (const [name, value] of Object.entries(expected)) {
          if (typeof value === 'string') expect(res.headers.get(name), `${path} ${name}`).toBe(value)
          else expect(res.headers.get(name), `${path} ${name}`).toMatch(value)
        }
      }
    }, SLOW)

    it('answers TRACE with 405 on every kind of route (it was 500)', async () => {
      for (const path of ['/api/missions', '/sites/', '/admin', '/citizen/enquiries']) {
        const status = await new Promise<number>((resolve, reject) => {
          const url = new URL(`${server.url}${path}`)
          const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'TRACE' }, (res) => {
            res.resume()
            resolve(res.statusCode!)
          })
          request.on('error', reject)
          request.end()
        })
        expect(status, path).toBe(405)
      }
    })

    it('refuses a cookie-authenticated write from a foreign origin, and keeps CORS closed', async () => {
      const signedIn = await login(fx.users['ministry-editor'].email, STAFF_PASSWORD, '192.0.2.2')
      const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!.split(';')[0]!
      const count = async () => (await get('/api/press-releases?limit=1&draft=true', editor())).json.totalDocs
      const before = await count()
      const release = { title: 'Planted from another site', slug: 'planted-csrf', summary: 'x', _status: 'draft' }
      // A form post or fetch from another site: no preflight for text/plain.
      const forged = await call('POST', '/api/press-releases', { body: JSON.stringify(release), headers: { cookie, origin: 'https://evil.example', 'content-type': 'text/plain' } })
      expectRefused(forged, 403, 'origin', 'foreign Origin')
      expectRefused(await call('POST', '/api/press-releases', { body: JSON.stringify(release), headers: { cookie, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' } }), 403, 'origin', 'cross-site without Origin')
      expect(await count()).toBe(before)
      // The admin's own requests carry its origin and go through (to Payload's validation here).
      const own = await call('POST', '/api/press-releases', { body: JSON.stringify({ title: 'x' }), headers: { cookie, origin: server.url, 'content-type': 'application/json' } })
      expect(own.status).toBe(400)
      expect(own.json.errors[0].parameter).toBeUndefined()
      const preflight = await call('OPTIONS', '/api/press-releases', { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
      const read = await get('/api/users/me', { cookie, origin: 'https://evil.example' })
      expect(read.headers.get('access-control-allow-origin')).toBeNull()
    })

    it('answers forgot-password at once and alike for known and unknown addresses, and limits each client', async () => {
      const known = await postJson('/api/users/forgot-password', { email: fx.users['ministry-admin'].email }, { 'x-forwarded-for': '198.51.100.9' })
      const unknown = await postJson('/api/users/forgot-password', { email: 'nobody@nowhere.example' }, { 'x-forwarded-for': '198.51.100.9' })
      expect([known.status, known.json]).toEqual([200, { message: 'Success' }])
      expect([unknown.status, unknown.json]).toEqual([200, { message: 'Success' }])
      for (let i = 0; i < 3; i += 1) await postJson('/api/users/forgot-password', { email: `x${i}@nowhere.example` }, { 'x-forwarded-for': '198.51.100.9' })
      const limited = await postJson('/api/users/forgot-password', { email: 'y@nowhere.example' }, { 'x-forwarded-for': '198.51.100.9' })
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    })

    it('limits failed sign-ins per client, with Retry-After, over GraphQL as over REST', async () => {
      for (let i = 0; i < 20; i += 1) {
        const answer = i % 2
          ? await login(`guess-${i}@nowhere.example`, 'x', '203.0.113.9')
          : await graphql(`mutation { loginUser(email: "guess-${i}@nowhere.example", password: "x") { token } }`, { 'x-forwarded-for': '203.0.113.9' })
        expect(answer.status === 401 || answer.json?.errors?.length > 0, `attempt ${i}`).toBe(true)
      }
      const refused = await login('guess-x@nowhere.example', 'x', '203.0.113.9')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    }, SLOW)
  })

  describe("Payload's admin under its CSP", () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => {
      await browser?.close()
    })

    it('signs in and opens a press release (Lexical) and the media list with no CSP violation', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
      page.setDefaultTimeout(SLOW)
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(message.text())
      })
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load (CSP ${event.violatedDirective}): ${event.blockedURI}`))
      })
      await page.goto(`${server.url}/admin/login`, { timeout: SLOW })
      await page.fill('input[name="email"]', fx.users['ministry-admin'].email)
      await page.fill('input[name="password"]', STAFF_PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: SLOW })
      await page.goto(`${server.url}/admin/collections/press-releases/${fx.pressReleases.A.published}`, { timeout: SLOW })
      await page.waitForSelector('[data-lexical-editor="true"]', { timeout: SLOW })
      await page.goto(`${server.url}/admin/collections/media`, { timeout: SLOW })
      await page.waitForSelector('table, .collection-list', { timeout: SLOW })
      expect(violations).toEqual([])
      await page.close()
    }, SLOW * 2)
  })
})
