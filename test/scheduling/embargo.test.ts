import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { PreviewUnauthorizedError, renderPreview } from '../../src/preview/renderPreview'
import { restClient } from '../support/restRequest'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startTestPayload, type TestPayload } from '../support/testPayload'

const JOBS = 'payload-jobs' as CollectionSlug
/** Every embargoed text carries this word, so a leak anywhere is easy to find. */
const MARK = 'Embargado'
const AT = new Date('2031-03-10T09:00:00.000Z')
const TAKE_DOWN = new Date('2031-03-20T09:00:00.000Z')

let t: TestPayload
let payload: Payload
let out: string
let restoreSitesDir: () => void
let editor: NonNullable<PayloadRequest['user']>
let mission: string
const ids = {} as Record<'release' | 'page' | 'alert', string>
type Doc = Record<string, any>

/** Every generated file's text, by path under the output folder. */
function generated(): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name)
      if (e.isDirectory() || (e.isSymbolicLink() && fs.statSync(full).isDirectory())) {
        if (e.name !== '.chancery') walk(full)
      } else if (e.name.endsWith('.pf_fragment')) {
        // The search index's page records, gzipped: what a visitor's search would find.
        files.set(path.relative(out, full), zlib.gunzipSync(fs.readFileSync(full)).toString('utf8'))
      } else if (!/\.(png|jpe?g|webp|avif|pf_\w+|pagefind)$/.test(e.name)) files.set(path.relative(out, full), fs.readFileSync(full, 'utf8'))
    }
  }
  if (fs.existsSync(out)) walk(out)
  return files
}

/** The jobs due at the (faked) time, as the server's queue runs them: scheduled publications, alert boundaries, then the live rebuilds they queue. */
async function runDueJobs(): Promise<void> {
  for (let round = 0; round < 4; round++) await payload.jobs.run({ silent: true, limit: 50 } as never)
}

/** What an anonymous client gets from REST and GraphQL, as text. */
async function anonymousApi(): Promise<string> {
  const rest = restClient(t)
  const answers = await Promise.all([
    rest('GET', '/api/press-releases?draft=true&depth=0&limit=100'),
    rest('GET', `/api/press-releases/${ids.release}?draft=true&depth=0`),
    rest('GET', '/api/mission-pages?draft=true&depth=0&limit=100'),
    rest('GET', '/api/alerts?depth=0&limit=100'),
    rest('POST', '/api/graphql', { query: '{ PressReleases(draft: true, limit: 100) { docs { title summary } } MissionPages(draft: true) { docs { title } } Alerts { docs { title text } } }' }),
  ])
  for (const a of answers) expect([200, 403, 404]).toContain(a.status)
  return answers.map((a) => a.text).join('\n')
}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  out = path.join(t.dataDir, 'sites')
  restoreSitesDir = pointSitesDirAt(out)
  await payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', shortName: 'Cancillería', baseUrl: 'https://www.cancilleria.example/' } as never })
  mission = String((await payload.create({
    collection: 'missions',
    data: { name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid', siteLocales: ['es'], defaultLocale: 'es', baseUrl: 'https://madrid.example.org/' } as never,
  })).id)
  const user = await payload.create({ collection: 'users', data: { name: 'Editora', email: 'editora@ministry.example', password: 'embargo-pass-0123456789', role: 'ministry-editor' } as never })
  editor = { ...(user as object), collection: 'users' } as never
}, 120_000)

afterEach(() => {
  vi.useRealTimers()
})

afterAll(async () => {
  vi.useRealTimers()
  restoreSitesDir?.()
  await t?.close()
})

