import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission, missionData, officeData } from './helpers/missions'
import { expectFieldError, fieldErrors } from './helpers/rejection'
import { expectStoredDataIntact, readStored } from './helpers/storedData'

let t: TestPayload
let madridId: string

beforeAll(async () => {
  t = await startTestPayload()
  madridId = (await createMission(t.payload, 'madrid')).id
})
afterAll(async () => {
  await t?.close()
})

const createWith = (slug: string, overrides: Record<string, unknown>) =>
  t.payload.create({ collection: 'missions', data: missionData(slug, overrides) })
const withOffice = (overrides: Record<string, unknown>) => ({ offices: [officeData(overrides)] })

describe('missions: a good mission', () => {
  it('is stored and reads back as written, in Spanish and English', async () => {
    const created = await createMission(t.payload, 'londres', { city: 'Londres', hostCountry: 'GB' })
    await t.payload.update({
      collection: 'missions', id: created.id, locale: 'en',
      data: { name: 'Embassy in London', city: 'London', offices: created.offices!.map((o) => ({ ...o, name: 'Chancery' })) },
    })
    const stored = (await readStored(t.payload, 'missions', created.id)) as any
    expect(stored).toMatchObject({
      slug: 'londres', hostCountry: 'GB', siteLocales: ['es', 'en'], defaultLocale: 'es', baseUrl: 'https://londres.example.gob.ec',
      name: { es: 'Embajada londres', en: 'Embassy in London' },
      city: { es: 'Londres', en: 'London' },
      jurisdiction: [{ country: 'ES' }, { country: 'AD' }],
    })
    expect(stored.offices).toHaveLength(1)
    expect(stored.offices[0]).toMatchObject({
      name: { es: 'Cancillería', en: 'Chancery' },
      isMain: true,
      address: { street: 'Calle de Velázquez 114', city: 'Madrid', country: 'ES' },
      latitude: 40.4381, longitude: -3.6823,
      phones: [{ number: '+34 915 627 215' }],
      contactFormUrl: 'https://madrid.example.gob.ec/contacto',
      openingHours: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '13:00' },
        { days: ['mon', 'tue', 'wed', 'thu'], opens: '15:00', closes: '17:30' },
      ],
    })
  })

  it('accepts a consulate whose parent is another mission, and offices at the extremes of the map', async () => {
    const created = await createMission(t.payload, 'barcelona', {
      type: 'consulate-general', parent: madridId,
      offices: [officeData({ latitude: -90, longitude: 180 }), officeData({ isMain: false, latitude: null, longitude: null, openingHours: [] })],
    })
    expect(created.parent).toBe(madridId)
  })
})

describe('missions: slugs', () => {
  it.each(['Madrid-Centro', 'consulado madrid', 'consulado--madrid'])('refuses the slug %j, naming the field', async (slug) => {
    await expectFieldError(createWith(slug, {}), 'slug', /lower-case letters, digits and single hyphens only/)
  })

  it('refuses a slug another mission already uses, and leaves that mission as it was', async () => {
    await expectStoredDataIntact(t.payload, 'missions', madridId, () =>
      expectFieldError(createWith('madrid', { name: 'Otra' }), 'slug', /unique/i),
    )
  })
})

describe('missions: ISO country codes', () => {
  it.each([
    ['"XX" as host country', 'hostCountry', { hostCountry: 'XX' }, /"XX" is not an assigned ISO 3166-1 country code/],
    ['"es" as host country', 'hostCountry', { hostCountry: 'es' }, /ISO 3166-1 alpha-2 country code in capitals/],
    ['"ESP" as host country', 'hostCountry', { hostCountry: 'ESP' }, /ISO 3166-1 alpha-2 country code in capitals/],
    ['"XX" in the jurisdiction', 'jurisdiction.1.country', { jurisdiction: [{ country: 'ES' }, { country: 'XX' }] }, /"XX" is not an assigned/],
    ['"es" in an office address', 'offices.0.address.country', withOffice({ address: { street: 'Calle 1', city: 'Madrid', country: 'es' } }), /in capitals/],
  ])('refuses %s, reported on %s', async (_, path, overrides, message) => {
    await expectFieldError(createWith('iso-check', overrides), path, message)
  })
})

