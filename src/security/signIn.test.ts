import { describe, expect, it } from 'vitest'

import { DEVICE_COOKIE, FailureCounter, deviceCookieValue, isTrustedDevice } from './signIn'

const SECRET = 'a-secret-of-at-least-thirty-two-characters'

describe('sign-in protection', () => {
  it('counts failures per key in a window, refunds successes, and says how long to wait', () => {
    const counter = new FailureCounter(3, 60_000)
    for (let i = 0; i < 3; i += 1) counter.count('k', 1_000)
    expect(counter.blocked('k', 1_000)).toBe(60)
    counter.refund('k', 2_000)
    expect(counter.blocked('k', 2_000)).toBeNull()
    counter.count('k', 2_000)
    expect(counter.blocked('k', 30_000)).toBe(31)
    expect(counter.blocked('k', 61_000)).toBeNull()
    expect(counter.blocked('other', 1_000)).toBeNull()
  })

  it("trusts a browser's device cookie only for the account it was issued to, unaltered and within a year", () => {
    const now = Date.UTC(2026, 0, 1)
    const value = deviceCookieValue(SECRET, 'editor@example.org', now)
    const cookie = `payload-token=x; ${DEVICE_COOKIE}=${value}`
    expect(isTrustedDevice(SECRET, 'editor@example.org', cookie, now)).toBe(value)
    expect(value).not.toContain('editor')
    expect(isTrustedDevice(SECRET, 'other@example.org', cookie, now)).toBeNull()
    expect(isTrustedDevice('another-secret-of-thirty-two-characters', 'editor@example.org', cookie, now)).toBeNull()
    const [tag, , signature] = value.split('.')
    expect(isTrustedDevice(SECRET, 'editor@example.org', `${DEVICE_COOKIE}=${tag}.${(now + 1).toString(36)}.${signature}`, now)).toBeNull()
    expect(isTrustedDevice(SECRET, 'editor@example.org', cookie, now + 366 * 24 * 3600 * 1000)).toBeNull()
    expect(isTrustedDevice(SECRET, 'editor@example.org', null, now)).toBeNull()
  })
})
