import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { XMLParser } from 'fast-xml-parser'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { ALERT_BOUNDARY, scheduleMissedBoundaries } from '../../src/alerts/boundaryJob'
import { buildSites } from '../../src/build/buildSites'
import { buildDate } from '../../src/jobs/buildSettings'
import { REBUILD_SITES } from '../../src/jobs/rebuildSitesJob'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'

const JOBS = 'payload-jobs' as CollectionSlug
const ALERTS = 'alerts' as CollectionSlug
const HOUR = 3_600_000

let t: TestPayload
let payload: Payload
let out: string
let restoreSitesDir: () => void
let missions: { id: string; slug: string; siteLocales: string[] }[]
let ministryEditor: Record<string, unknown>
let madridEditor: Record<string, unknown>
// The clock the test controls: only Date is faked, so timers, I/O and the database run as usual.
let now: number

const read = (...parts: string[]) => fs.readFileSync(path.join(out, ...parts), 'utf8')
const userOf = async (email: string) => ({
  ...(await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0],
  collection: 'users',
}) as Record<string, unknown>

async function waiting(task: string): Promise<Record<string, any>[]> {
  const { docs } = await payload.find({ collection: JOBS, where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] }, pagination: false, depth: 0 })
  return docs as Record<string, any>[]
}

/** Runs what the queue holds and is due by the controlled clock, as the server's job runner does. */
async function runDueJobs(): Promise<void> {
  for (let pass = 0; pass < 10; pass++) {
    await payload.jobs.run({ silent: true })
    const due = [...(await waiting(REBUILD_SITES)), ...(await waiting(ALERT_BOUNDARY))].filter((j) => !j.waitUntil || Date.parse(j.waitUntil) <= Date.now())
    if (due.length === 0) return
  }
  throw new Error('The queue did not empty')
}

function setClock(at: number): void {
  now = at
  vi.setSystemTime(new Date(at))
}

const alertData = (extra: Record<string, unknown>) => ({
  severity: 'critical', title: 'Terremoto: siga las indicaciones', text: 'Llame al número de emergencias.',
  startsAt: new Date(now - 60_000).toISOString(), expiresAt: new Date(now + HOUR).toISOString(), ...extra,
})

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-alert-sites-'))
  restoreSitesDir = pointSitesDirAt(out)
  t = await startSeededPayload()
  payload = t.payload
  // Past anything the seed wrote, at a whole minute: no dependence on the hour the suite runs.
  // The faked clock still moves on by itself (shouldAdvanceTime): code that waits on it does not stall.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
  setClock(Math.ceil((Date.now() + 2 * 24 * HOUR) / 60_000) * 60_000)
  // The seed's own demo alerts are taken down so that each test sees only its own.
  await payload.delete({ collection: ALERTS, where: { id: { exists: true } } })
  missions = (await payload.find({ collection: 'missions', pagination: false, depth: 0 })).docs.map((m) => ({ id: m.id as string, slug: m.slug as string, siteLocales: (m.siteLocales ?? []) as string[] }))
  await buildSites(payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: buildDate() })
  await payload.delete({ collection: JOBS, where: { id: { exists: true } } })
  ministryEditor = await userOf('editor@chancery.example')
  madridEditor = await userOf('madrid@chancery.example')
}, 900_000)

afterAll(async () => {
  vi.useRealTimers()
  restoreSitesDir?.()
  await t?.close()
  fs.rmSync(out, { recursive: true, force: true })
})

