import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { buildDate, siteBuildSettings } from '../../src/jobs/buildSettings'
import { REBUILD_SITES } from '../../src/jobs/rebuildSitesJob'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { startTestPayload, type TestPayload } from '../support/testPayload'

const JOBS = 'payload-jobs' as CollectionSlug
const RELEASE = 'queued-before-restart'

let t: TestPayload | undefined
let server: RunningServer | undefined
let sitesDir: string

// The state a stop leaves: the sites as last built, and a publish's rebuild still in the queue,
// cut off mid-run (marked processing) as when the server is killed while it rebuilds.
beforeAll(async () => {
  t = await startTestPayload()
  const { payload } = t
  const madrid = await payload.create({
    collection: 'missions',
    data: {
      name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid',
      siteLocales: ['es'], defaultLocale: 'es', baseUrl: 'https://madrid.example.org', _status: 'published',
    } as never,
  })
  // The server reads SITES_DIR from its environment, which startNextServer sets to this folder.
  sitesDir = path.join(t.dataDir, 'sites')
  await buildSites(payload, { ...siteBuildSettings({ DATA_DIR: t.dataDir, SITES_DIR: sitesDir }), today: buildDate() })
  await payload.delete({ collection: JOBS, where: { taskSlug: { equals: REBUILD_SITES } } })

  await payload.create({
    collection: 'press-releases', locale: 'es',
    data: { title: 'Publicado antes del reinicio', slug: RELEASE, summary: 'Resumen.', mission: madrid.id, _status: 'published' } as never,
  })
  const queued = await payload.find({ collection: JOBS, where: { taskSlug: { equals: REBUILD_SITES } }, depth: 0, pagination: false })
  expect(queued.docs).toHaveLength(1)
  await payload.update({ collection: JOBS, id: queued.docs[0].id, data: { processing: true } as never, depth: 0 })
  await payload.destroy()
}, 240_000)

afterAll(async () => {
  await server?.stop()
  if (t) fs.rmSync(t.dataDir, { recursive: true, force: true })
})

describe('the app server runs the jobs queue from its start', () => {
  it('runs a rebuild left in the queue by a stop while only /sites/ is requested', async () => {
    const page = `/sites/madrid/es/news/${RELEASE}/`
    server = await startNextServer({ databaseUrl: t!.databaseUrl, dataDir: t!.dataDir, readyAt: '/sites/' })
    expect((await fetch(`${server.url}/sites/madrid/es/`)).status).toBe(200)

    // Nothing here requests /api or /admin: only the server's own start can run the job. It
    // takes 15-40 s here (Payload connects, the cron ticks, the build runs; under next dev Next
    // compiles the config first); the limit leaves room for a machine busy with other tests.
    await expect
      .poll(async () => (await fetch(`${server!.url}${page}`)).status, { timeout: 180_000, interval: 1000 })
      .toBe(200)
    const html = await (await fetch(`${server.url}${page}`)).text()
    expect(html).toContain('Publicado antes del reinicio')
    expect(await (await fetch(`${server.url}/sites/madrid/es/feed.xml`)).text()).toContain('Publicado antes del reinicio')
    expect(server.output()).toContain('Released 1 site rebuild(s) interrupted by a previous stop')
  }, 360_000)
})
