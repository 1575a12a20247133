import fs from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { restClient, tokenFor } from '../support/restRequest'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startTestPayload, type TestPayload } from '../support/testPayload'

let t: TestPayload
let payload: Payload
let out: string
let restoreSitesDir: () => void
let mission: string
const users = {} as Record<'ministry' | 'madrid', NonNullable<PayloadRequest['user']>>
type Doc = Record<string, any>

const feed = () => fs.readFileSync(path.join(out, 'madrid/es/feed.xml'), 'utf8')
/** The jobs the saves queued, the live rebuild among them, as the server's queue runs them. */
const runJobs = async () => {
  for (let round = 0; round < 3; round++) await payload.jobs.run({ silent: true, limit: 50 } as never)
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
  for (const [key, role] of [['ministry', 'ministry-editor'], ['madrid', 'mission-editor']] as const) {
    const user = await payload.create({ collection: 'users', data: { name: key, email: `${key}@versions.example`, password: 'versions-pass-0123456789', role, missions: role === 'mission-editor' ? [mission] : [] } as never })
    users[key] = { ...(user as object), collection: 'users' } as never
  }
}, 120_000)

afterAll(async () => {
  restoreSitesDir?.()
  await t?.close()
})

describe('restoring an earlier version', () => {
  it('restoring a published release’s earlier version rebuilds its site as a publish does, and the trail records the restore', async () => {
    const as = { user: users.ministry, overrideAccess: false, depth: 0 } as const
    const release = await payload.create({ collection: 'press-releases', ...as, data: { title: 'Horario de verano', slug: 'horario', summary: 'De 8 a 14 h.', mission, _status: 'published' } as never }) as Doc
    await payload.update({ collection: 'press-releases', id: release.id, ...as, data: { title: 'Horario de invierno', _status: 'published' } as never })
    await runJobs()
    await buildSites(payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: '2030-01-01' })
    expect(feed()).toContain('Horario de invierno')

    const versions = await payload.findVersions({ collection: 'press-releases', where: { parent: { equals: release.id } }, sort: 'createdAt', depth: 0 })
    const first = versions.docs.find((v) => (v.version as Doc).title === 'Horario de verano')!
    const restored = await payload.restoreVersion({ collection: 'press-releases', id: String(first.id), ...as }) as Doc
    expect(restored).toMatchObject({ title: 'Horario de verano', _status: 'published' })
    await runJobs()
    expect(feed()).toContain('Horario de verano')
    expect(feed()).not.toContain('Horario de invierno')

    const trail = await payload.find({ collection: 'audit-trail', where: { documentId: { equals: release.id } }, sort: 'at', depth: 0 })
    expect((trail.docs as Doc[]).map((e) => e.action)).toContain('restore')
  })

  it('a mission editor’s restore stays a draft until a ministry editor publishes it', async () => {
    const as = { user: users.ministry, overrideAccess: false, depth: 0 } as const
    const release = await payload.create({ collection: 'press-releases', ...as, data: { title: 'Cierre por festivo', slug: 'festivo', summary: 'El 12 de octubre.', mission, _status: 'published' } as never }) as Doc
    await payload.update({ collection: 'press-releases', id: release.id, ...as, data: { title: 'Cierre por festivo nacional', _status: 'published' } as never })
    const versions = await payload.findVersions({ collection: 'press-releases', where: { parent: { equals: release.id } }, sort: 'createdAt', depth: 0 })
    const first = versions.docs.find((v) => (v.version as Doc).title === 'Cierre por festivo')!
    // Over REST, as the admin's "Restore" and "Restore as draft" send it.
    const rest = restClient(t, await tokenFor(t, 'madrid@versions.example', 'versions-pass-0123456789'))
    const published = await rest('POST', `/api/press-releases/versions/${first.id}`)
    expect(published.status).toBe(403)
    expect(published.text).toContain('draft')
    const draft = await rest('POST', `/api/press-releases/versions/${first.id}?draft=true`)
    expect(draft.status).toBe(200)
    expect(draft.json.doc ?? draft.json).toMatchObject({ _status: 'draft', title: 'Cierre por festivo' })
    expect((await payload.findByID({ collection: 'press-releases', id: release.id, depth: 0 }) as Doc).title).toBe('Cierre por festivo nacional')
  })
})
