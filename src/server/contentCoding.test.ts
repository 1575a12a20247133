import { describe, expect, it } from 'vitest'

import { heldEtag } from './conditionalGet'
import { codingsFor, etagForCoding, isCompressible, middlewareCoding } from './contentCoding'

describe('middlewareCoding: what Next’s compression picks for a GET', () => {
  it.each([
    [null, null],
    ['', null],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['gzip, deflate, br', 'gzip'],
    ['deflate', 'deflate'],
    // Deflate is set aside whenever gzip is acceptable at all.
    ['deflate, gzip;q=0.5', 'gzip'],
    ['br', null],
    ['x-gzip', null],
    ['*', 'gzip'],
    ['gzip;q=0', null],
    ['gzip;q=0, deflate', 'deflate'],
    // Ties go to the client's order; unnamed identity ranks at the lowest q listed.
    ['identity, gzip', null],
    ['gzip, identity', 'gzip'],
    ['gzip;q=0.5', 'gzip'],
    ['gzip;q=0.5, identity', null],
    ['identity;q=0, gzip', 'gzip'],
    ['*;q=0, gzip', 'gzip'],
    ['gzip;q=nonsense', null],
  ])('Accept-Encoding %j → %j', (header, coding) => {
    expect(middlewareCoding(header)).toBe(coding)
  })
})

describe('codingsFor', () => {
  const feed = { contentType: 'application/rss+xml; charset=utf-8', size: 50_000 }

  it('sends gzip first when the middleware will gzip, and keeps identity valid', () => {
    expect(codingsFor({ method: 'GET', acceptEncoding: 'gzip, deflate, br' }, feed)).toEqual(['gzip', 'identity'])
  })

  it('sends identity when the middleware will not gzip, and still validates a gzip copy the client accepts', () => {
    expect(codingsFor({ method: 'GET', acceptEncoding: 'identity, gzip' }, feed)).toEqual(['identity', 'gzip'])
    // HEAD is never compressed: its headers describe the identity bytes.
    expect(codingsFor({ method: 'HEAD', acceptEncoding: 'gzip' }, feed)).toEqual(['identity', 'gzip'])
  })

  it('offers identity only to clients that refuse gzip, for small files and for what does not compress', () => {
    expect(codingsFor({ method: 'GET', acceptEncoding: null }, feed)).toEqual(['identity'])
    expect(codingsFor({ method: 'GET', acceptEncoding: 'deflate' }, feed)).toEqual(['identity'])
    expect(codingsFor({ method: 'GET', acceptEncoding: 'gzip' }, { ...feed, size: 500 })).toEqual(['identity'])
    expect(codingsFor({ method: 'GET', acceptEncoding: 'gzip' }, { contentType: 'image/webp', size: 50_000 })).toEqual(['identity'])
  })
})

describe('etagForCoding', () => {
  it('keeps the identity tag and gives gzip its own, strong or weak as the original', () => {
    expect(etagForCoding('"abc"', 'identity')).toBe('"abc"')
    expect(etagForCoding('"abc"', 'gzip')).toBe('"abc-gzip"')
    expect(etagForCoding('W/"abc"', 'gzip')).toBe('W/"abc-gzip"')
  })
})

describe('isCompressible', () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['application/rss+xml; charset=utf-8', true],
    ['application/feed+json; charset=utf-8', true],
    ['application/json; charset=utf-8', true],
    ['text/x-opml; charset=utf-8', true],
    ['image/svg+xml', true],
    ['image/webp', false],
    ['font/woff2', false],
    ['application/octet-stream', false],
  ])('%s → %s', (type, expected) => {
    expect(isCompressible(type)).toBe(expected)
  })
})

describe('heldEtag over the representations of one file', () => {
  const etags = ['"abc-gzip"', '"abc"']
  const lastModified = new Date('2026-01-02T03:04:05Z')
  const headers = (h: Record<string, string>) => new Headers(h)

  it('answers with the tag the client holds, preferring the one it would be sent', () => {
    expect(heldEtag('GET', headers({ 'if-none-match': '"abc-gzip"' }), etags, lastModified)).toBe('"abc-gzip"')
    expect(heldEtag('GET', headers({ 'if-none-match': '"abc"' }), etags, lastModified)).toBe('"abc"')
    expect(heldEtag('GET', headers({ 'if-none-match': '"abc", W/"abc-gzip"' }), etags, lastModified)).toBe('"abc-gzip"')
    expect(heldEtag('HEAD', headers({ 'if-none-match': '*' }), etags, lastModified)).toBe('"abc-gzip"')
  })

  it('does not validate a representation the request may not be sent, nor an unknown tag', () => {
    expect(heldEtag('GET', headers({ 'if-none-match': '"abc-gzip"' }), ['"abc"'], lastModified)).toBeNull()
    expect(heldEtag('GET', headers({ 'if-none-match': '"abd"' }), etags, lastModified)).toBeNull()
    expect(heldEtag('POST', headers({ 'if-none-match': '"abc"' }), etags, lastModified)).toBeNull()
  })

  it('by date, answers with the tag of the representation it would send', () => {
    expect(heldEtag('GET', headers({ 'if-modified-since': lastModified.toUTCString() }), etags, lastModified)).toBe('"abc-gzip"')
    expect(heldEtag('GET', headers({ 'if-modified-since': new Date(0).toUTCString() }), etags, lastModified)).toBeNull()
  })
})