describe('missions: coordinates', () => {
  it.each([
    ['latitude 91', 'offices.0.latitude', { latitude: 91 }, /latitude must be between -90 and 90 \(got 91\)/],
    ['longitude -181', 'offices.0.longitude', { longitude: -181 }, /longitude must be between -180 and 180 \(got -181\)/],
    ['a latitude of NaN', 'offices.0.latitude', { latitude: Number.NaN }, /latitude must be a number/],
    ['a latitude without longitude', 'offices.0.latitude', { longitude: null }, /give both latitude and longitude, or neither/],
    // Payload reports the pair rule on the latitude field, whichever half is missing.
    ['a longitude without latitude', 'offices.0.latitude', { latitude: null }, /give both latitude and longitude, or neither/],
  ])('refuses an office with %s, reported on %s', async (_, path, office, message) => {
    await expectFieldError(createWith('geo-check', withOffice(office)), path, message)
  })
})

describe('missions: opening hours', () => {
  const hours = (openingHours: unknown[]) => withOffice({ openingHours })

  it('refuses a period that closes before it opens', async () => {
    await expectFieldError(
      createWith('hours-check', hours([{ days: ['mon'], opens: '17:00', closes: '09:00' }])),
      'offices.0.openingHours', /row 1: opens at 17:00 but closes at 09:00; the closing time must be later/,
    )
  })

  it('refuses "25:00", naming the time field of the row', async () => {
    const errors = await fieldErrors(createWith('hours-check', hours([{ days: ['mon'], opens: '25:00', closes: '17:00' }])))
    expect(errors).toContainEqual(expect.objectContaining({ path: 'offices.0.openingHours.0.opens', message: expect.stringMatching(/24-hour time/) }))
  })

  it('refuses overlapping periods on the same day', async () => {
    await expectFieldError(
      createWith('hours-check', hours([
        { days: ['mon', 'tue'], opens: '09:00', closes: '14:00' },
        { days: ['tue'], opens: '13:00', closes: '17:00' },
      ])),
      'offices.0.openingHours', /row 2 overlaps row 1 on tue/,
    )
  })

  it('refuses a period with no days', async () => {
    const errors = await fieldErrors(createWith('hours-check', hours([{ days: [], opens: '09:00', closes: '13:00' }])))
    expect(errors).toContainEqual({ path: 'offices.0.openingHours', label: expect.any(String), message: 'row 1: choose at least one day' })
    expect(errors.map((e) => e.path)).toContain('offices.0.openingHours.0.days')
  })
})

