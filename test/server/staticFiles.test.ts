import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeSite } from '../../src/build/siteWriter'
import { matchesAny } from '../../src/server/conditionalGet'
import { answerSiteRequest, type SiteAnswer } from '../../src/server/siteResponse'
import { resolveSiteFile } from '../../src/server/staticFiles'
import { sitesDir } from '../../src/server/sitesDir'
import { createSitesFixture, file, madridFiles, SECRET, type SitesFixture } from './siteFixture'

let fx: SitesFixture

beforeAll(() => {
  fx = createSitesFixture()
})
afterAll(() => fs.rmSync(fx.root, { recursive: true, force: true }))

function request(out: string, pathname: string, init: { method?: string; headers?: Record<string, string>; search?: string } = {}): Promise<SiteAnswer> {
  return answerSiteRequest(out, { method: init.method ?? 'GET', pathname, search: init.search ?? '', headers: new Headers(init.headers) })
}
const text = (answer: SiteAnswer) => (answer.body === null ? null : Buffer.from(answer.body).toString('utf8'))
const live = (site: string, p: string) => fs.readFileSync(path.join(fx.out, site, p), 'utf8')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('resolveSiteFile maps URLs onto the sites folder', () => {
  it('maps a folder URL with its trailing slash to index.html inside the live version of the site', async () => {
    const target = await resolveSiteFile(fx.out, '/madrid/es/')
    expect(target.kind).toBe('file')
    const real = (target as { file: string }).file
    expect(real.startsWith(fs.realpathSync(path.join(fx.out, '.chancery', 'madrid')) + path.sep)).toBe(true)
    expect(fs.readFileSync(real, 'utf8')).toBe(live('madrid', 'es/index.html'))
  })

  it('never answers a page missing when a rebuild swaps the site to a copy that also has it', async () => {
    const out = path.join(fx.root, 'swaps')
    writeSite(out, { site: 'madrid', files: madridFiles() })
    const kinds = new Set<string>()
    for (let round = 0; round < 150; round++) {
      // Requests in flight at every stage of their lookups while the build swaps the link.
      const answers = Promise.all(Array.from({ length: 12 }, () => resolveSiteFile(out, '/madrid/es/news/visado-nuevo/')))
      for (let wait = 0; wait < round % 10; wait++) await new Promise((r) => setImmediate(r))
      writeSite(out, { site: 'madrid', files: madridFiles(`Embajada ${round}`) })
      for (const answer of await answers) kinds.add(answer.kind)
    }
    expect([...kinds]).toEqual(['file'])
  })

  it('sends a folder URL without its trailing slash to the slashed URL, keeping the query, with a 308', async () => {
    expect(await resolveSiteFile(fx.out, '/madrid/es')).toEqual({ kind: 'add-trailing-slash' })
    const answer = await request(fx.out, '/sites/madrid/es/news/visado-nuevo', { search: '?utm=x' })
    expect(answer.status).toBe(308)
    expect(answer.headers.location).toBe('/sites/madrid/es/news/visado-nuevo/?utm=x')
  })

  it('serves nested pages, files named in full, and top-level network files such as feeds.opml', async () => {
    expect(text(await request(fx.out, '/sites/madrid/es/news/visado-nuevo/'))).toBe(live('madrid', 'es/news/visado-nuevo/index.html'))
    expect(text(await request(fx.out, '/sites/madrid/es/index.html'))).toBe(live('madrid', 'es/index.html'))
    expect(text(await request(fx.out, '/sites/ministry/es/'))).toBe(live('ministry', 'es/index.html'))
    expect(text(await request(fx.out, '/sites/feeds.opml'))).toBe(fs.readFileSync(path.join(fx.out, 'feeds.opml'), 'utf8'))
  })

  it('decodes percent-encoded names that are plain names', async () => {
    writeSite(fx.out, { site: 'lima', files: [file('es/news/año nuevo/index.html', 'feliz año')] })
    expect(text(await request(fx.out, '/sites/lima/es/news/a%C3%B1o%20nuevo/'))).toBe('feliz año')
  })

  it('does not serve a file under a folder-style URL, nor a folder that has no index.html', async () => {
    expect((await request(fx.out, '/sites/madrid/es/feed.xml/')).status).toBe(404)
    expect((await request(fx.out, '/sites/madrid/assets/')).status).toBe(404)
    expect((await request(fx.out, '/sites/madrid/assets')).status).toBe(404)
  })

  it('takes SITES_DIR relative to the working directory, and dist/sites by default', () => {
    expect(sitesDir({ SITES_DIR: 'tmp/out' }, '/srv/app')).toBe('/srv/app/tmp/out')
    expect(sitesDir({ SITES_DIR: '/var/sites' }, '/srv/app')).toBe('/var/sites')
    expect(sitesDir({}, '/srv/app')).toBe('/srv/app/dist/sites')
  })
})

