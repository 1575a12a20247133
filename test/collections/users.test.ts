import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission } from './helpers/missions'
import { expectFieldError } from './helpers/rejection'
import { expectStoredDataIntact, readStored } from './helpers/storedData'

let t: TestPayload
let madrid: string
let quito: string

beforeAll(async () => {
  t = await startTestPayload()
  madrid = (await createMission(t.payload, 'madrid')).id
  quito = (await createMission(t.payload, 'quito')).id
})
afterAll(async () => {
  await t?.close()
})

let n = 0
const createUser = (data: Record<string, unknown>) =>
  t.payload.create({ collection: 'users', data: { email: `user${++n}@example.gob.ec`, password: 'correct horse battery', name: `User ${n}`, ...data } as never, depth: 0 })

// The first test must run first: it is about the first account the database ever holds.
describe('users', () => {
  it('makes the first user ever created a ministry administrator, whatever role was asked', async () => {
    expect((await t.payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const first = await createUser({ role: 'mission-editor', missions: [madrid] })
    expect(first).toMatchObject({ role: 'ministry-admin', missions: [] })
    const second = await createUser({ role: 'ministry-editor' })
    expect(second.role).toBe('ministry-editor')
  })

  it('stores a mission editor with their missions and reads them back', async () => {
    const editor = await createUser({ role: 'mission-editor', missions: [madrid, quito] })
    expect(await readStored(t.payload, 'users', editor.id)).toMatchObject({ role: 'mission-editor', missions: [madrid, quito] })
  })

  it.each([
    ['no missions field', {}],
    ['an empty list of missions', { missions: [] }],
  ])('refuses a mission editor with %s', async (_, missions) => {
    await expectFieldError(createUser({ role: 'mission-editor', ...missions }), 'missions', /A mission editor must be assigned at least one mission/)
  })

  it('gives ministry users no missions, on creation and when promoted', async () => {
    const ministryEditor = await createUser({ role: 'ministry-editor', missions: [madrid] })
    expect(ministryEditor.missions).toEqual([])

    const editor = await createUser({ role: 'mission-editor', missions: [quito] })
    const promoted = await t.payload.update({ collection: 'users', id: editor.id, data: { role: 'ministry-admin' }, depth: 0 })
    expect(promoted).toMatchObject({ role: 'ministry-admin', missions: [] })
    expect(await readStored(t.payload, 'users', editor.id)).toMatchObject({ missions: [] })
  })

  it('refuses taking the last mission from a mission editor, or demoting a ministry user without one, leaving each intact', async () => {
    const editor = await createUser({ role: 'mission-editor', missions: [madrid] })
    await expectStoredDataIntact(t.payload, 'users', editor.id, () =>
      expectFieldError(t.payload.update({ collection: 'users', id: editor.id, data: { missions: [], name: 'Changed' } }), 'missions', /at least one mission/),
    )
    const ministryEditor = await createUser({ role: 'ministry-editor' })
    await expectStoredDataIntact(t.payload, 'users', ministryEditor.id, () =>
      expectFieldError(t.payload.update({ collection: 'users', id: ministryEditor.id, data: { role: 'mission-editor' } }), 'missions', /at least one mission/),
    )
  })

  it('refuses an email another user has, leaving that user intact', async () => {
    const editor = await createUser({ role: 'mission-editor', missions: [quito] })
    await expectStoredDataIntact(t.payload, 'users', editor.id, () =>
      expectFieldError(createUser({ role: 'ministry-editor', email: editor.email }), 'email', /already registered|unique/i),
    )
  })

  it('refuses an unknown role and a badly formed email', async () => {
    await expectFieldError(createUser({ role: 'superuser' }), 'role', /invalid/i)
    await expectFieldError(createUser({ role: 'ministry-editor', email: 'not-an-email' }), 'email', /valid email/i)
  })
})
