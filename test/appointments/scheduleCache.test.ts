import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cachedSchedules, SCHEDULES_TTL_MS } from '../../src/appointments/flow/scheduleCache'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { buildStoreFixture } from './storeFixture'

let t: TestPayload
let fx: Awaited<ReturnType<typeof buildStoreFixture>>

beforeAll(async () => {
  t = await startTestPayload()
  fx = await buildStoreFixture(t.payload, { places: 2 })
})
afterAll(async () => {
  await t?.close()
})

const placesOf = async (read: ReturnType<typeof cachedSchedules>) => (await read('madrid'))[0]?.placesPerSlot

describe('each mission’s schedules kept a few seconds by the booking flow', () => {
  it('answers from what it read within the time limit, and reads again after it', async () => {
    let clock = 1_000_000
    const read = cachedSchedules(t.payload, () => clock)
    expect(await placesOf(read)).toBe(2)
    // Written past Payload's hooks, as another server process's change looks from here.
    await t.payload.db.updateOne({ collection: 'appointment-schedules', id: fx.schedule.id, data: { placesPerSlot: 5 } })
    clock += SCHEDULES_TTL_MS - 1
    expect(await placesOf(read)).toBe(2)
    clock += 1
    expect(await placesOf(read)).toBe(5)
  })

  it('forgets them at once when this process saves a schedule, its mission or a service', async () => {
    const clock = 2_000_000
    const read = cachedSchedules(t.payload, () => clock)
    expect(await placesOf(read)).toBe(5)
    await t.payload.update({ collection: 'appointment-schedules', id: fx.schedule.id, data: { placesPerSlot: 3 } })
    expect(await placesOf(read)).toBe(3)
    await t.payload.update({ collection: 'missions', id: fx.mission.id, data: { status: 'closed' } as never })
    expect(await read('madrid')).toEqual([])
    await t.payload.update({ collection: 'missions', id: fx.mission.id, data: { status: 'open' } as never })
    expect(await placesOf(read)).toBe(3)
    await t.payload.update({ collection: 'services', id: fx.passports.id, data: { _status: 'draft' } as never, draft: false })
    expect(await read('madrid')).toEqual([])
  })
})
