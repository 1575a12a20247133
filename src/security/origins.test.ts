import { describe, expect, it } from 'vitest'

import { csrfOrigins, isForeign } from './origins'

const h = (headers: Record<string, string>) => new Headers(headers)

describe('origins of state-changing API requests', () => {
  const url = 'http://localhost:3000/api/press-releases'

  it('accepts the origin the request was addressed to, by URL, Host, X-Forwarded-Host or the configured address', () => {
    expect(isForeign(url, h({ origin: 'http://localhost:3000' }), {})).toBe(false)
    expect(isForeign(url, h({ origin: 'http://192.168.1.5:3000', host: '192.168.1.5:3000' }), {})).toBe(false)
    expect(isForeign(url, h({ origin: 'https://cms.example', 'x-forwarded-host': 'cms.example', 'x-forwarded-proto': 'https' }), {})).toBe(false)
    expect(isForeign(url, h({ origin: 'https://cms.example' }), { CMS_PUBLIC_URL: 'https://cms.example/' })).toBe(false)
  })

  it('refuses other origins, opaque ones, and cross-site requests that name none', () => {
    expect(isForeign(url, h({ origin: 'https://evil.example', host: 'localhost:3000' }), {})).toBe(true)
    expect(isForeign(url, h({ origin: 'null' }), {})).toBe(true)
    expect(isForeign(url, h({ 'sec-fetch-site': 'cross-site' }), {})).toBe(true)
    // A client that is no browser sends neither; it carries no victim's cookie either.
    expect(isForeign(url, h({}), {})).toBe(false)
    expect(isForeign(url, h({ 'sec-fetch-site': 'same-origin' }), {})).toBe(false)
  })

  it("gives Payload's csrf list the configured public address only", () => {
    expect(csrfOrigins({})).toEqual([])
    expect(csrfOrigins({ CMS_PUBLIC_URL: 'https://cms.example/base' })).toEqual(['https://cms.example'])
  })
})
