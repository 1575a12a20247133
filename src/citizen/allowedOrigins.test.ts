import { describe, expect, it } from 'vitest'

import { allowedOrigins, clientAddress, requestOrigin, sitesServedSandboxedHere } from './allowedOrigins'
import type { MissionFacts, NetworkFacts } from './networkFacts'

const facts: NetworkFacts = {
  missions: new Map<string, MissionFacts>([
    ['madrid', { id: '1', slug: 'madrid', baseUrl: 'https://madrid.example.gob.ec/', locales: ['es'], defaultLocale: 'es', names: { es: 'Embajada' } }],
    ['cairo', { id: '2', slug: 'cairo', baseUrl: 'https://example.gob.ec/cairo/', locales: ['ar'], defaultLocale: 'ar', names: { ar: 'سفارة' } }],
  ]),
  topics: new Map(),
  services: new Map(),
  ministryBaseUrl: 'https://www.cancilleria.example/',
  replyWithinWorkingDays: 3,
  read: 0,
}

describe('allowedOrigins', () => {
  it('holds the missions’, the ministry’s, the served sites’ and the CMS’s origins, and nothing else', () => {
    const origins = allowedOrigins(facts, { SITES_PUBLIC_URL: 'http://localhost:3000/sites', CMS_PUBLIC_URL: 'https://cms.example' })
    expect([...origins].sort()).toEqual([
      'http://localhost:3000', 'https://cms.example', 'https://example.gob.ec', 'https://madrid.example.gob.ec', 'https://www.cancilleria.example',
    ])
  })
})

describe('requestOrigin', () => {
  it('takes Origin, then the Referer’s origin, and nothing from an opaque origin', () => {
    expect(requestOrigin(new Headers({ origin: 'https://madrid.example.gob.ec' }))).toBe('https://madrid.example.gob.ec')
    expect(requestOrigin(new Headers({ referer: 'https://madrid.example.gob.ec/es/contact/' }))).toBe('https://madrid.example.gob.ec')
    expect(requestOrigin(new Headers({ origin: 'null' }))).toBeNull()
    expect(requestOrigin(new Headers())).toBeNull()
  })
})

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry, the one the nearest proxy added', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.2' }))).toBe('198.51.100.2')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})

describe('sitesServedSandboxedHere', () => {
  it('is true only when the sites are served from the CMS’s own origin (npm start)', () => {
    expect(sitesServedSandboxedHere({ SITES_PUBLIC_URL: 'http://localhost:3000/sites' })).toBe(true)
    expect(sitesServedSandboxedHere({ SITES_PUBLIC_URL: 'http://localhost:3000/sites', CMS_PUBLIC_URL: 'https://cms.example' })).toBe(false)
    expect(sitesServedSandboxedHere({ CMS_PUBLIC_URL: 'https://cms.example' })).toBe(false)
  })
})
