import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fieldErrorsOf, restClient, tokenFor, withoutJobRunner, type Rest } from '../support/restRequest'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission, missionData } from './helpers/missions'

/**
 * Issue 20, "Inputs taken that should not be": each case is what a client sent over REST (the
 * code path of the real route) and what it must get back. Refusals are 400s naming the field;
 * nothing is stored, converted, or answered with a 500.
 */
let t: TestPayload
let restoreJobs: () => void
let madrid: string
let quito: string
let topic: string
const as = {} as Record<'admin' | 'editor' | 'missionEditor', Rest>
const PASSWORD = 'inputs-test-password-0123'

beforeAll(async () => {
  restoreJobs = withoutJobRunner()
  t = await startTestPayload()
  madrid = (await createMission(t.payload, 'madrid')).id
  quito = (await createMission(t.payload, 'quito')).id
  topic = (await t.payload.create({ collection: 'topics', data: { name: 'Consular', slug: 'consular' } })).id
  const users = [['admin', 'ministry-admin', []], ['editor', 'ministry-editor', []], ['missionEditor', 'mission-editor', [madrid]]] as const
  for (const [key, role, missions] of users) {
    const email = `${key.toLowerCase()}@inputs.example.org`
    await t.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: key, role, missions: [...missions] } as never })
    as[key] = restClient(t, await tokenFor(t, email, PASSWORD))
  }
})
afterAll(async () => {
  await t?.close()
  restoreJobs?.()
})

const release = (slug: string, extra: Record<string, unknown> = {}) => ({ title: 'Comunicado', slug, summary: 'Resumen.', ...extra })
const count = async (collection: 'press-releases' | 'missions' = 'press-releases') => (await t.payload.count({ collection })).totalDocs
const ministryWide = async () =>
  (await t.payload.find({ collection: 'press-releases', draft: true, depth: 0, pagination: false, where: { mission: { exists: false } } })).docs.map((d) => d.slug)

/** The answer is a 400 naming `path` with a message matching `message`, and nothing was stored. */
async function expectRefused(send: () => Promise<{ status: number; json: any; text: string }>, path: string, message: RegExp) {
  const before = await count()
  const answer = await send()
  expect(answer.status, answer.text).toBe(400)
  const errors = fieldErrorsOf(answer)
  expect(errors.map(([p]) => p), answer.text).toContain(path)
  expect(errors.find(([p]) => p === path)![1]).toMatch(message)
  expect(await count()).toBe(before)
}

describe('a mission editor cannot make a ministry-wide release', () => {
  it('whatever the body: a list (which stored a release with no mission), a string, null', async () => {
    const before = await ministryWide()
    for (const rawBody of ['[]', '"x"', '[{"title":"T"}]', '42']) {
      for (const query of ['?draft=true', '']) {
        const answer = await as.missionEditor('POST', `/api/press-releases${query}`, undefined, { rawBody })
        expect(answer.status, `${rawBody} ${query}: ${answer.text}`).toBe(400)
        expect(answer.text).toMatch(/The request body must be an object of fields/)
      }
    }
    expect(await ministryWide()).toEqual(before)
  })

  it('with no mission, another mission’s (403 by the access rules), or a list of missions', async () => {
    const before = await ministryWide()
    await expectRefused(() => as.missionEditor('POST', '/api/press-releases?draft=true', release('sin-mision', { mission: null, _status: 'draft' })), 'mission', /Choose one of the missions you are assigned to/)
    expect((await as.missionEditor('POST', '/api/press-releases?draft=true', release('otra', { mission: quito, _status: 'draft' }))).status).toBe(403)
    await expectRefused(() => as.missionEditor('POST', '/api/press-releases?draft=true', release('dos', { mission: [madrid, quito], _status: 'draft' })), 'mission', /must be the id of one missions document, not a list/)
    expect(await ministryWide()).toEqual(before)
  })

  it('a form without its _payload is an empty draft of their own mission, not a 500', async () => {
    const form = new FormData()
    form.set('title', 'Sin payload')
    const answer = await as.missionEditor('POST', '/api/press-releases?draft=true', undefined, { formData: form })
    expect(answer.status, answer.text).toBe(201)
    expect(answer.json.doc.mission.id ?? answer.json.doc.mission).toBe(madrid)
  })

  it('while ministry users may, and the mission editor’s own releases still default to their mission', async () => {
    expect((await as.editor('POST', '/api/press-releases', release('del-ministerio', { _status: 'published' }))).status).toBe(201)
    const own = await as.missionEditor('POST', '/api/press-releases?draft=true&depth=0', release('propia', { _status: 'draft' }))
    expect(own.status, own.text).toBe(201)
    expect(own.json.doc.mission).toBe(madrid)
  })
})

