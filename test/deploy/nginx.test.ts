import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeSite } from '../../src/build/siteWriter'
import { contentTypeFor } from '../../src/server/contentTypes'
import { NGINX, type RunningNginx, startNginx } from '../support/nginx'
import { createSitesFixture, file, madridFiles, type SitesFixture } from '../server/siteFixture'

const CMS = 'https://cms.example.org'
const LARGE_FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Quito</title>${Array.from(
  { length: 80 },
  (_, i) => `<item><title>Comunicado ${i}</title><description>Resumen del comunicado número ${i}.</description></item>`,
).join('')}</channel></rss>`

const installed = fs.existsSync(NGINX)
if (!installed) console.log(`nginx tests skipped: ${NGINX} not found (apt-get install nginx-light; .ci/run installs it)`)

/**
 * The shipped nginx configuration (deploy/nginx) in front of sites written as the generator
 * writes them, with the checks Chancery's own /sites/ route passes (test/server/sitesRoute):
 * media types, validators and 304s, gzip, each locale's 404 page, the swap of a rebuild.
 */
describe.skipIf(!installed)('the sites behind nginx (deploy/nginx)', () => {
  let fx: SitesFixture
  let network: RunningNginx
  let mission: RunningNginx

  beforeAll(async () => {
    fx = createSitesFixture()
    writeSite(fx.out, {
      site: 'quito',
      files: [
        file('es/feed.xml', LARGE_FEED),
        file('es/index.html', '<!doctype html><title>Quito</title>'),
        file('pagefind/pagefind-entry.json', '{"version":"1"}'),
        file('pagefind/fragment/es_5f0c1d2e3a.pf_fragment', new Uint8Array([1, 2, 3])),
      ],
    })
    network = await startNginx('network.conf', fx.out, CMS)
    mission = await startNginx('mission.conf', path.join(fx.out, 'madrid'), CMS)
  })

  afterAll(async () => {
    await network?.stop()
    await mission?.stop()
    if (fx) fs.rmSync(fx.root, { recursive: true, force: true })
  })

  const get = (base: RunningNginx, p: string, headers: Record<string, string> = {}) =>
    fetch(`${base.url}${p}`, { headers, redirect: 'manual' })
  const live = (p: string) => fs.readFileSync(path.join(fx.out, p), 'utf8')

  it('labels every kind of file the generator writes as Chancery’s own route does', async () => {
    const files = [
      'madrid/es/', 'madrid/es/feed.xml', 'madrid/es/feed.json', 'madrid/es/feed-archive-1.json', 'madrid/es/topics/trade/feed.xml',
      'madrid/es/sitemap.xml', 'madrid/data.json', 'madrid/data/atlas.csv', 'madrid/assets/site.css', 'madrid/assets/site.js',
      'madrid/assets/media/hero.webp', 'madrid/assets/media/hero.avif', 'madrid/assets/media/emblem.png', 'madrid/assets/media/photo.jpg',
      'madrid/assets/emblem.svg', 'madrid/robots.txt', 'feeds.opml',
    ]
    for (const p of files) {
      const res = await get(network, `/${p}`)
      expect(res.status, p).toBe(200)
      expect(res.headers.get('content-type'), p).toBe(contentTypeFor(p.endsWith('/') ? `${p}index.html` : p))
      expect(res.headers.get('x-content-type-options'), p).toBe('nosniff')
    }
    expect(await (await get(network, '/madrid/es/feed.xml')).text()).toBe(live('madrid/es/feed.xml'))
  })

  it('sends the security headers on pages and on errors: a policy with no inline script, no framing', async () => {
    for (const res of [await get(network, '/madrid/es/'), await get(network, '/madrid/es/nowhere/')]) {
      const csp = res.headers.get('content-security-policy') ?? ''
      const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? ''
      expect(script).toBe("'self' 'wasm-unsafe-eval'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain(`form-action 'self' ${CMS}`)
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
    }
  })

  it('gives ETag and Last-Modified, and answers If-None-Match and If-Modified-Since by 304 with no body', async () => {
    const first = await get(network, '/madrid/es/feed.xml')
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect(etag).toMatch(/^"/)
    expect(new Date(lastModified).getTime()).toBe(Math.floor(fs.statSync(path.join(fx.out, 'madrid/es/feed.xml')).mtimeMs / 1000) * 1000)
    for (const headers of [{ 'if-none-match': etag }, { 'if-modified-since': lastModified }] as Record<string, string>[]) {
      const again = await get(network, '/madrid/es/feed.xml', headers)
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
    }
  })

  it('caches pages and feeds five minutes, the site’s assets an hour, Pagefind’s content-named files a year', async () => {
    expect((await get(network, '/madrid/es/')).headers.get('cache-control')).toBe('max-age=300')
    expect((await get(network, '/madrid/es/feed.json')).headers.get('cache-control')).toBe('max-age=300')
    expect((await get(network, '/madrid/assets/site.css')).headers.get('cache-control')).toBe('max-age=3600')
    expect((await get(network, '/quito/pagefind/pagefind-entry.json')).headers.get('cache-control')).toBe('max-age=300')
    const fragment = await get(network, '/quito/pagefind/fragment/es_5f0c1d2e3a.pf_fragment')
    expect(fragment.status).toBe(200)
    expect(fragment.headers.get('cache-control')).toBe('max-age=31536000, immutable')
  })

  it('compresses a large feed for a client that accepts gzip, saying so in Vary', async () => {
    const res = await fetch(`${network.url}/quito/es/feed.xml`, { headers: { 'accept-encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    // fetch decodes gzip itself: what arrives is the file.
    expect(await res.text()).toBe(LARGE_FEED)
    const plain = await fetch(`${network.url}/quito/es/feed.xml`, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(zlib.gzipSync(LARGE_FEED).length).toBeLessThan(LARGE_FEED.length)
  })

  it('sends a folder URL without its slash to the slashed one, relative to the host', async () => {
    const res = await get(network, '/madrid/es/news')
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/madrid/es/news/')
  })

  it('answers a missing page inside a locale with that locale’s 404 page and status 404', async () => {
    const res = await get(network, '/madrid/es/no-such-page/')
    expect(res.status).toBe(404)
    expect(await res.text()).toBe(live('madrid/es/404.html'))
    const outside = await get(network, '/no-such-site/')
    expect(outside.status).toBe(404)
    expect(await outside.text()).not.toContain('Página no encontrada')
  })

  it('never serves the build’s own state under .chancery', async () => {
    const copy = fs.readlinkSync(path.join(fx.out, 'madrid')).split('/').pop()!
    for (const p of [`/.chancery/madrid/${copy}/es/index.html`, `/.chancery/madrid/${copy}/es/feed.xml`, `/.chancery/madrid/${copy}.manifest.json`]) {
      const res = await get(network, p)
      expect(res.status, p).toBe(404)
      expect(await res.text(), p).not.toContain('Embajada en Madrid')
    }
  })

  it('serves the new version as soon as a rebuild swaps the site link, with a new ETag', async () => {
    const before = await get(network, '/madrid/es/')
    writeSite(fx.out, { site: 'madrid', files: madridFiles('Embajada de España en Quito') })
    const after = await get(network, '/madrid/es/')
    expect(await after.text()).toContain('Embajada de España en Quito')
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
  })

  it('serves one mission’s folder on its own host the same way (mission.conf)', async () => {
    const home = await get(mission, '/es/')
    expect(home.status).toBe(200)
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect((await get(mission, '/es/feed.json')).headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const missing = await get(mission, '/es/no-such-page/')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe(live('madrid/es/404.html'))
    expect((await get(mission, '/es/')).headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})
