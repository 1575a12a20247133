import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites, MINISTRY_NOT_CONFIGURED } from '../../src/build/buildSites'
import { MINISTRY_SITE } from '../../src/content/sitePaths'
import { buildDate, siteBuildSettings } from '../../src/jobs/buildSettings'
import { REBUILD_SITES } from '../../src/jobs/rebuildSitesJob'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { pointSitesDirAt } from '../support/sitesDirEnv'

const JOBS = 'payload-jobs' as CollectionSlug

let t: TestPayload
let payload: Payload
let out: string
let missionId: string
let restoreSitesDir: (() => void) | undefined

// A network whose Ministry settings were never saved: the state of a new installation before
// its first configuration, and of the admin's browser tests.
beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-no-ministry-'))
  restoreSitesDir = pointSitesDirAt(out)
  t = await startTestPayload()
  payload = t.payload
  const madrid = await payload.create({
    collection: 'missions',
    data: {
      name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid',
      siteLocales: ['es'], defaultLocale: 'es', baseUrl: 'https://madrid.example.org', _status: 'published',
    } as never,
  })
  missionId = madrid.id
}, 240_000)

afterAll(async () => {
  await t?.close()
  fs.rmSync(out, { recursive: true, force: true })
  restoreSitesDir?.()
})

describe('a network without Ministry settings', () => {
  it('a full build writes the mission sites, skips the ministry site and says why', async () => {
    const settings = siteBuildSettings({ ...process.env, DATA_DIR: t.dataDir, SITES_DIR: out })
    const summary = await buildSites(payload, { ...settings, today: buildDate() })
    expect(summary.sites.map((s) => s.site)).toEqual(['madrid'])
    expect(summary.notes).toEqual([MINISTRY_NOT_CONFIGURED])
    expect(fs.existsSync(path.join(out, 'madrid', 'es', 'index.html'))).toBe(true)
    expect(fs.existsSync(path.join(out, MINISTRY_SITE))).toBe(false)
  }, 120_000)

  it('a publish’s rebuild job completes without error and writes the release page', async () => {
    await payload.create({
      collection: 'press-releases', locale: 'es',
      data: { title: 'Sin ministerio', slug: 'sin-ministerio', summary: 'Resumen.', mission: missionId, _status: 'published' } as never,
    })
    // Rebuilds share one concurrency key: one runs per pass (the mission's own creation queued one too).
    for (let pass = 0; pass < 5; pass++) await payload.jobs.run({ silent: true })
    // A completed job is deleted; a failed one stays with its error, waiting for a retry.
    const { docs } = await payload.find({ collection: JOBS, where: { taskSlug: { equals: REBUILD_SITES } }, depth: 0, pagination: false })
    expect((docs as { hasError?: boolean; error?: unknown }[]).map((job) => ({ hasError: job.hasError, error: job.error }))).toEqual([])
    expect(fs.existsSync(path.join(out, 'madrid', 'es', 'news', 'sin-ministerio', 'index.html'))).toBe(true)
  }, 120_000)
})
