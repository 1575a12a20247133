import { describe, expect, it } from 'vitest'

import { checkHttpUrl, truncate } from './url'

describe('checkHttpUrl', () => {
  it.each([
    'https://www.example.gob.ec',
    'https://madrid.example.gob.ec/contacto?lang=es#form',
    'http://example.org',
    'http://localhost:8080/preview',
    'https://citas.exteriores.gob.es/',
    'https://bücher.example/',
  ])('accepts the absolute http(s) URL %s', (url) => {
    expect(checkHttpUrl(url)).toBe(true)
  })

  it.each([
    ['javascript:alert(1)', /http:\/\/ or https:\/\/ \(got "javascript:"\)/],
    ['JavaScript:alert(1)', /got "javascript:"/],
    ['ftp://files.example.org/form.pdf', /got "ftp:"/],
    ['data:text/html,<script>alert(1)</script>', /got "data:"/],
    ['mailto:consul@example.org', /got "mailto:"/],
  ])('refuses %s, naming the scheme it got', (url, message) => {
    expect(checkHttpUrl(url)).toMatch(message)
  })

  it.each(['https://', 'http://'])('refuses %s, which has no host, as not a valid URL', (url) => {
    expect(checkHttpUrl(url)).toMatch(/is not a valid URL; write it in full, starting with https:\/\//)
  })

  it.each(['/contacto', 'contacto.html', '//example.org/contacto', 'www.example.org'])(
    'refuses the relative or scheme-less address %s',
    (url) => {
      expect(checkHttpUrl(url)).toMatch(/is not a valid URL/)
    },
  )

  it.each(['https://madrid', 'https:///contacto', 'https://.com', 'https://example..org', 'https://-bad.example.org', 'https://ex_ample.org'])(
    'refuses %s, whose host is not a reachable host name',
    (url) => {
      expect(checkHttpUrl(url)).toBe(`"${url}" has no valid host name`)
    },
  )

  it.each([undefined, null, '', '   ', 42])('asks for a URL when given %j', (value) => {
    expect(checkHttpUrl(value)).toBe('must be a URL starting with http:// or https://')
  })

  it('quotes a long bad value shortened, so the message stays readable', () => {
    const message = checkHttpUrl(`https://${'a'.repeat(100)}`) as string
    expect(message).toContain('…')
    expect(message.length).toBeLessThan(100)
  })
})

describe('truncate', () => {
  it('keeps short text and cuts long text at the limit with an ellipsis', () => {
    expect(truncate('short')).toBe('short')
    expect(truncate('abcdef', 3)).toBe('abc…')
  })
})
