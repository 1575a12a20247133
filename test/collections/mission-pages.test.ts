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

const page = (mission: string | undefined, kind: string, overrides: Record<string, unknown> = {}) =>
  ({ mission, kind, title: `Página ${kind}`, summary: 'Resumen.', _status: 'published', ...overrides }) as never
const publish = (mission: string | undefined, kind: string, overrides: Record<string, unknown> = {}) =>
  t.payload.create({ collection: 'mission-pages', data: page(mission, kind, overrides), depth: 0 })

describe('mission pages: a good page', () => {
  it('is published and reads back as written, in Spanish and English', async () => {
    const created = await publish(madrid, 'culture', { title: 'Cultura' })
    await t.payload.update({ collection: 'mission-pages', id: created.id, locale: 'en', data: { title: 'Culture', summary: 'Events.' } })
    expect(await readStored(t.payload, 'mission-pages', created.id)).toMatchObject({
      mission: madrid, kind: 'culture', _status: 'published',
      title: { es: 'Cultura', en: 'Culture' },
      summary: { es: 'Resumen.', en: 'Events.' },
    })
  })
})

describe('mission pages: fields', () => {
  it('refuses publication without a mission', async () => {
    await expectFieldError(publish(undefined, 'tourism'), 'mission', /required/i)
  })

  it('refuses publication without a title', async () => {
    await expectFieldError(publish(quito, 'tourism', { title: '' }), 'title', /required/i)
  })

  it('refuses a kind that is not one of the fixed pages', async () => {
    await expectFieldError(publish(quito, 'blog'), 'kind', /"blog" is not a kind of mission page; choose one of about, /)
  })
})

describe('mission pages: one page per kind per mission', () => {
  it('refuses a second page of the same kind for one mission, leaving the first intact', async () => {
    const first = await publish(madrid, 'about')
    await expectStoredDataIntact(t.payload, 'mission-pages', first.id, () =>
      expectFieldError(publish(madrid, 'about', { title: 'Otra' }), 'kind', /This mission already has a "about" page; edit that one instead/),
    )
  })

  it('lets another mission have a page of that kind, and the mission a page of another kind', async () => {
    await publish(quito, 'study')
    await publish(madrid, 'study')
    await publish(quito, 'trade-investment')
    const { totalDocs } = await t.payload.count({ collection: 'mission-pages', where: { kind: { equals: 'study' } } })
    expect(totalDocs).toBe(2)
  })

  it('refuses a draft of a kind the mission already has, so the existing page stays editable', async () => {
    const first = await publish(quito, 'bilateral-relations')
    await expectFieldError(
      t.payload.create({ collection: 'mission-pages', draft: true, data: page(quito, 'bilateral-relations', { _status: 'draft' }) }),
      'kind', /already has a "bilateral-relations" page/,
    )
    const edited = await t.payload.update({ collection: 'mission-pages', id: first.id, data: { title: 'Relaciones bilaterales' }, depth: 0 })
    expect(edited.title).toBe('Relaciones bilaterales')
  })

  it('refuses changing a page to a kind the mission already has, leaving it as it was', async () => {
    await publish(madrid, 'tourism')
    const other = await publish(madrid, 'trade-investment')
    await t.payload.update({ collection: 'mission-pages', id: other.id, locale: 'en', data: { title: 'Trade' } })
    await expectStoredDataIntact(t.payload, 'mission-pages', other.id, () =>
      expectFieldError(
        t.payload.update({ collection: 'mission-pages', id: other.id, locale: 'en', data: { kind: 'tourism', title: 'Tourism' } }),
        'kind', /already has a "tourism" page/,
      ),
    )
  })

  it('lets a page be saved again under its own kind', async () => {
    const created = await publish(quito, 'culture')
    const again = await t.payload.update({ collection: 'mission-pages', id: created.id, data: { kind: 'culture', summary: 'Nuevo.' }, depth: 0 })
    expect(again.summary).toBe('Nuevo.')
  })
})
