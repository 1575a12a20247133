import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REBUILD_SITES } from '../../src/jobs/rebuildSitesJob'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission, officeData } from './helpers/missions'
import { serviceData } from '../appointments/storeFixture'

const JOBS = 'payload-jobs' as CollectionSlug
let t: TestPayload
let missionId: string
let serviceId: string

const queued = async () => {
  const { docs } = await t.payload.find({ collection: JOBS, where: { taskSlug: { equals: REBUILD_SITES } }, sort: 'createdAt', pagination: false, depth: 0 })
  await t.payload.delete({ collection: JOBS, where: { taskSlug: { equals: REBUILD_SITES } } })
  return docs.map((job) => [...((job as { input?: { missions?: string[] } }).input?.missions ?? [])])
}

beforeAll(async () => {
  t = await startTestPayload()
  serviceId = String((await t.payload.create({ collection: 'services', data: serviceData('passports', 'Pasaportes') as never })).id)
  missionId = String((await createMission(t.payload, 'madrid', { offices: [officeData({ services: [serviceId] })] })).id)
  await queued()
})
afterAll(async () => {
  await t?.close()
})

describe('a mission’s save rebuilds every site when what every site lists of it changes (nearest-office page, data/offices.json)', () => {
  it('a field only its own site shows rebuilds its own site only, even when the saved document comes back with its relations populated', async () => {
    await t.payload.update({ collection: 'missions', id: missionId, data: { headOfMission: { name: 'Ana Ruiz' } } as never, depth: 2 })
    expect(await queued()).toEqual([['madrid']])
  })

  it('an office’s phone, hours or place rebuilds every site', async () => {
    const mission = await t.payload.findByID({ collection: 'missions', id: missionId, depth: 0 })
    const office = { ...mission.offices![0]!, openingHours: [{ days: ['mon'], opens: '10:00', closes: '12:00' }] }
    await t.payload.update({ collection: 'missions', id: missionId, data: { offices: [office] } as never })
    expect(await queued()).toEqual([['madrid'], []])
  })

  it('its city (a name the page’s city search knows) rebuilds every site', async () => {
    await t.payload.update({ collection: 'missions', id: missionId, data: { city: 'Madrid (centro)' } as never })
    expect(await queued()).toEqual([['madrid'], []])
  })
})