describe('who publishes alerts', () => {
  const madrid = () => missions.find((m) => m.slug === 'madrid')!.id
  const cairo = () => missions.find((m) => m.slug === 'cairo')!.id

  it('a mission editor cannot publish an alert, not even for their own mission', async () => {
    await expect(payload.create({
      collection: ALERTS, overrideAccess: false, user: madridEditor, draft: false,
      data: { ...alertData({ missions: [madrid()] }), _status: 'published' },
    } as never)).rejects.toThrow(/cannot publish/i)
    expect((await payload.find({ collection: ALERTS, where: { _status: { equals: 'published' } } })).totalDocs).toBe(0)
  })

  it('a mission editor drafts for their own missions only, never the network, a country or another mission, and cannot publish the draft', async () => {
    const draft = await payload.create({
      collection: ALERTS, overrideAccess: false, user: madridEditor, draft: true,
      data: { ...alertData({ missions: [madrid()] }), _status: 'draft' },
    } as never) as { id: string }
    for (const data of [{ scope: 'network' }, { countries: ['ES'] }, { missions: [cairo()] }, { missions: [madrid(), cairo()] }]) {
      await expect(payload.create({ collection: ALERTS, overrideAccess: false, user: madridEditor, draft: true, data: { ...alertData({ missions: [madrid()] }), ...data, _status: 'draft' } } as never)).rejects.toThrow()
    }
    await expect(payload.update({ collection: ALERTS, id: draft.id, overrideAccess: false, user: madridEditor, draft: true, data: { _status: 'published' } } as never)).rejects.toThrow()
    await expect(payload.update({ collection: ALERTS, id: draft.id, overrideAccess: false, user: madridEditor, data: { _status: 'published' } } as never)).rejects.toThrow()
    expect((await payload.findByID({ collection: ALERTS, id: draft.id, depth: 0 }) as { _status: string })._status).toBe('draft')
    // Nothing of a draft reaches the public: not the API, not the queue.
    expect((await payload.find({ collection: ALERTS, overrideAccess: false })).totalDocs).toBe(0)
    expect(await waiting(REBUILD_SITES)).toEqual([])
    await payload.delete({ collection: ALERTS, id: draft.id })
  })

  it('a mission editor can neither narrow nor delete a ministry draft that also concerns another mission', async () => {
    const shared = await payload.create({
      collection: ALERTS, draft: true, user: ministryEditor, overrideAccess: false,
      data: { ...alertData({ missions: [madrid(), cairo()] }), _status: 'draft' },
    } as never) as { id: string }
    await expect(payload.update({ collection: ALERTS, id: shared.id, overrideAccess: false, user: madridEditor, draft: true, data: { missions: [madrid()] } } as never)).rejects.toThrow(/invalid: missions/)
    await expect(payload.delete({ collection: ALERTS, id: shared.id, overrideAccess: false, user: madridEditor } as never)).rejects.toThrow()
    const kept = await payload.findByID({ collection: ALERTS, id: shared.id, depth: 0, draft: true }) as { missions: string[] }
    expect(kept.missions.map(String).sort()).toEqual([madrid(), cairo()].sort())
    await payload.delete({ collection: ALERTS, id: shared.id })
  })
})

describe('a network-wide critical alert', () => {
  let id: string
  let expiresAt: string

  it('appears on the home and contact pages of every site, in every language, once its rebuild has run', async () => {
    const doc = await payload.create({
      collection: ALERTS, overrideAccess: false, user: ministryEditor, draft: false, locale: 'es',
      data: { ...alertData({ scope: 'network' }), _status: 'published' },
    } as never) as { id: string; expiresAt: string }
    id = doc.id
    expiresAt = doc.expiresAt
    expect((await waiting(REBUILD_SITES)).map((j) => j.input.missions)).toEqual([[]])
    await runDueJobs()
    for (const m of missions) {
      for (const locale of m.siteLocales) {
        for (const page of [`${locale}/index.html`, `${locale}/contact/index.html`]) {
          const html = read(m.slug, page)
          expect(html, `${m.slug}/${page}`).toContain(`id="alert-${id}" role="alert"`)
        }
        // Every language shows it, in the mission's default language when not translated.
        expect(read(m.slug, `${locale}/index.html`)).toContain('Terremoto: siga las indicaciones')
        // Other pages carry the empty region the script fills, not the alert itself.
        expect(read(m.slug, `${locale}/news/index.html`)).not.toContain(`alert-${id}`)
        expect(read(m.slug, `${locale}/news/index.html`)).toContain('data-alerts="../../alerts.json"')
      }
      expect(JSON.parse(read(m.slug, 'alerts.json')).alerts.map((a: { id: string }) => a.id)).toEqual([id])
    }
  }, 120_000)

  it('schedules its expiry on the jobs queue', async () => {
    const boundaries = await waiting(ALERT_BOUNDARY)
    expect(boundaries.map((j) => [j.input.alert, new Date(j.waitUntil).toISOString()])).toEqual([[id, new Date(expiresAt).toISOString()]])
  })

  it('stays while the clock is short of its expiry, and leaves every page at expiry with nobody acting', async () => {
    setClock(Date.parse(expiresAt) - 5 * 60_000)
    await runDueJobs()
    expect(read('madrid', 'es/index.html')).toContain(`alert-${id}`)
    setClock(Date.parse(expiresAt) + 1000)
    await runDueJobs()
    expect(await waiting(ALERT_BOUNDARY)).toEqual([])
    for (const m of missions) {
      for (const locale of m.siteLocales) {
        expect(read(m.slug, `${locale}/index.html`), m.slug).not.toContain(`alert-${id}`)
        expect(read(m.slug, `${locale}/contact/index.html`), m.slug).not.toContain(`alert-${id}`)
      }
      expect(JSON.parse(read(m.slug, 'alerts.json')).alerts).toEqual([])
    }
  }, 120_000)
})