describe('content types', () => {
  it.each([
    ['/sites/madrid/es/', 'text/html; charset=utf-8'],
    ['/sites/madrid/es/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/sites/madrid/es/topics/trade/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/sites/madrid/es/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/sites/madrid/es/feed.json', 'application/feed+json; charset=utf-8'],
    ['/sites/madrid/es/feed-archive-1.json', 'application/feed+json; charset=utf-8'],
    ['/sites/madrid/data.json', 'application/json; charset=utf-8'],
    ['/sites/madrid/data/atlas.csv', 'text/csv; charset=utf-8'],
    ['/sites/feeds.opml', 'text/x-opml; charset=utf-8'],
    ['/sites/madrid/assets/site.css', 'text/css; charset=utf-8'],
    ['/sites/madrid/assets/site.js', 'text/javascript; charset=utf-8'],
    ['/sites/madrid/assets/media/hero.webp', 'image/webp'],
    ['/sites/madrid/assets/media/hero.avif', 'image/avif'],
    ['/sites/madrid/assets/media/emblem.png', 'image/png'],
    ['/sites/madrid/assets/media/photo.jpg', 'image/jpeg'],
    ['/sites/madrid/assets/emblem.svg', 'image/svg+xml'],
    ['/sites/madrid/robots.txt', 'text/plain; charset=utf-8'],
  ])('%s is served as %s', async (url, type) => {
    const answer = await request(fx.out, url)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe(type)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  })

  it('sandboxes HTML and SVG (served on the admin origin) and nothing else', async () => {
    expect((await request(fx.out, '/sites/madrid/es/')).headers['content-security-policy']).toMatch(/^sandbox /)
    expect((await request(fx.out, '/sites/madrid/assets/emblem.svg')).headers['content-security-policy']).toMatch(/^sandbox /)
    expect((await request(fx.out, '/sites/madrid/es/')).headers['content-security-policy']).not.toContain('allow-same-origin')
    expect((await request(fx.out, '/sites/madrid/es/feed.json')).headers['content-security-policy']).toBeUndefined()
  })
})

