import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type CollectionSlug, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { buildDate } from '../../src/jobs/buildSettings'
import { releaseInterruptedRebuilds } from '../../src/jobs/jobsConfig'
import { REBUILD_SITES } from '../../src/jobs/rebuildSitesJob'
import { startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'
import { pointSitesDirAt } from '../support/sitesDirEnv'

const JOBS = 'payload-jobs' as CollectionSlug

let t: TestPayload
let payload: Payload
let out: string
let ministryEditor: Record<string, unknown>
const missionId: Record<string, string> = {}
let restoreSitesDir: (() => void) | undefined

/** The mission lists of the rebuilds waiting in the queue, oldest first. */
async function queuedRebuilds(): Promise<string[][]> {
  const { docs } = await payload.find({
    collection: JOBS, where: { and: [{ taskSlug: { equals: REBUILD_SITES } }, { completedAt: { exists: false } }] },
    sort: 'createdAt', pagination: false, depth: 0,
  })
  return docs.map((job) => [...((job as { input?: { missions?: string[] } }).input?.missions ?? [])])
}

/** Runs queued jobs until none is left (rebuilds share one concurrency key, so one runs per pass). */
async function runQueue(): Promise<void> {
  for (let pass = 0; pass < 20 && (await queuedRebuilds()).length; pass++) await payload.jobs.run({ silent: true })
  expect(await queuedRebuilds()).toEqual([])
}

async function clearQueue(): Promise<void> {
  await payload.delete({ collection: JOBS, where: { taskSlug: { equals: REBUILD_SITES } } })
}

const site = (...parts: string[]) => path.join(out, ...parts)

/** What identifies a file's bytes on disk: a rewritten file gets a new inode (or mtime). */
const identity = (file: string) => {
  const s = fs.statSync(file)
  return { ino: s.ino, mtimeMs: s.mtimeMs }
}

let serial = 0
const releaseData = (extra: Record<string, unknown>) => {
  serial++
  return {
    title: `Live rebuild check ${serial} ${Date.now()}`,
    slug: `live-rebuild-check-${serial}`,
    summary: 'A release written by the live rebuild test.',
    ...extra,
  }
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-live-sites-'))
  // The job reads where to write from the environment, as the app server's does.
  restoreSitesDir = pointSitesDirAt(out)
  t = await startSeededPayload()
  payload = t.payload
  const missions = await payload.find({ collection: 'missions', pagination: false, depth: 0 })
  for (const m of missions.docs) missionId[m.slug] = m.id
  const editors = await payload.find({ collection: 'users', where: { email: { equals: 'editor@chancery.example' } }, depth: 0 })
  ministryEditor = { ...editors.docs[0], collection: 'users' }
}, 240_000)

afterAll(async () => {
  await t?.close()
  fs.rmSync(out, { recursive: true, force: true })
  restoreSitesDir?.()
})

