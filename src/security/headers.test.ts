import { describe, expect, it } from 'vitest'

import { adminCsp, hstsHeader, routedPath, securityHeadersFor } from './headers'

const prod = { NODE_ENV: 'production' }

describe('security headers by path', () => {
  it('gives the admin (and anything unknown) frame denial, a CSP for Payload, Referrer-Policy and nosniff', () => {
    for (const path of ['/admin', '/admin/collections/press-releases', '/', '/_next/static/x.js', '/nope']) {
      const headers = securityHeadersFor(path, prod)
      expect(headers, path).toMatchObject({
        'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin',
        'content-security-policy': adminCsp(false),
      })
    }
    expect(adminCsp(false)).toContain("frame-ancestors 'none'")
    expect(adminCsp(false)).not.toContain('unsafe-eval')
    expect(adminCsp(true)).toContain('unsafe-eval')
  })

  it('makes API answers and media files inert', () => {
    for (const path of ['/api/missions', '/api/media/file/photo.svg', '/api/graphql']) {
      expect(securityHeadersFor(path, prod)).toMatchObject({
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox", 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff',
      })
    }
  })

  it("leaves the routes' own CSP and Referrer-Policy alone where they set them", () => {
    expect(securityHeadersFor('/sites/madrid/es/', prod)).not.toHaveProperty('content-security-policy')
    expect(securityHeadersFor('/preview/press-releases/1', prod)).not.toHaveProperty('content-security-policy')
    expect(securityHeadersFor('/preview/press-releases/1', prod)).not.toHaveProperty('referrer-policy')
    expect(securityHeadersFor('/citizen/enquiries', prod)).not.toHaveProperty('referrer-policy')
    expect(securityHeadersFor('/citizen/enquiries', prod)['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(securityHeadersFor('/sites/', prod)['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('judges the path the router will route, not the one written', () => {
    expect(routedPath('/sites/%2e%2e/admin?x=1')).toBe('/admin')
    expect(routedPath('/sites/../admin')).toBe('/admin')
    expect(securityHeadersFor('/sites/%2E%2E/admin', prod)['content-security-policy']).toBe(adminCsp(false))
    expect(routedPath('//admin')).toBe('/admin')
  })

  it('sends HSTS when the CMS is served over https, or as configured', () => {
    expect(hstsHeader({})).toBeNull()
    expect(hstsHeader({ CMS_PUBLIC_URL: 'http://localhost:3000' })).toBeNull()
    expect(hstsHeader({ CMS_PUBLIC_URL: 'https://cms.example' })).toBe('max-age=31536000')
    expect(hstsHeader({ CMS_PUBLIC_URL: 'https://cms.example', HSTS_MAX_AGE: '0' })).toBeNull()
    expect(hstsHeader({ HSTS_MAX_AGE: '600' })).toBe('max-age=600')
    expect(() => hstsHeader({ HSTS_MAX_AGE: 'soon' })).toThrow(/HSTS_MAX_AGE/)
    expect(securityHeadersFor('/sites/', { HSTS_MAX_AGE: '600' })['strict-transport-security']).toBe('max-age=600')
  })
})
