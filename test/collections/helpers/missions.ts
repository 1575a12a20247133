import type { Payload } from 'payload'

/** A complete, valid mission as a ministry administrator would enter it in Spanish. */
export function missionData(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    name: `Embajada ${slug}`,
    slug,
    type: 'embassy',
    hostCountry: 'ES',
    city: 'Madrid',
    jurisdiction: [{ country: 'ES' }, { country: 'AD' }],
    siteLocales: ['es', 'en'],
    defaultLocale: 'es',
    baseUrl: `https://${slug}.example.gob.ec`,
    offices: [officeData()],
    ...overrides,
  } as never
}

export function officeData(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Cancillería',
    isMain: true,
    address: { street: 'Calle de Velázquez 114', postalCode: '28006', city: 'Madrid', country: 'ES' },
    latitude: 40.4381,
    longitude: -3.6823,
    phones: [{ label: 'Centralita', number: '+34 915 627 215' }],
    emergencyPhone: '+34 600 000 000',
    email: 'madrid@example.gob.ec',
    contactFormUrl: 'https://madrid.example.gob.ec/contacto',
    openingHours: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '13:00' },
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '15:00', closes: '17:30' },
    ],
    ...overrides,
  }
}

export async function createMission(payload: Payload, slug: string, overrides: Record<string, unknown> = {}) {
  return payload.create({ collection: 'missions', data: missionData(slug, overrides), depth: 0 })
}