describe('one mission’s alert', () => {
  let id: string

  it('shows on that mission’s site and never on another’s, in its pages, alerts file and feeds', async () => {
    const madrid = missions.find((m) => m.slug === 'madrid')!
    const doc = await payload.create({
      collection: ALERTS, overrideAccess: false, user: ministryEditor, draft: false, locale: 'es',
      data: { ...alertData({ severity: 'warning', title: 'Huelga de transportes en Madrid', missions: [madrid.id] }), _status: 'published' },
    } as never) as { id: string }
    id = doc.id
    await payload.update({ collection: ALERTS, id, locale: 'en', data: { title: 'Transport strike in Madrid', text: 'Plan your journey.' } } as never)
    await runDueJobs()
    expect(read('madrid', 'es/index.html')).toContain('Huelga de transportes en Madrid')
    expect(read('madrid', 'en/contact/index.html')).toContain('Transport strike in Madrid')
    for (const other of missions.filter((m) => m.slug !== 'madrid')) {
      for (const locale of other.siteLocales) {
        expect(read(other.slug, `${locale}/index.html`), other.slug).not.toContain(`alert-${id}`)
        expect(read(other.slug, `${locale}/alerts/feed.xml`), other.slug).not.toContain('Madrid</title>')
      }
      expect(read(other.slug, 'alerts.json'), other.slug).not.toContain(id)
    }
  }, 120_000)

  it('is in the mission’s alerts feeds, which independent parsers read (fast-xml-parser, feed-extractor)', () => {
    const xml = read('madrid', 'en/alerts/feed.xml')
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const items = [parsed.rss.channel.item].flat()
    expect(items.map((i: { title: string; link: string }) => [i.title, i.link])).toEqual([['Warning: Transport strike in Madrid', expect.stringMatching(new RegExp(`^https://.+/en/#alert-${id}$`))]])
    // feed-extractor keeps the page and drops the fragment: the item still leads to the home page that shows it.
    const rss = extractFromXml(xml, { descriptionMaxLen: 0 })
    expect(rss.entries?.map((e) => [e.title, e.link])).toEqual([['Warning: Transport strike in Madrid', expect.stringMatching(/^https:\/\/.+\/en\/$/)]])
    const json = extractFromJson(read('madrid', 'es/alerts/feed.json'), { descriptionMaxLen: 0 })
    expect(json.entries?.map((e) => e.title)).toEqual(['Aviso: Huelga de transportes en Madrid'])
    expect(JSON.parse(read('madrid', 'es/alerts/feed.json')).version).toBe('https://jsonfeed.org/version/1.1')
  })
})

describe('alerts written without their jobs', () => {
  it('a seed queues no job for its alerts; the server’s start schedules their expiry, once', async () => {
    const doc = await payload.create({
      collection: ALERTS, context: { seeding: true }, draft: false, locale: 'es',
      data: { ...alertData({ scope: 'network', severity: 'information' }), _status: 'published' },
    } as never) as { id: string; expiresAt: string }
    const jobsOf = async () => (await waiting(ALERT_BOUNDARY)).filter((j) => j.input.alert === doc.id).map((j) => new Date(j.waitUntil).toISOString())
    expect(await jobsOf()).toEqual([])
    expect(await waiting(REBUILD_SITES)).toEqual([])
    expect(await scheduleMissedBoundaries(payload)).toBe(1)
    expect(await jobsOf()).toEqual([new Date(doc.expiresAt).toISOString()])
    expect(await scheduleMissedBoundaries(payload)).toBe(0)
  })
})