describe('nothing outside a site, nor its private state, is ever served', () => {
  it('the secret beside the sites folder exists and is readable, so a refusal below is the server refusing', () => {
    expect(fs.readFileSync(fx.secret, 'utf8')).toBe(SECRET)
  })

  it.each([
    '/sites/../secret.txt',
    '/sites/madrid/../../secret.txt',
    '/sites/madrid/es/../../../secret.txt',
    '/sites/%2e%2e/secret.txt',
    '/sites/madrid/%2E%2E/%2e%2e/secret.txt',
    '/sites/..%2fsecret.txt',
    '/sites/madrid/es%2f..%2f..%2f..%2fsecret.txt',
    '/sites/madrid\\..\\..\\secret.txt',
    '/sites/madrid/es%5c..%5c..%5c..%5csecret.txt',
    '/sites/madrid/es/index.html%00.txt',
    '/sites/madrid//es/',
    '/sites/./madrid/es/',
  ])('refuses %s', async (url) => {
    const answer = await request(fx.out, url)
    expect([400, 404]).toContain(answer.status)
    expect(text(answer) ?? '').not.toContain(SECRET)
  })

  it('refuses the private .chancery folder, its versions and manifests, and every dot-file', async () => {
    const version = fs.readlinkSync(path.join(fx.out, 'madrid')).split('/').pop()!
    expect(fs.existsSync(path.join(fx.out, '.chancery', 'madrid', version, 'es', 'index.html'))).toBe(true)
    fs.writeFileSync(path.join(fx.out, '.env'), 'SECRET=1')
    for (const url of [
      '/sites/.chancery/',
      `/sites/.chancery/madrid/${version}/es/index.html`,
      `/sites/.chancery/madrid/${version}.manifest.json`,
      `/sites/%2echancery/madrid/${version}/es/index.html`,
      '/sites/.env',
    ]) {
      expect((await request(fx.out, url)).status, url).toBe(404)
    }
  })

  it('does not follow a symbolic link inside a site that leads out of it, even into another site', async () => {
    const es = path.join(fx.out, 'madrid', 'es')
    fs.symlinkSync(fx.secret, path.join(es, 'leak.txt'))
    fs.symlinkSync(path.join(fx.out, 'ministry', 'es', 'index.html'), path.join(es, 'other-site.html'))
    fs.symlinkSync(fx.root, path.join(es, 'up'))
    expect(fs.readFileSync(path.join(es, 'leak.txt'), 'utf8')).toBe(SECRET)
    for (const url of ['/sites/madrid/es/leak.txt', '/sites/madrid/es/other-site.html', '/sites/madrid/es/up/secret.txt']) {
      const answer = await request(fx.out, url)
      expect(answer.status, url).toBe(404)
      expect(text(answer), url).not.toContain(SECRET)
    }
  })

  it('does not serve a site link, or a top-level file, that points outside the sites folder', async () => {
    fs.symlinkSync(fx.root, path.join(fx.out, 'evil'))
    fs.symlinkSync(fx.secret, path.join(fx.out, 'secret.txt'))
    expect((await request(fx.out, '/sites/evil/secret.txt')).status).toBe(404)
    expect((await request(fx.out, '/sites/secret.txt')).status).toBe(404)
  })

  it('answers malformed percent-encoding with 400', async () => {
    expect((await request(fx.out, '/sites/madrid/es/%zz/')).status).toBe(400)
  })
})