describe('wrong types are refused by field, never converted or answered with a 500', () => {
  it.each([
    ['a number as a title', { title: 42 }, 'title', /title must be text, not the number 42/],
    ['a list as a title', { title: ['a', 'b'] }, 'title', /title must be text, not a list/],
    ['an object as a title', { title: { a: 1 } }, 'title', /title must be text, not an object/],
    ['a word as the topics', { topics: 'not-a-list' }, 'topics', /topics must be a list of ids of topics documents/],
    ['two missions for one', { mission: ['m1', 'm2'] }, 'mission', /mission must be the id of one missions document, not a list/],
    ['a number as a topic', { topics: [7] }, 'topics.0', /topics.0 must be the id of a topics document, not the number 7/],
    ['a topic that does not exist', { topics: ['0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11'] }, 'topics.0', /there is no topics document/],
    ['a mission that does not exist', { mission: 'nowhere' }, 'mission', /there is no missions document with the id "nowhere"/],
    ['a status that is not one', { _status: 'live' }, '_status', /_status must be one of "draft", "published", not the text "live"/],
    ['a syndication that is not one', { syndication: 'everywhere' }, 'syndication', /must be one of "all", "selected", "none"/],
    ['a date that is not one', { publishedAt: 'yesterday' }, 'publishedAt', /publishedAt must be a date/],
    ['a number as the summary', { summary: 3.14 }, 'summary', /summary must be text/],
  ])('%s: on a draft and on publication', async (_, extra, path, message) => {
    await expectRefused(() => as.admin('POST', '/api/press-releases?draft=true', release('tipo', { _status: 'draft', ...extra })), path, message)
    await expectRefused(() => as.admin('POST', '/api/press-releases', release('tipo', { _status: 'published', ...extra })), path, message)
  })

  it('on an update too, leaving the release as it was', async () => {
    const created = (await as.admin('POST', '/api/press-releases?depth=0', release('intacto', { mission: madrid, _status: 'published' }))).json.doc
    const stored = () => t.payload.findByID({ collection: 'press-releases', id: created.id, depth: 0, locale: 'all' })
    const before = await stored()
    await expectRefused(() => as.admin('PATCH', `/api/press-releases/${created.id}`, { title: 7 }), 'title', /title must be text/)
    await expectRefused(() => as.admin('PATCH', `/api/press-releases/${created.id}?draft=true`, { topics: 'x' }), 'topics', /a list of ids/)
    // An update by query answers per document, naming the field in its message.
    const bulk = await as.admin('PATCH', '/api/press-releases?where[slug][equals]=intacto', { mission: [madrid] })
    expect(bulk.status, bulk.text).toBe(400)
    expect(bulk.json.errors).toEqual([expect.objectContaining({ id: created.id, message: 'The following field is invalid: mission' })])
    expect(await stored()).toEqual(before)
  })

  it('in the rows of an array and in groups (a mission’s offices)', async () => {
    const data = missionData('lima', { offices: [{ name: 'Cancillería', isMain: 'yes', address: { street: 5 } }] }) as Record<string, unknown>
    const answer = await as.admin('POST', '/api/missions', data)
    expect(answer.status, answer.text).toBe(400)
    expect(fieldErrorsOf(answer).map(([p]) => p).sort()).toEqual(['offices.0.address.street', 'offices.0.isMain'])
  })

  it('in a global', async () => {
    const answer = await as.admin('POST', '/api/globals/ministry', { name: ['Cancillería'] })
    expect(answer.status, answer.text).toBe(400)
    expect(fieldErrorsOf(answer)).toEqual([['name', 'name must be text, not a list.']])
  })

  it('only once the access rules let the caller in: others learn nothing from the field errors', async () => {
    const anonymous = restClient(t)
    const probe = { title: 42, mission: '0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11', topics: [topic] }
    expect([401, 403]).toContain((await anonymous('POST', '/api/press-releases', release('anon', probe))).status)
    expect([401, 403]).toContain((await anonymous('POST', '/api/globals/ministry', { name: 5 })).status)
    const other = await t.payload.create({ collection: 'press-releases', data: release('ajeno', { mission: quito, _status: 'published' }) as never, depth: 0 })
    expect([403, 404]).toContain((await as.missionEditor('PATCH', `/api/press-releases/${other.id}?draft=true`, { title: 42 })).status)
  })

  it('takes a related document as a read returned it, by its id', async () => {
    const answer = await as.admin('POST', '/api/press-releases?depth=0', release('relacion-leida', { mission: { id: madrid, slug: 'madrid' }, topics: [{ id: topic }] }))
    expect(answer.status, answer.text).toBe(201)
    expect(answer.json.doc).toMatchObject({ mission: madrid, topics: [topic] })
  })
})

