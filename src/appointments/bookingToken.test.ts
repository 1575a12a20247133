import { describe, expect, it } from 'vitest'

import { checkManageToken, manageLink, manageToken, newNonce, signedNonce } from './bookingToken'

const SECRET = 'test-secret'

describe('manage tokens', () => {
  const nonce = newNonce()
  const token = manageToken(SECRET, 'booking-1', nonce)

  it('opens the booking it was made for while its nonce is current', () => {
    expect(checkManageToken(SECRET, 'booking-1', token, nonce)).toBe(true)
    expect(signedNonce(SECRET, 'booking-1', token)).toBe(nonce)
  })

  it('is used once the booking has a new nonce', () => {
    expect(checkManageToken(SECRET, 'booking-1', token, newNonce())).toBe('token-used')
  })

  it('is invalid when tampered with, for another booking, signed with another secret, or malformed', () => {
    const [n, sig] = token.split('.') as [string, string]
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A')
    for (const bad of [`${n}.${flipped}`, `${newNonce()}.${sig}`, `${n}.${sig}.x`, n, '', 'a.b', undefined, 42]) {
      expect(checkManageToken(SECRET, 'booking-1', bad, nonce)).toBe('token-invalid')
    }
    expect(checkManageToken(SECRET, 'booking-2', token, nonce)).toBe('token-invalid')
    expect(checkManageToken('other-secret', 'booking-1', token, nonce)).toBe('token-invalid')
  })

  it('builds the manage link on the CMS address', () => {
    expect(manageLink('https://cms.example/', 'b1', 'n.s')).toBe('https://cms.example/citizen/appointments/manage?booking=b1&token=n.s')
  })
})
