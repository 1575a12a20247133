import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission } from './helpers/missions'
import { expectFieldError } from './helpers/rejection'
import { expectStoredDataIntact, readStored } from './helpers/storedData'

let t: TestPayload
let madrid: string

beforeAll(async () => {
  t = await startTestPayload()
  madrid = (await createMission(t.payload, 'madrid')).id
})
afterAll(async () => {
  await t?.close()
})

const service = (slug: string, overrides: Record<string, unknown> = {}) =>
  ({
    title: 'Renovación de pasaporte', slug, summary: 'Cómo renovar el pasaporte.', category: 'passports', audience: ['nationals'],
    requirements: [{ requirement: 'Pasaporte anterior' }], feeAmount: 90, feeCurrency: 'USD',
    appointmentUrl: 'https://citas.example.gob.ec/pasaportes', missions: [madrid], _status: 'published', ...overrides,
  }) as never
const publish = (slug: string, overrides: Record<string, unknown> = {}) =>
  t.payload.create({ collection: 'services', data: service(slug, overrides), depth: 0 })

describe('services: a good service', () => {
  it('is published and reads back as written, in Spanish and English', async () => {
    const created = await publish('pasaporte', {
      missionOverrides: [{ mission: madrid, feeAmount: 80, feeCurrency: 'EUR', appointmentUrl: 'https://madrid.example.gob.ec/citas' }],
    })
    await t.payload.update({
      collection: 'services', id: created.id, locale: 'en',
      data: { title: 'Passport renewal', summary: 'How to renew.', requirements: created.requirements!.map((r) => ({ ...r, requirement: 'Old passport' })) },
    })
    expect(await readStored(t.payload, 'services', created.id)).toMatchObject({
      slug: 'pasaporte', category: 'passports', audience: ['nationals'], feeAmount: 90, feeCurrency: 'USD',
      appointmentUrl: 'https://citas.example.gob.ec/pasaportes', missions: [madrid],
      title: { es: 'Renovación de pasaporte', en: 'Passport renewal' },
      summary: { es: 'Cómo renovar el pasaporte.', en: 'How to renew.' },
      requirements: [{ requirement: { es: 'Pasaporte anterior', en: 'Old passport' } }],
      missionOverrides: [{ mission: madrid, feeAmount: 80, feeCurrency: 'EUR', appointmentUrl: 'https://madrid.example.gob.ec/citas' }],
    })
  })

  it('accepts a free service with no fee and no appointment address', async () => {
    const created = await publish('registro', { feeAmount: null, feeCurrency: null, appointmentUrl: null })
    expect(created.feeCurrency ?? null).toBeNull()
  })
})

describe('services: bad input', () => {
  it.each([
    ['a lower-case currency', 'feeCurrency', { feeCurrency: 'usd' }, /ISO 4217 currency code in capitals/],
    ['a four-letter currency', 'feeCurrency', { feeCurrency: 'EURO' }, /ISO 4217 currency code in capitals/],
    ['an unknown currency', 'feeCurrency', { feeCurrency: 'ABC' }, /"ABC" is not an ISO 4217 currency code/],
    ['a negative fee', 'feeAmount', { feeAmount: -5 }, /0/],
    ['a javascript: appointment URL', 'appointmentUrl', { appointmentUrl: 'javascript:alert(1)' }, /got "javascript:"/],
    ['an ftp: appointment URL', 'appointmentUrl', { appointmentUrl: 'ftp://citas.example.org' }, /got "ftp:"/],
    ['a relative appointment URL', 'appointmentUrl', { appointmentUrl: '/citas' }, /is not a valid URL/],
    ['an appointment URL without host', 'appointmentUrl', { appointmentUrl: 'https://' }, /is not a valid URL/],
    ['a bad slug', 'slug', { slug: 'Pasaporte Nuevo' }, /lower-case letters, digits and single hyphens only/],
    ['no audience', 'audience', { audience: [] }, /required/i],
    ['a mission override with a bad currency', 'missionOverrides.0.feeCurrency', { missionOverrides: [{ feeCurrency: 'eur' }] }, /in capitals/],
    ['a mission override with a javascript: URL', 'missionOverrides.0.appointmentUrl', { missionOverrides: [{ appointmentUrl: 'javascript:void(0)' }] }, /got "javascript:"/],
  ])('refuses %s, reported on %s', async (_, path, overrides, message) => {
    // The mission of an override exists only once the suite has started.
    const data: Record<string, unknown> = { ...overrides }
    if ('missionOverrides' in data) data.missionOverrides = (data.missionOverrides as object[]).map((o) => ({ ...o, mission: madrid }))
    await expectFieldError(publish('servicio-malo', data), path, message)
  })
})

describe('services: unique slugs', () => {
  it('refuses a slug another service uses, even on a draft, and leaves that service intact', async () => {
    const first = await publish('visado')
    await expectStoredDataIntact(t.payload, 'services', first.id, async () => {
      await expectFieldError(publish('visado', { title: 'Otro' }), 'slug', /unique/i)
      await expectFieldError(
        t.payload.create({ collection: 'services', draft: true, data: service('visado', { _status: 'draft' }) }),
        'slug', /unique/i,
      )
    })
  })

  it('a rejected update leaves every language of the service as it was', async () => {
    await publish('apostilla')
    const other = await publish('legalizacion')
    await t.payload.update({
      collection: 'services', id: other.id, locale: 'en',
      data: { title: 'Legalisation', summary: 'Stamp.', requirements: other.requirements!.map((r) => ({ ...r, requirement: 'Document' })) },
    })
    await expectStoredDataIntact(t.payload, 'services', other.id, async () => {
      await expectFieldError(
        t.payload.update({ collection: 'services', id: other.id, locale: 'en', data: { title: 'Changed', feeCurrency: 'usd' } }),
        'feeCurrency', /in capitals/,
      )
      await expectFieldError(
        t.payload.update({ collection: 'services', id: other.id, data: { slug: 'apostilla', title: 'Cambiado', requirements: [] } }),
        'slug', /unique/i,
      )
    })
  })
})
