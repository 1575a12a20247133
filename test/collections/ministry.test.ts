import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { expectFieldError } from './helpers/rejection'

let t: TestPayload

const good = {
  name: 'Ministerio de Relaciones Exteriores',
  baseUrl: 'https://www.example.gob.ec',
  brand: { primary: '#0B3D91', secondary: '#ffd100', accent: '#c8102e', text: '#1b1b1b', headingFont: "'Source Serif', Georgia, serif", bodyFont: 'system-ui, sans-serif' },
  relatedLinks: [{ kind: 'cooperation-agency', label: 'Agencia de Cooperación', url: 'https://cooperacion.example.gob.ec' }],
}

beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.updateGlobal({ slug: 'ministry', data: good as never })
  const stored = await t.payload.findGlobal({ slug: 'ministry', depth: 0 })
  await t.payload.updateGlobal({
    slug: 'ministry', locale: 'en',
    data: { name: 'Ministry of Foreign Affairs', relatedLinks: stored.relatedLinks!.map((l) => ({ ...l, label: 'Cooperation Agency' })) },
  })
})
afterAll(async () => {
  await t?.close()
})

const readAll = (payload: Payload) => payload.findGlobal({ slug: 'ministry', locale: 'all', depth: 0 })

describe('ministry: good settings', () => {
  it('are stored and read back as written, in Spanish and English', async () => {
    expect(await readAll(t.payload)).toMatchObject({
      name: { es: 'Ministerio de Relaciones Exteriores', en: 'Ministry of Foreign Affairs' },
      baseUrl: 'https://www.example.gob.ec',
      brand: good.brand,
      relatedLinks: [{ kind: 'cooperation-agency', url: 'https://cooperacion.example.gob.ec', label: { es: 'Agencia de Cooperación', en: 'Cooperation Agency' } }],
    })
  })
})

describe('ministry: bad settings are refused and change nothing', () => {
  it.each([
    ['a colour name', 'brand.primary', { brand: { ...good.brand, primary: 'blue' } }, /must be a colour such as "#0b3d91"/],
    ['a three-digit colour', 'brand.accent', { brand: { ...good.brand, accent: '#fff' } }, /must be a colour/],
    ['a colour with CSS after it', 'brand.text', { brand: { ...good.brand, text: '#000000; background: url(x)' } }, /must be a colour/],
    ['a font list that closes the CSS rule', 'brand.headingFont', { brand: { ...good.brand, headingFont: 'Georgia; } body { display: none' } }, /must be a CSS font list/],
    ['a javascript: related link', 'relatedLinks.0.url', { relatedLinks: [{ kind: 'other', label: 'Enlace', url: 'javascript:alert(1)' }] }, /got "javascript:"/],
    ['a related link without host', 'relatedLinks.0.url', { relatedLinks: [{ kind: 'other', label: 'Enlace', url: 'https://' }] }, /is not a valid URL/],
    ['a base URL without host', 'baseUrl', { baseUrl: 'https://cancilleria' }, /has no valid host name/],
    ['a relative base URL', 'baseUrl', { baseUrl: '/inicio' }, /is not a valid URL/],
  ])('refuses %s, reported on %s', async (_, path, change, message) => {
    const before = await readAll(t.payload)
    await expectFieldError(t.payload.updateGlobal({ slug: 'ministry', data: { ...good, ...change } as never }), path, message)
    expect(await readAll(t.payload)).toEqual(before)
  })

  it('refuses a bad change made in English and keeps both languages', async () => {
    const before = await readAll(t.payload)
    await expectFieldError(
      t.payload.updateGlobal({ slug: 'ministry', locale: 'en', data: { name: 'Changed', brand: { ...good.brand, secondary: 'yellow' } } as never }),
      'brand.secondary', /must be a colour/,
    )
    expect(await readAll(t.payload)).toEqual(before)
  })
})
