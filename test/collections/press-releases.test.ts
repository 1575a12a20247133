import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission } from './helpers/missions'
import { expectFieldError, fieldErrors } from './helpers/rejection'
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

const release = (slug: string, overrides: Record<string, unknown> = {}) =>
  ({ title: `Comunicado ${slug}`, slug, summary: 'Resumen del comunicado.', _status: 'published', ...overrides }) as never
const publish = (slug: string, overrides: Record<string, unknown> = {}) =>
  t.payload.create({ collection: 'press-releases', data: release(slug, overrides), depth: 0 })
const saveDraft = (slug: string, overrides: Record<string, unknown> = {}) =>
  t.payload.create({ collection: 'press-releases', draft: true, data: release(slug, { _status: 'draft', ...overrides }), depth: 0 })

describe('press releases: a good release', () => {
  it('is published and reads back as written, in Spanish and English', async () => {
    const topic = await t.payload.create({ collection: 'topics', data: { name: 'Consular', slug: 'consular' } })
    const created = await publish('elecciones-2025', { mission: madrid, topics: [topic.id] })
    await t.payload.update({
      collection: 'press-releases', id: created.id, locale: 'en',
      data: { title: 'Elections 2025', summary: 'How to vote abroad.', _status: 'published' },
    })
    expect(await readStored(t.payload, 'press-releases', created.id)).toMatchObject({
      slug: 'elecciones-2025', mission: madrid, topics: [topic.id], _status: 'published',
      title: { es: 'Comunicado elecciones-2025', en: 'Elections 2025' },
      summary: { es: 'Resumen del comunicado.', en: 'How to vote abroad.' },
    })
  })
})

describe('press releases: fields', () => {
  it.each(['Nota de Prensa', 'nota--prensa'])('refuses the slug %j on publication', async (slug) => {
    await expectFieldError(publish(slug), 'slug', /lower-case letters, digits and single hyphens only/)
  })

  it('refuses publication without a summary', async () => {
    await expectFieldError(publish('sin-resumen', { summary: '' }), 'summary', /required/i)
  })
})

describe('press releases: slugs are unique per mission', () => {
  it('lets two missions use the same slug, and a ministry release use it too', async () => {
    await publish('visita-oficial', { mission: madrid })
    await publish('visita-oficial', { mission: quito })
    await publish('visita-oficial')
    const { totalDocs } = await t.payload.count({ collection: 'press-releases', where: { slug: { equals: 'visita-oficial' } } })
    expect(totalDocs).toBe(3)
  })

  it('refuses the same slug twice in one mission, and leaves the first release intact', async () => {
    const first = await publish('dia-nacional', { mission: madrid })
    await expectStoredDataIntact(t.payload, 'press-releases', first.id, () =>
      expectFieldError(publish('dia-nacional', { mission: madrid }), 'slug', /"dia-nacional" is already used by another document of this mission/),
    )
  })

  it('refuses the same slug twice among ministry-wide releases', async () => {
    await publish('cumbre-andina')
    await expectFieldError(publish('cumbre-andina'), 'slug', /"cumbre-andina" is already used by another document of the ministry/)
  })

  it('refuses a draft that takes a slug of its mission, so the release it copies stays editable', async () => {
    const first = await publish('feria-turismo', { mission: quito })
    await expectFieldError(saveDraft('feria-turismo', { mission: quito }), 'slug', /already used by another document of this mission/)
    const edited = await t.payload.update({ collection: 'press-releases', id: first.id, data: { title: 'Feria de turismo' }, depth: 0 })
    expect(edited.title).toBe('Feria de turismo')
  })

  it('refuses renaming a release onto a slug its mission already uses, leaving it as it was', async () => {
    await publish('becas', { mission: madrid })
    const other = await publish('becas-2026', { mission: madrid })
    await expectStoredDataIntact(t.payload, 'press-releases', other.id, () =>
      expectFieldError(
        t.payload.update({ collection: 'press-releases', id: other.id, locale: 'en', data: { slug: 'becas', title: 'Grants' } }),
        'slug', /already used/,
      ),
    )
  })
})

