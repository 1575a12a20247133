import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeSite } from '../../src/build/siteWriter'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startTestPayload } from '../support/testPayload'
import { createSitesFixture, file, madridFiles, SECRET, type SitesFixture } from './siteFixture'

type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string; bytes: Buffer }

// Large enough to be worth compressing (Next's own compression starts at 1 kB).
const LARGE_FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Quito</title>${Array.from(
  { length: 80 },
  (_, i) => `<item><title>Comunicado ${i}</title><description>Resumen del comunicado número ${i}.</description></item>`,
).join('')}</channel></rss>`

/**
 * The generated sites as the running app serves them under /sites/, over real HTTP. Paths
 * are sent byte for byte (fetch would normalise `..` and `%2e%2e` away before sending).
 */
describe('the app serves the generated sites at /sites/', () => {
  let server: RunningServer
  let dataDir: string
  let fx: SitesFixture
  let restoreSitesDir: (() => void) | undefined

  beforeAll(async () => {
    fx = createSitesFixture()
    writeSite(fx.out, { site: 'quito', files: [file('es/feed.xml', LARGE_FEED)] })
    const t = await startTestPayload()
    dataDir = t.dataDir
    await t.payload.destroy()
    // startNextServer passes its own environment on to the app.
    restoreSitesDir = pointSitesDirAt(fx.out)
    server = await startNextServer({ databaseUrl: t.databaseUrl, dataDir })
  })

  afterAll(async () => {
    await server?.stop()
    restoreSitesDir?.()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    if (fx) fs.rmSync(fx.root, { recursive: true, force: true })
  })

  function send(rawPath: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawAnswer> {
    const { hostname, port } = new URL(server.url)
    return new Promise((resolve, reject) => {
      const req = http.request({ hostname, port, path: rawPath, method: options.method ?? 'GET', headers: options.headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({ status: res.statusCode!, headers: res.headers, body: bytes.toString('utf8'), bytes })
        })
        res.on('error', reject)
      })
      req.setTimeout(120_000, () => req.destroy(new Error(`no answer for ${rawPath}\n${server.output()}`)))
      req.on('error', reject)
      req.end()
    })
  }
  const live = (p: string) => fs.readFileSync(path.join(fx.out, p), 'utf8')

  it('serves a mission home page at its folder URL as HTML with validators', async () => {
    const res = await send('/sites/madrid/es/')
    // Next's default 308 to the unslashed URL would break every relative link on the pages.
    expect(res.status, 'the app must keep the trailing slash: next.config.mjs needs skipTrailingSlashRedirect: true').toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.body).toBe(live('madrid/es/index.html'))
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(res.headers['last-modified']).toBe(fs.statSync(path.join(fx.out, 'madrid/es/index.html')).mtime.toUTCString())
    expect(res.headers['cache-control']).toBe('public, max-age=300, no-transform')
  })

  it('redirects a folder URL without its trailing slash to the slashed one with 308', async () => {
    const res = await send('/sites/madrid/es/news/visado-nuevo')
    expect(res.status).toBe(308)
    expect(new URL(res.headers.location!, server.url).pathname).toBe('/sites/madrid/es/news/visado-nuevo/')
    expect((await send('/sites/madrid/es/news/visado-nuevo/')).body).toBe(live('madrid/es/news/visado-nuevo/index.html'))
  })

  it.each([
    ['/sites/madrid/es/feed.xml', 'application/rss+xml; charset=utf-8', 'madrid/es/feed.xml'],
    ['/sites/madrid/es/feed.json', 'application/feed+json; charset=utf-8', 'madrid/es/feed.json'],
    ['/sites/feeds.opml', 'text/x-opml; charset=utf-8', 'feeds.opml'],
    ['/sites/madrid/es/sitemap.xml', 'application/xml; charset=utf-8', 'madrid/es/sitemap.xml'],
    ['/sites/madrid/assets/site.css', 'text/css; charset=utf-8', 'madrid/assets/site.css'],
  ])('serves %s as %s with its bytes, an ETag and Last-Modified', async (url, type, file) => {
    const res = await send(url)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe(type)
    expect(res.body).toBe(live(file))
    expect(res.headers.etag).toBeTruthy()
    expect(res.headers['last-modified']).toBeTruthy()
  })

  it('answers If-None-Match with the current ETag by 304 and no body', async () => {
    const first = await send('/sites/madrid/es/feed.xml')
    const again = await send('/sites/madrid/es/feed.xml', { headers: { 'if-none-match': first.headers.etag! } })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.etag).toBe(first.headers.etag)
    const stale = await send('/sites/madrid/es/feed.xml', { headers: { 'if-none-match': '"stale"' } })
    expect(stale.status).toBe(200)
    expect(stale.body).toBe(live('madrid/es/feed.xml'))
  })

  it('gives the gzip-encoded answer its own ETag, and validates each variant by its own', async () => {
    const url = '/sites/quito/es/feed.xml'
    const identity = await send(url)
    expect(identity.headers['content-encoding']).toBeUndefined()
    expect(identity.body).toBe(LARGE_FEED)
    expect(identity.headers.vary).toMatch(/accept-encoding/i)

    const gzip = await send(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(gzip.status).toBe(200)
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.bytes).toString('utf8')).toBe(LARGE_FEED)
    expect(gzip.headers.vary).toMatch(/accept-encoding/i)
    // A strong ETag promises these very bytes; the compressed ones are other bytes.
    expect(gzip.headers.etag).toMatch(/^"[^"]+"$/)
    expect(gzip.headers.etag).not.toBe(identity.headers.etag)

    const gzipAgain = await send(url, { headers: { 'accept-encoding': 'gzip, deflate, br', 'if-none-match': gzip.headers.etag! } })
    expect(gzipAgain.status).toBe(304)
    expect(gzipAgain.body).toBe('')
    expect(gzipAgain.headers.etag).toBe(gzip.headers.etag)
    expect(gzipAgain.headers.vary).toMatch(/accept-encoding/i)
    // A cache holding the identity answer may revalidate it for a client that accepts gzip.
    const identityAgain = await send(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': identity.headers.etag! } })
    expect(identityAgain.status).toBe(304)
    expect(identityAgain.headers.etag).toBe(identity.headers.etag)
    // A client that cannot decode gzip must not be told its gzip copy is current.
    const noGzip = await send(url, { headers: { 'if-none-match': gzip.headers.etag! } })
    expect(noGzip.status).toBe(200)
    expect(noGzip.body).toBe(LARGE_FEED)
    expect(noGzip.headers.etag).toBe(identity.headers.etag)
  })

  // Next's compression encodes the route's answers after the route (see src/server/contentCoding):
  // whatever it sends, the tag must name those bytes. Forms that browsers, feed readers and
  // curl send, and the corner cases of its negotiation.
  it.each([
    'gzip', 'gzip, deflate, br, zstd', 'br, gzip', 'deflate', 'deflate, gzip', 'deflate, gzip;q=0.5', 'br', 'x-gzip', '*',
    'identity', 'identity, gzip', 'gzip, identity', 'gzip;q=0.5', 'gzip;q=0.5, identity', 'gzip;q=0', 'identity;q=0, gzip', '*;q=0, gzip',
  ])('labels the answer for Accept-Encoding: %s with the ETag of the bytes it sends', async (acceptEncoding) => {
    const url = '/sites/quito/es/feed.xml'
    const identity = await send(url)
    const answer = await send(url, { headers: { 'accept-encoding': acceptEncoding } })
    expect(answer.status).toBe(200)
    const coding = answer.headers['content-encoding'] ?? 'identity'
    expect(['gzip', 'identity'], `unexpected coding ${coding}`).toContain(coding)
    if (coding === 'gzip') {
      expect(zlib.gunzipSync(answer.bytes).toString('utf8')).toBe(LARGE_FEED)
      expect(answer.headers.etag).toBe(identity.headers.etag!.replace(/"$/, '-gzip"'))
    } else {
      expect(answer.body).toBe(LARGE_FEED)
      expect(answer.headers.etag).toBe(identity.headers.etag)
    }
    // HEAD is never compressed, so it names the identity bytes.
    const head = await send(url, { method: 'HEAD', headers: { 'accept-encoding': acceptEncoding } })
    expect(head.headers['content-encoding']).toBeUndefined()
    expect(head.headers.etag).toBe(identity.headers.etag)
  })

  it('answers If-Modified-Since at Last-Modified by 304, and an earlier date with the feed', async () => {
    const first = await send('/sites/madrid/es/feed.json')
    const since = first.headers['last-modified']!
    expect((await send('/sites/madrid/es/feed.json', { headers: { 'if-modified-since': since } })).status).toBe(304)
    const earlier = new Date(new Date(since).getTime() - 3600_000).toUTCString()
    expect((await send('/sites/madrid/es/feed.json', { headers: { 'if-modified-since': earlier } })).status).toBe(200)
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await send('/sites/madrid/es/feed.json', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.body).toBe('')
    expect(res.headers['content-type']).toBe('application/feed+json; charset=utf-8')
    expect(res.headers.etag).toBe((await send('/sites/madrid/es/feed.json')).headers.etag)
  })

  it('opens the JSON feed to every origin and answers the preflight of a conditional poll', async () => {
    const res = await send('/sites/madrid/es/feed.json', { headers: { origin: 'https://reader.example' } })
    expect(res.headers['access-control-allow-origin']).toBe('*')
    const preflight = await send('/sites/madrid/es/feed.json', {
      method: 'OPTIONS',
      headers: { origin: 'https://reader.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('*')
    expect(preflight.headers['access-control-allow-headers']).toMatch(/if-none-match/i)
  })

  it.each([
    '/sites/..%2f..%2fetc/passwd',
    '/sites/..%2fsecret.txt',
    '/sites/%2e%2e/secret.txt',
    '/sites/madrid/%2e%2e/%2e%2e/secret.txt',
    '/sites/madrid/es%5c..%5c..%5c..%5csecret.txt',
    '/sites/madrid/es/index.html%00',
    '/sites/.chancery/',
    '/sites/%2echancery/madrid/',
  ])('refuses %s without revealing anything outside the sites', async (url) => {
    const res = await send(url)
    expect([400, 404]).toContain(res.status)
    expect(res.body).not.toContain(SECRET)
    expect(res.body).not.toContain('root:')
  })

  it('refuses the live version behind the site link under .chancery', async () => {
    const version = fs.readlinkSync(path.join(fx.out, 'madrid')).split('/').pop()!
    expect(fs.existsSync(path.join(fx.out, '.chancery', 'madrid', version, 'es', 'feed.xml'))).toBe(true)
    expect((await send(`/sites/.chancery/madrid/${version}/es/feed.xml`)).status).toBe(404)
    expect((await send(`/sites/.chancery/madrid/${version}.manifest.json`)).status).toBe(404)
  })

  it('answers a missing page inside a mission locale with that locale’s 404 page and status 404', async () => {
    const res = await send('/sites/madrid/es/nope/')
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.body).toBe(live('madrid/es/404.html'))
  })

  it('lists the generated sites at /sites/', async () => {
    const listing = await send('/sites/')
    expect(listing.status).toBe(200)
    expect(listing.body).toContain('href="/sites/madrid/es/"')
    expect(listing.body).toContain('href="/sites/ministry/es/"')
  })

  it('serves the new version as soon as a rebuild swaps the site link, with a new ETag', async () => {
    const before = await send('/sites/madrid/es/')
    writeSite(fx.out, { site: 'madrid', files: madridFiles('Embajada renovada') })
    const after = await send('/sites/madrid/es/', { headers: { 'if-none-match': before.headers.etag! } })
    expect(after.status).toBe(200)
    expect(after.body).toContain('Embajada renovada')
    expect(after.headers.etag).not.toBe(before.headers.etag)
  })

  it('leaves the admin API where it was', async () => {
    const res = await send('/api/users/me')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('application/json')
  })
})
