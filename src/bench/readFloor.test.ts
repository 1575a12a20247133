import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../build/buildSites'
import { startTestPayload, type TestPayload } from '../../test/support/testPayload'
import { measureReadFloor } from './readFloor'
import { seedNetwork } from './seedNetwork'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
  // Six missions: two batches of the build's four, and the ministry's read after them.
  await seedNetwork(t.payload, { missions: 6, locales: 2, releases: 3 })
}, 120_000)
afterAll(async () => {
  await t?.close()
})

/** Every Local API read made while `run` runs, in order: collection (or global), query and limit. */
async function readsOf(payload: Payload, run: () => Promise<unknown>): Promise<string[]> {
  const reads: string[] = []
  const { find, findGlobal } = payload
  payload.find = ((args: Parameters<Payload['find']>[0]) => {
    // The appointment figures read bookings from a day counted back from the read's own clock.
    const query = JSON.stringify({ collection: args.collection, where: args.where, limit: args.limit, sort: args.sort, locale: args.locale })
    reads.push(query.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '<instant>'))
    return find.call(payload, args)
  }) as Payload['find']
  payload.findGlobal = ((args: Parameters<Payload['findGlobal']>[0]) => {
    reads.push(JSON.stringify({ global: args.slug, locale: args.locale }))
    return findGlobal.call(payload, args)
  }) as Payload['findGlobal']
  try {
    await run()
  } finally {
    Object.assign(payload, { find, findGlobal })
  }
  return reads
}

const publishedReleases = async (payload: Payload, ofMissions: boolean) =>
  (await payload.count({ collection: 'press-releases', where: { _status: { equals: 'published' }, mission: { exists: ofMissions } } })).totalDocs

describe('measureReadFloor', () => {
  it('reads through the Local API exactly what a full build reads, in the same order', async () => {
    const out = path.join(t.dataDir, 'sites')
    const built = await readsOf(t.payload, () => buildSites(t.payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: '2026-01-01' }))

    let floor: Awaited<ReturnType<typeof measureReadFloor>> | undefined
    const started = process.cpuUsage()
    const read = await readsOf(t.payload, async () => (floor = await measureReadFloor(t.payload)))
    const used = process.cpuUsage(started)

    expect(built.filter((r) => r.includes('press-releases')).length).toBe(4) // two batches; the ministry's own and the network's newest
    expect(read).toEqual(built)
    // Each batch reads its missions' releases and the ministry's own; the ministry's site reads its own and the network's newest.
    const missions = await publishedReleases(t.payload, true)
    const ministry = await publishedReleases(t.payload, false)
    expect(missions).toBe(6 * 3)
    expect(floor!.releasesRead).toBe(missions + 2 * ministry + ministry + missions)
    expect(floor!.seconds).toBeGreaterThan(0)
    // Its own CPU time, not the process's since it started (seeding took seconds of it).
    expect(floor!.cpuSeconds).toBeGreaterThan(0)
    expect(floor!.cpuSeconds).toBeLessThanOrEqual((used.user + used.system) / 1e6)
  }, 120_000)
})