describe('publishing at a set time', () => {
  it('before its time a scheduled release, page and alert are in no generated file, feed, sitemap, search index, API answer or unauthenticated preview', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(AT.getTime() - 3_600_000))
    const as = { user: editor, overrideAccess: false, depth: 0 } as const
    const release = await payload.create({
      collection: 'press-releases', draft: true, ...as,
      data: { title: `${MARK}: acuerdo comercial`, slug: 'acuerdo-comercial', summary: `${MARK} hasta el día 10.`, mission, _status: 'draft' } as never,
    })
    const page = await payload.create({
      collection: 'mission-pages', draft: true, ...as,
      data: { mission, kind: 'trade-investment', title: `${MARK}: comercio`, summary: `${MARK}.`, _status: 'draft' } as never,
    })
    const alert = await payload.create({
      collection: 'alerts', ...as,
      data: {
        title: `${MARK}: cierre del consulado`, text: `${MARK}: cerrado por obras.`, severity: 'warning', scope: 'selected', missions: [mission],
        startsAt: AT.toISOString(), expiresAt: new Date(AT.getTime() + 7 * 86_400_000).toISOString(), _status: 'published',
      } as never,
    })
    Object.assign(ids, { release: String(release.id), page: String(page.id), alert: String(alert.id) })
    // What the admin's "Schedule publish" queues: the publication runs as the scheduling user.
    for (const [collection, id] of [['press-releases', ids.release], ['mission-pages', ids.page]] as const) {
      await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: collection, value: id }, user: { relationTo: 'users', value: editor.id } }, waitUntil: AT } as never)
    }
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'unpublish', doc: { relationTo: 'press-releases', value: ids.release }, user: { relationTo: 'users', value: editor.id } }, waitUntil: TAKE_DOWN } as never)

    await runDueJobs()
    await buildSites(payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: '2031-03-10' })
    const files = generated()
    expect(files.has('madrid/es/index.html')).toBe(true)
    expect(files.has('madrid/es/sitemap.xml')).toBe(true)
    expect([...files.keys()].some((f) => f.startsWith('madrid/pagefind/') && f.endsWith('.pf_fragment')), 'a search index').toBe(true)
    for (const [file, text] of files) expect(text, file).not.toContain(MARK)
    expect(await anonymousApi()).not.toContain(MARK)
    await expect(renderPreview(payload, { collection: 'press-releases', id: ids.release, user: null } as never)).rejects.toBeInstanceOf(PreviewUnauthorizedError)
    expect((await payload.findByID({ collection: 'press-releases', id: ids.release, depth: 0 }) as Doc)._status).toBe('draft')
  }, 180_000)

  it('at its time each one is published and the live rebuild puts it in the pages, feeds and sitemap', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(AT.getTime() + 60_000))
    await runDueJobs()
    expect((await payload.findByID({ collection: 'press-releases', id: ids.release, depth: 0 }) as Doc)._status).toBe('published')
    expect((await payload.findByID({ collection: 'mission-pages', id: ids.page, depth: 0 }) as Doc)._status).toBe('published')
    const files = generated()
    const release = [...files.keys()].find((f) => f.startsWith('madrid/es/news/') && f.includes('acuerdo-comercial'))
    expect(release, 'the release’s page').toBeDefined()
    expect(files.get('madrid/es/feed.xml')).toContain(`${MARK}: acuerdo comercial`)
    expect(files.get('madrid/es/feed.json')).toContain(`${MARK}: acuerdo comercial`)
    expect(files.get('madrid/es/sitemap.xml')).toContain('acuerdo-comercial')
    expect([...files.values()].some((text) => text.includes(`${MARK}: comercio`))).toBe(true)
    expect(files.get('madrid/es/index.html')).toContain(`${MARK}: cierre del consulado`)
    const searchRecords = [...files].filter(([file]) => file.endsWith('.pf_fragment')).map(([, text]) => text)
    expect(searchRecords.some((text) => text.includes(`${MARK}: acuerdo comercial`)), 'the release in the search index').toBe(true)
    const api = await anonymousApi()
    expect(api).toContain(`${MARK}: acuerdo comercial`)
    expect(api).toContain(`${MARK}: cierre del consulado`)
  }, 180_000)

  it('at its take-down time a scheduled unpublish removes the release from the site and the API', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(TAKE_DOWN.getTime() + 60_000))
    await runDueJobs()
    expect((await payload.findByID({ collection: 'press-releases', id: ids.release, depth: 0, draft: true }) as Doc)._status).toBe('draft')
    const files = generated()
    expect(files.get('madrid/es/feed.xml')).not.toContain('acuerdo comercial')
    expect(files.get('madrid/es/sitemap.xml')).not.toContain('acuerdo-comercial')
    expect(await anonymousApi()).not.toContain('acuerdo comercial')
    // Nothing left waiting.
    expect((await payload.find({ collection: JOBS, where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0 })).docs.every((j) => (j as Doc).completedAt)).toBe(true)
  }, 180_000)
})