describe('live rebuild after publishing', () => {
  // Each test starts from an empty queue, whatever the one before it left.
  afterEach(clearQueue)

  it('seeding the network queues no rebuild (seeds pass context.seeding)', async () => {
    expect(await queuedRebuilds()).toEqual([])
  })

  it('builds every site once, as npm run build:sites would', async () => {
    const summary = await buildSites(payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: buildDate() })
    expect(summary.written).toBeGreaterThan(1000)
  }, 120_000)

  it('publishing a mission’s new release queues a rebuild of that mission only; running it writes its page and feed entry and leaves other sites untouched', async () => {
    const untouched = [site('barcelona', 'es', 'index.html'), site('cairo', 'ar', 'index.html'), site('washington', 'en', 'feed.xml')]
    const before = untouched.map(identity)
    const links = ['barcelona', 'cairo', 'washington'].map((s) => fs.readlinkSync(site(s)))
    const madridAbout = identity(site('madrid', 'es', 'about', 'index.html'))

    const data = releaseData({ mission: missionId.madrid, _status: 'published' })
    const saved = performance.now()
    await payload.create({ collection: 'press-releases', locale: 'es', data, user: ministryEditor, overrideAccess: false })
    const queuedAfterMs = performance.now() - saved
    expect(await queuedRebuilds()).toEqual([['madrid']])

    await runQueue()
    const page = site('madrid', 'es', 'news', data.slug, 'index.html')
    expect(fs.existsSync(page)).toBe(true)
    const onDiskAfterMs = performance.now() - saved
    console.log(`save → job queued: ${queuedAfterMs.toFixed(0)} ms (save returned); save → page and feed on disk (queue run at once): ${onDiskAfterMs.toFixed(0)} ms`)

    expect(fs.readFileSync(page, 'utf8')).toContain(data.title)
    expect(fs.readFileSync(site('madrid', 'es', 'feed.xml'), 'utf8')).toContain(data.title)
    expect(untouched.map(identity)).toEqual(before)
    expect(['barcelona', 'cairo', 'washington'].map((s) => fs.readlinkSync(site(s)))).toEqual(links)
    // Within the rebuilt site, a page the release does not appear on keeps its bytes and inode.
    expect(identity(site('madrid', 'es', 'about', 'index.html'))).toEqual(madridAbout)
  }, 60_000)

  it('unpublishing a release queues its mission’s rebuild, which removes its page and feed entry', async () => {
    const data = releaseData({ mission: missionId.madrid, _status: 'published' })
    const release = await payload.create({ collection: 'press-releases', locale: 'es', data, user: ministryEditor, overrideAccess: false })
    await runQueue()
    const page = site('madrid', 'es', 'news', data.slug, 'index.html')
    expect(fs.existsSync(page)).toBe(true)

    await payload.update({ collection: 'press-releases', id: release.id, data: { _status: 'draft' }, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([['madrid']])
    await runQueue()
    expect(fs.existsSync(page)).toBe(false)
    expect(fs.readFileSync(site('madrid', 'es', 'feed.xml'), 'utf8')).not.toContain(data.title)
  }, 60_000)

  it('saving drafts queues nothing: a new draft, or a draft beside a published release', async () => {
    const data = releaseData({ mission: missionId.madrid, _status: 'published' })
    const release = await payload.create({ collection: 'press-releases', locale: 'es', data, user: ministryEditor, overrideAccess: false })
    await runQueue()
    const page = site('madrid', 'es', 'news', data.slug, 'index.html')
    const published = fs.readFileSync(page, 'utf8')

    await payload.create({ collection: 'press-releases', locale: 'es', draft: true, data: releaseData({ mission: missionId.madrid, _status: 'draft' }), user: ministryEditor, overrideAccess: false })
    await payload.update({ collection: 'press-releases', id: release.id, locale: 'es', draft: true, data: { title: 'A draft title nobody may see yet' }, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([])
    expect(fs.readFileSync(page, 'utf8')).toBe(published)
  }, 60_000)

  it('a ministry release syndicated to every mission queues one rebuild of all sites', async () => {
    await payload.create({ collection: 'press-releases', locale: 'es', data: releaseData({ mission: null, syndication: 'all', _status: 'published' }), user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([[]])
    await clearQueue()
  })

  it('a ministry release moved to other missions rebuilds both the old and the new ones, even when the move was saved as a draft first', async () => {
    const release = await payload.create({
      collection: 'press-releases', locale: 'es', user: ministryEditor, overrideAccess: false,
      data: releaseData({ mission: null, syndication: 'selected', syndicatedTo: [missionId.washington, missionId['new-york']], _status: 'published' }),
    })
    expect(await queuedRebuilds()).toEqual([['new-york', 'washington']])
    await clearQueue()

    await payload.update({ collection: 'press-releases', id: release.id, draft: true, data: { syndicatedTo: [missionId.cairo] }, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([])
    await payload.update({ collection: 'press-releases', id: release.id, data: { _status: 'published' }, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([['cairo', 'new-york', 'washington']])
    await clearQueue()
  })

  it('a service rebuilds the missions that offered it and the ones that offer it now; a mission rebuilds itself, and every site when its offices directory changes; the ministry rebuilds all', async () => {
    const { docs } = await payload.find({ collection: 'services', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })
    const service = docs[0]
    const offeredBy = (service.missions ?? []).map(String)
    const ids = Object.fromEntries(Object.entries(missionId).map(([slug, id]) => [id, slug]))
    await payload.update({ collection: 'services', id: service.id, data: { missions: [missionId.moscow] }, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([[...new Set([...offeredBy.map((id) => ids[id]), 'moscow'])].sort()])
    await clearQueue()

    await payload.update({ collection: 'missions', id: missionId.london, locale: 'en', data: { headOfMission: { name: 'Ana Ruiz', title: 'Ambassador' } } as never, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([['london']])
    await clearQueue()

    // Every site's nearest-office page and data/offices.json list every mission's offices.
    await payload.update({ collection: 'missions', id: missionId.london, locale: 'en', data: { city: 'London (City of Westminster)' }, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([['london'], []])
    await clearQueue()

    await payload.updateGlobal({ slug: 'ministry', data: { brand: { primary: '#0b3d92' } }, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([[]])
    await clearQueue()
  })

  it('an appointment schedule rebuilds its mission, whose pages show "Book an appointment" and the next free date', async () => {
    const { docs } = await payload.find({ collection: 'appointment-schedules', where: { mission: { equals: missionId.madrid } }, limit: 1, depth: 0 })
    await payload.update({ collection: 'appointment-schedules', id: docs[0]!.id, data: { minNoticeHours: 48 }, user: ministryEditor, overrideAccess: false })
    expect(await queuedRebuilds()).toEqual([['madrid']])
  })

  it('a rebuild left marked as running by a stopped server is released so later rebuilds are not blocked', async () => {
    const job = (await payload.jobs.queue({ task: REBUILD_SITES as never, input: { missions: ['madrid'] } as never })) as { id: string }
    await payload.db.updateOne({ collection: JOBS, id: job.id, data: { processing: true } })
    expect(await releaseInterruptedRebuilds(payload, new Date(Date.now() + 1000))).toBe(1)
    const after = await payload.findByID({ collection: JOBS, id: job.id, depth: 0 })
    expect((after as { processing?: boolean }).processing).toBe(false)
    await clearQueue()
  })

  it('in the app server (crons on), a publish is rebuilt as soon as its save is committed, without waiting for the cron', async () => {
    // What the Next server does on its first request: the same Payload, with its crons started.
    await getPayload({ config: payload.config, key: t.dataDir, cron: true })
    // Ticks that never come: only the run started after the commit can build the page.
    payload.crons.forEach((cron) => cron.pause())
    const data = releaseData({ mission: missionId.barcelona, _status: 'published' })
    const page = site('barcelona', 'es', 'news', data.slug, 'index.html')
    await payload.create({ collection: 'press-releases', locale: 'es', data, user: ministryEditor, overrideAccess: false })
    const saved = performance.now()
    while (!fs.existsSync(page) && performance.now() - saved < 20_000) await new Promise((r) => setTimeout(r, 5))
    expect(fs.existsSync(page)).toBe(true)
    console.log(`save returned → page on disk, run right after the commit: ${(performance.now() - saved).toFixed(0)} ms`)
    // The job is done with, not left for a tick.
    while ((await queuedRebuilds()).length && performance.now() - saved < 20_000) await new Promise((r) => setTimeout(r, 20))
    expect(await queuedRebuilds()).toEqual([])
  }, 60_000)

  it('in the app server, a rebuild queued by another process (a script beside it) runs at the cron’s next tick', async () => {
    expect(payload.crons.length).toBeGreaterThan(0)
    try {
      await payload.jobs.queue({ task: REBUILD_SITES, input: { missions: ['barcelona'] } } as Parameters<Payload['jobs']['queue']>[0])
      expect(await queuedRebuilds()).toEqual([['barcelona']])
      const queued = performance.now()
      payload.crons.forEach((cron) => cron.resume())
      while ((await queuedRebuilds()).length && performance.now() - queued < 20_000) await new Promise((r) => setTimeout(r, 20))
      expect(await queuedRebuilds()).toEqual([])
      console.log(`queued elsewhere → run by the cron: ${(performance.now() - queued).toFixed(0)} ms`)
    } finally {
      await Promise.all(payload.crons.splice(0).map((cron) => cron.stop()))
    }
  }, 30_000)

  it('a process that does not run the queue (a script, this test) leaves the rebuild queued for the server', async () => {
    expect(payload.crons).toEqual([])
    const data = releaseData({ mission: missionId.barcelona, _status: 'published' })
    await payload.create({ collection: 'press-releases', locale: 'es', data, user: ministryEditor, overrideAccess: false })
    await new Promise((r) => setTimeout(r, 300))
    expect(await queuedRebuilds()).toEqual([['barcelona']])
    expect(fs.existsSync(site('barcelona', 'es', 'news', data.slug, 'index.html'))).toBe(false)
  })
})