describe('press releases: drafts', () => {
  it('may hold an unfinished slug and no summary, but cannot be published so', async () => {
    const draft = await saveDraft('Borrador Sin Terminar', { summary: '' })
    expect(draft).toMatchObject({ _status: 'draft', slug: 'Borrador Sin Terminar' })
    await expectStoredDataIntact(t.payload, 'press-releases', draft.id, async () => {
      const errors = await fieldErrors(
        t.payload.update({ collection: 'press-releases', id: draft.id, data: { _status: 'published' } }),
      )
      expect(errors.map((e) => e.path).sort()).toEqual(['slug', 'summary'])
    })
  })
})

describe('press releases: syndication', () => {
  it('refuses "chosen missions" with no mission chosen, on publication and on a draft', async () => {
    const message = /Choose at least one mission, or syndicate the release to every mission/
    await expectFieldError(publish('sin-destino', { syndication: 'selected' }), 'syndicatedTo', message)
    await expectFieldError(saveDraft('sin-destino', { syndication: 'selected', syndicatedTo: [] }), 'syndicatedTo', message)
  })

  it('keeps the chosen missions of a ministry release, and drops them when it goes to every mission', async () => {
    const created = await publish('sindicado', { syndication: 'selected', syndicatedTo: [madrid, quito] })
    expect(created.syndicatedTo).toEqual([madrid, quito])
    const widened = await t.payload.update({ collection: 'press-releases', id: created.id, data: { syndication: 'all' }, depth: 0 })
    expect(widened.syndicatedTo).toEqual([])
  })

  it('gives a mission’s own release no syndication, whatever was asked', async () => {
    const created = await publish('propio', { mission: madrid, syndication: 'selected', syndicatedTo: [quito] })
    expect(created).toMatchObject({ syndication: 'none', syndicatedTo: [] })
    const draft = await saveDraft('propio-borrador', { mission: quito, syndication: 'all' })
    expect(draft.syndication).toBe('none')
  })

  it('refuses removing the last chosen mission and leaves the release as it was', async () => {
    const created = await publish('selectivo', { syndication: 'selected', syndicatedTo: [quito] })
    await expectStoredDataIntact(t.payload, 'press-releases', created.id, () =>
      expectFieldError(
        t.payload.update({ collection: 'press-releases', id: created.id, data: { syndicatedTo: [], title: 'Otro' } }),
        'syndicatedTo', /Choose at least one mission/,
      ),
    )
  })
})

describe('press releases: publication date', () => {
  it('is stamped on first publication and kept by later edits, drafts and an emptied date', async () => {
    const draft = await saveDraft('fecha', { mission: quito })
    expect(draft.publishedAt ?? null).toBeNull()

    const before = Date.now()
    const published = await t.payload.update({ collection: 'press-releases', id: draft.id, data: { _status: 'published' }, depth: 0 })
    const stamped = published.publishedAt!
    expect(new Date(stamped).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(new Date(stamped).getTime()).toBeLessThanOrEqual(Date.now())

    await new Promise((resolve) => setTimeout(resolve, 15))
    const edited = await t.payload.update({ collection: 'press-releases', id: draft.id, data: { title: 'Editado', _status: 'published' }, depth: 0 })
    expect(edited.publishedAt).toBe(stamped)

    const redrafted = await t.payload.update({ collection: 'press-releases', id: draft.id, draft: true, data: { title: 'Borrador', _status: 'draft' }, depth: 0 })
    expect(redrafted.publishedAt).toBe(stamped)

    const emptied = await t.payload.update({ collection: 'press-releases', id: draft.id, data: { publishedAt: null, _status: 'published' }, depth: 0 })
    expect(emptied.publishedAt).toBe(stamped)
    expect(await readStored(t.payload, 'press-releases', draft.id)).toMatchObject({ publishedAt: stamped })
  })

  it('keeps a date the editor set on purpose', async () => {
    const created = await publish('fechado', { publishedAt: '2024-05-24T10:00:00.000Z' })
    expect(created.publishedAt).toBe('2024-05-24T10:00:00.000Z')
  })
})
