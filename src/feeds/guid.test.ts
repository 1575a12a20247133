import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, LOCALE_CODES } from '../config/locales'
import { releaseGuid, uuidV5 } from './guid'

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('releaseGuid', () => {
  it('is the urn:uuid of a UUID id, in lower case', () => {
    expect(releaseGuid('0B0E7A52-3A4E-4F57-9D33-5C1C3A8F0A11', 'es')).toBe('urn:uuid:0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11')
  })

  it('gives a non-UUID id (a MongoDB ObjectId) a valid version 5 UUID that never changes', () => {
    const guid = releaseGuid('65f1c0de8a1b2c3d4e5f6a7b', 'es')
    expect(guid).toMatch(UUID_URN)
    expect(guid.charAt('urn:uuid:'.length + 14)).toBe('5')
    expect(releaseGuid('65f1c0de8a1b2c3d4e5f6a7b', 'es')).toBe(guid)
    expect(releaseGuid('65f1c0de8a1b2c3d4e5f6a7c', 'es')).not.toBe(guid)
  })

  it('refuses an empty id rather than give every such release the same GUID', () => {
    expect(() => releaseGuid('', 'es')).toThrow()
  })
})

describe('releaseGuid per language (issue 20)', () => {
  const id = '0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11'

  it('gives every language of a release its own id, stable and valid, the default language keeping the one it had', () => {
    const guids = LOCALE_CODES.map((locale) => releaseGuid(id, locale))
    expect(new Set(guids).size).toBe(LOCALE_CODES.length)
    for (const guid of guids) expect(guid).toMatch(UUID_URN)
    expect(releaseGuid(id, DEFAULT_LOCALE)).toBe(`urn:uuid:${id}`)
    expect(LOCALE_CODES.map((locale) => releaseGuid(id.toUpperCase(), locale))).toEqual(guids)
  })

  it('never gives one release’s language the id of another release, on either database', () => {
    const ids = [id, '0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a12', '65f1c0de8a1b2c3d4e5f6a7b', '65f1c0de8a1b2c3d4e5f6a7c']
    const all = ids.flatMap((one) => LOCALE_CODES.map((locale) => releaseGuid(one, locale)))
    expect(new Set(all).size).toBe(ids.length * LOCALE_CODES.length)
  })

  it('refuses to make an id without a language', () => {
    expect(() => releaseGuid(id, '' as never)).toThrow(/per language/)
  })
})

describe('uuidV5', () => {
  it('matches the published RFC 9562 example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })
})