describe('missions: addresses, numbers and locales', () => {
  it('refuses a javascript: contact form URL', async () => {
    await expectFieldError(
      createWith('url-check', withOffice({ contactFormUrl: 'javascript:alert(1)' })),
      'offices.0.contactFormUrl', /must start with http:\/\/ or https:\/\/ \(got "javascript:"\)/,
    )
  })

  it.each([
    ['https://', /is not a valid URL/],
    ['https://madrid', /has no valid host name/],
    ['/madrid', /is not a valid URL/],
    ['', /required/],
  ])('refuses the base URL %j', async (baseUrl, message) => {
    await expectFieldError(createWith('url-check', { baseUrl }), 'baseUrl', message)
  })

  it('refuses a default language the site is not published in', async () => {
    await expectFieldError(
      createWith('locale-check', { siteLocales: ['es', 'en'], defaultLocale: 'fr' }),
      'defaultLocale', /The default language "fr" must be one of the mission’s languages \(es, en\)/,
    )
  })

  it('refuses two main offices', async () => {
    await expectFieldError(
      createWith('office-check', { offices: [officeData(), officeData({ name: 'Sección consular' })] }),
      'offices', /Mark one office as the main office, not 2/,
    )
  })

  it('refuses a mission as its own parent', async () => {
    await expectFieldError(
      t.payload.update({ collection: 'missions', id: madridId, data: { parent: madridId } }),
      'parent', /a mission cannot be its own parent/,
    )
  })

  it.each([
    ['words as a phone number', 'offices.0.phones.0.number', { phones: [{ label: 'Centralita', number: 'call the embassy' }] }],
    ['a two-digit phone number', 'offices.0.phones.0.number', { phones: [{ label: 'Centralita', number: '12' }] }],
    ['words as the emergency number', 'offices.0.emergencyPhone', { emergencyPhone: 'ask at the desk' }],
  ])('refuses %s, reported on %s', async (_, path, office) => {
    await expectFieldError(createWith('phone-check', withOffice(office)), path, /phone number in international form/)
  })
})

describe('missions: a bad write leaves stored data intact', () => {
  it('a rejected update in English changes neither language', async () => {
    const created = await createMission(t.payload, 'quito-intact')
    const id = created.id
    await t.payload.update({
      collection: 'missions', id, locale: 'en',
      data: { name: 'Embassy', city: 'Madrid', offices: created.offices!.map((o) => ({ ...o, name: 'Chancery' })) },
    })
    await expectStoredDataIntact(t.payload, 'missions', id, async () => {
      await expectFieldError(
        t.payload.update({
          collection: 'missions', id, locale: 'en',
          data: { name: 'Changed', hostCountry: 'XX', offices: [officeData({ name: 'New', latitude: 91 })] } as never,
        }),
        'hostCountry', /not an assigned/,
      )
    })
  })

  it('an update that collides on the slug, found only by the database, changes nothing else either', async () => {
    const { id } = await createMission(t.payload, 'lima-intact')
    await expectStoredDataIntact(t.payload, 'missions', id, () =>
      expectFieldError(
        t.payload.update({
          collection: 'missions', id,
          data: { slug: 'madrid', name: 'Renamed', jurisdiction: [{ country: 'PE' }], offices: [officeData({ name: 'Nueva' })] } as never,
        }),
        'slug', /unique/i,
      ),
    )
  })

  it('a rejected default language leaves the mission’s languages as they were', async () => {
    await expectStoredDataIntact(t.payload, 'missions', madridId, () =>
      expectFieldError(
        t.payload.update({ collection: 'missions', id: madridId, data: { siteLocales: ['fr', 'ar'] } }),
        'defaultLocale', /must be one of the mission’s languages \(fr, ar\)/,
      ),
    )
  })

  // SQLite runs without transactions unless the adapter is given transactionOptions: a write
  // the database refuses after Payload has begun rewriting rows must still change nothing.
  it('a write the database refuses half-way (an object where text belongs) changes nothing', async () => {
    const created = await createMission(t.payload, 'bogota-intact')
    await expectStoredDataIntact(t.payload, 'missions', created.id, async () => {
      await expect(
        t.payload.update({
          collection: 'missions', id: created.id,
          data: { name: 'Changed', offices: [{ ...created.offices![0], access: { es: 'not text' } }] } as never,
        }),
      ).rejects.toThrow()
    })
  })

  it('a write the database refuses half-way (an office offering a service that does not exist) changes nothing', async () => {
    const created = await createMission(t.payload, 'caracas-intact')
    await expectStoredDataIntact(t.payload, 'missions', created.id, async () => {
      await expect(
        t.payload.update({
          collection: 'missions', id: created.id,
          data: { name: 'Changed', offices: [{ ...created.offices![0], services: ['00000000-0000-4000-8000-000000000000'] }] } as never,
        }),
      ).rejects.toThrow()
    })
  })
})