describe('system fields are the server’s', () => {
  it('a client’s createdAt, updatedAt and id are ignored on create, and createdAt is kept on update', async () => {
    const start = Date.now()
    const id = '0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a99'
    const answer = await as.admin('POST', '/api/press-releases?depth=0', release('fechas', { id, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z' }))
    expect(answer.status, answer.text).toBe(201)
    const doc = answer.json.doc
    expect(doc.id).not.toBe(id)
    for (const stamp of [doc.createdAt, doc.updatedAt]) expect(new Date(stamp).getTime()).toBeGreaterThanOrEqual(start - 1000)
    const patched = await as.admin('PATCH', `/api/press-releases/${doc.id}?depth=0`, { createdAt: '2001-01-01T00:00:00.000Z', updatedAt: '2001-01-01T00:00:00.000Z', title: 'Otro' })
    expect(patched.status, patched.text).toBe(200)
    expect(patched.json.doc.createdAt).toBe(doc.createdAt)
    expect(new Date(patched.json.doc.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(doc.updatedAt).getTime())
  })

  it('while the server’s own code (seeds, imports) still dates what it creates', async () => {
    const doc = await t.payload.create({ collection: 'press-releases', data: release('importado', { createdAt: '2020-05-01T00:00:00.000Z' }) as never, depth: 0 })
    expect(doc.createdAt).toBe('2020-05-01T00:00:00.000Z')
  })
})

describe('mission slugs the sites reserve', () => {
  it('refuses "ministry" for a new mission and for a renamed one, saying why', async () => {
    const before = await count('missions')
    const created = await as.admin('POST', '/api/missions', missionData('ministry'))
    expect(created.status, created.text).toBe(400)
    expect(fieldErrorsOf(created)).toEqual([['slug', '"ministry" is reserved for the ministry\'s own site; choose another slug for this mission']])
    const renamed = await as.admin('PATCH', `/api/missions/${quito}`, { slug: 'ministry' })
    expect(renamed.status, renamed.text).toBe(400)
    expect(fieldErrorsOf(renamed).map(([p]) => p)).toEqual(['slug'])
    expect(await count('missions')).toBe(before)
    expect((await t.payload.findByID({ collection: 'missions', id: quito, depth: 0 })).slug).toBe('quito')
  })
})