describe('validators', () => {
  it('sends a strong ETag and the file mtime as Last-Modified', async () => {
    const answer = await request(fx.out, '/sites/madrid/es/feed.xml')
    expect(answer.headers.etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/)
    const mtime = fs.statSync(path.join(fx.out, 'madrid', 'es', 'feed.xml')).mtime
    expect(answer.headers['last-modified']).toBe(mtime.toUTCString())
    expect(answer.headers['cache-control']).toBe('public, max-age=300, no-transform')
  })

  it('keeps both validators across a no-op rebuild and across a rebuild that changes another file', async () => {
    const out = path.join(fx.root, 'rebuilds')
    writeSite(out, { site: 'madrid', files: madridFiles() })
    const before = await request(out, '/sites/madrid/es/feed.xml')
    await sleep(1100)
    writeSite(out, { site: 'madrid', files: madridFiles() })
    const noop = await request(out, '/sites/madrid/es/feed.xml')
    const liveBefore = fs.readlinkSync(path.join(out, 'madrid'))
    writeSite(out, { site: 'madrid', files: madridFiles('Embajada de España') })
    expect(fs.readlinkSync(path.join(out, 'madrid'))).not.toBe(liveBefore)
    const afterOtherChange = await request(out, '/sites/madrid/es/feed.xml')
    for (const answer of [noop, afterOtherChange]) {
      expect(answer.headers.etag).toBe(before.headers.etag)
      expect(answer.headers['last-modified']).toBe(before.headers['last-modified'])
    }
  })

  it('changes both validators when the bytes change, and a client holding the old ETag gets the new body', async () => {
    const out = path.join(fx.root, 'changes')
    writeSite(out, { site: 'madrid', files: madridFiles() })
    const before = await request(out, '/sites/madrid/es/')
    await sleep(1100)
    writeSite(out, { site: 'madrid', files: madridFiles('Embajada de España') })
    const after = await request(out, '/sites/madrid/es/', { headers: { 'if-none-match': before.headers.etag } })
    expect(after.status).toBe(200)
    expect(text(after)).toContain('Embajada de España')
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(new Date(after.headers['last-modified']).getTime()).toBeGreaterThan(new Date(before.headers['last-modified']).getTime())
  })

  it('gives the same ETag to the same bytes wherever they are, and different ETags to different bytes', async () => {
    const a = await request(fx.out, '/sites/madrid/es/feed.json')
    const b = await request(fx.out, '/sites/madrid/es/feed-archive-1.json')
    expect(a.headers.etag).not.toBe(b.headers.etag)
    const copy = path.join(fx.root, 'copy')
    writeSite(copy, { site: 'madrid', files: madridFiles() })
    expect((await request(copy, '/sites/madrid/es/feed.json')).headers.etag).toBe(a.headers.etag)
  })
})

describe('conditional GET', () => {
  const url = '/sites/madrid/es/feed.json'
  const current = () => request(fx.out, url)

  it.each([
    ['the exact ETag', (etag: string) => etag],
    ['the weak form of the ETag', (etag: string) => `W/${etag}`],
    ['a list holding the ETag', (etag: string) => `"other", ${etag} , W/"third"`],
    ['*', () => '*'],
  ])('If-None-Match with %s answers 304 with the validators and no body', async (_, value) => {
    const { headers } = await current()
    const answer = await request(fx.out, url, { headers: { 'if-none-match': value(headers.etag) } })
    expect(answer.status).toBe(304)
    expect(answer.body).toBeNull()
    expect(answer.headers.etag).toBe(headers.etag)
    expect(answer.headers['last-modified']).toBe(headers['last-modified'])
    expect(answer.headers['cache-control']).toBe('public, max-age=300, no-transform')
  })

  it('If-None-Match with other tags answers 200 with the body', async () => {
    const answer = await request(fx.out, url, { headers: { 'if-none-match': '"nope", W/"also-nope"' } })
    expect(answer.status).toBe(200)
    expect(text(answer)).toBe(live('madrid', 'es/feed.json'))
  })

  it('a comma inside a quoted tag does not split it', () => {
    expect(matchesAny('"a,b"', '"a,b"')).toBe(true)
    expect(matchesAny('"a,b"', '"a"')).toBe(false)
    expect(matchesAny('"x", W/"a,b"', '"a,b"')).toBe(true)
  })

  it('If-Modified-Since at or after Last-Modified answers 304; before it, or unparseable, answers 200', async () => {
    const { headers } = await current()
    const lastModified = new Date(headers['last-modified']).getTime()
    const ims = async (value: string) => (await request(fx.out, url, { headers: { 'if-modified-since': value } })).status
    expect(await ims(headers['last-modified'])).toBe(304)
    expect(await ims(new Date(lastModified + 60_000).toUTCString())).toBe(304)
    expect(await ims(new Date(lastModified - 1000).toUTCString())).toBe(200)
    expect(await ims('yesterday')).toBe(200)
  })

  it('If-Modified-Since is ignored when If-None-Match is present', async () => {
    const { headers } = await current()
    const answer = await request(fx.out, url, { headers: { 'if-none-match': '"stale"', 'if-modified-since': headers['last-modified'] } })
    expect(answer.status).toBe(200)
  })

  it('HEAD answers the same status and headers as GET, without a body, and honours validators', async () => {
    const get = await current()
    const head = await request(fx.out, url, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body).toBeNull()
    expect(head.headers).toEqual(get.headers)
    expect(head.headers['content-length']).toBe(String(fs.statSync(path.join(fx.out, 'madrid', 'es', 'feed.json')).size))
    expect((await request(fx.out, url, { method: 'HEAD', headers: { 'if-none-match': get.headers.etag } })).status).toBe(304)
  })
})

