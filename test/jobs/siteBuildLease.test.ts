import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites, type BuildOptions } from '../../src/build/buildSites'
import { LiveSites } from '../../src/build/liveSites'
import { SiteBuildLease } from '../../src/jobs/siteBuildLease'
import { startSeededPayload } from '../support/seededNetwork'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { describeSiteBuildLease } from './siteBuildLeaseSuite'

describeSiteBuildLease('SQLite', () => startTestPayload())

describe('LiveSites: a builder whose content another server changed since', () => {
  let t: TestPayload
  let options: BuildOptions
  let madridId: string

  beforeAll(async () => {
    t = await startSeededPayload()
    options = { outDir: path.join(t.dataDir, 'sites'), mediaDir: path.join(t.dataDir, 'media'), today: '2026-11-25', searchIndex: false }
    await buildSites(t.payload, options)
    madridId = (await t.payload.find({ collection: 'missions', where: { slug: { equals: 'madrid' } }, depth: 0 })).docs[0].id as string
  }, 240_000)
  afterAll(async () => {
    await t?.close()
  })

  const publish = async (slug: string) => {
    const doc = await t.payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: { title: `Comunicado ${slug}`, slug, summary: 'Resumen.', mission: madridId, _status: 'published' },
    } as never)
    return [{ collection: 'press-releases', id: String((doc as { id: string }).id) }]
  }
  const newsIndex = () => fs.readFileSync(path.join(options.outDir, 'madrid', 'es', 'news', 'index.html'), 'utf8')

  it('reads the mission again when the lease’s generation shows another server built since, and keeps the other server’s release on the page', async () => {
    const [leaseA, leaseB] = [new SiteBuildLease(t.payload), new SiteBuildLease(t.payload)]
    const [a, b] = [new LiveSites(t.payload, () => options), new LiveSites(t.payload, () => options)]
    const build = (lease: SiteBuildLease, live: LiveSites, changes: { collection: string; id: string }[]) =>
      lease.hold(async (held) => {
        live.startBuild(held.generation)
        await live.rebuild(['madrid'], changes)
        await live.settled()
      })

    await build(leaseA, a, await publish('lease-uno')) // server A now keeps madrid's content
    await build(leaseB, b, await publish('lease-dos')) // server B publishes and builds
    await build(leaseA, a, await publish('lease-tres')) // server A again: its content lacks "dos"
    const page = newsIndex()
    expect(page).toContain('Comunicado lease-uno')
    expect(page).toContain('Comunicado lease-dos')
    expect(page).toContain('Comunicado lease-tres')

    // Its own next claim (the generation one past its last) keeps what it holds; any other forgets it.
    a.startBuild(4)
    expect(a.knowsMissions(['madrid'])).toBe(true)
    a.startBuild(6)
    expect(a.knowsMissions(['madrid'])).toBe(false)
  }, 120_000)
})