describe('CORS and errors', () => {
  it('opens JSON feeds, RSS feeds and the OPML to every origin and exposes the ETag', async () => {
    for (const url of ['/sites/madrid/es/feed.json', '/sites/madrid/es/feed.xml', '/sites/feeds.opml']) {
      const answer = await request(fx.out, url)
      expect(answer.headers['access-control-allow-origin'], url).toBe('*')
      expect(answer.headers['access-control-expose-headers'], url).toContain('ETag')
    }
  })

  it('answers a CORS preflight for conditional polling', async () => {
    const answer = await request(fx.out, '/sites/madrid/es/feed.json', { method: 'OPTIONS', headers: { origin: 'https://reader.example', 'access-control-request-headers': 'if-none-match' } })
    expect(answer.status).toBe(204)
    expect(answer.headers['access-control-allow-origin']).toBe('*')
    expect(answer.headers['access-control-allow-methods']).toContain('GET')
    expect(answer.headers['access-control-allow-headers']).toMatch(/If-None-Match/i)
  })

  it('answers a missing page inside a locale with that locale’s 404 page and status 404', async () => {
    for (const url of ['/sites/madrid/es/nope/', '/sites/madrid/es/news/gone/', '/sites/madrid/es/feed.rss']) {
      const answer = await request(fx.out, url)
      expect(answer.status, url).toBe(404)
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(text(answer)).toBe(live('madrid', 'es/404.html'))
    }
  })

  it('answers a plain 404 where no locale 404 page exists', async () => {
    for (const url of ['/sites/madrid/en/nope/', '/sites/madrid/nope/', '/sites/nowhere/es/']) {
      const answer = await request(fx.out, url)
      expect(answer.status, url).toBe(404)
      expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8')
    }
  })

  it('refuses methods other than GET, HEAD and OPTIONS', async () => {
    expect((await request(fx.out, '/sites/madrid/es/', { method: 'POST' })).status).toBe(405)
  })

  it('lists the sites and their locales at /sites/, escaping every name', async () => {
    const hostile = path.join(fx.out, 'x<b>&"')
    fs.mkdirSync(path.join(hostile, 'es'), { recursive: true })
    fs.writeFileSync(path.join(hostile, 'es', 'index.html'), 'x')
    const answer = await request(fx.out, '/sites/')
    expect(answer.status).toBe(200)
    const html = text(answer)!
    expect(html).toContain('<a href="/sites/madrid/en/" hreflang="en">en</a> <a href="/sites/madrid/es/" hreflang="es">es</a>')
    expect(html).toContain('<a href="/sites/ministry/es/"')
    expect(html).toContain('<a href="/sites/feeds.opml">feeds.opml</a>')
    expect(html).toContain('x&#60;b&#62;&#38;&#34;')
    expect(html).not.toContain('<b>')
    expect(html).not.toContain('.chancery')
    expect((await request(fx.out, '/sites')).status).toBe(200)
  })

  it('answers /sites/ with an empty listing before any build', async () => {
    const answer = await request(path.join(fx.root, 'not-built-yet'), '/sites/')
    expect(answer.status).toBe(200)
    expect(text(answer)).toContain('npm run build:sites')
    expect((await request(path.join(fx.root, 'not-built-yet'), '/sites/madrid/es/')).status).toBe(404)
  })
})
