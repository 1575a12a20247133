import { describe, expect, it } from 'vitest'

import { formatReference, isReference, missionCode } from './reference'

describe('enquiry references', () => {
  it('reads as the mission code, the year and a six-digit number', () => {
    expect(formatReference('madrid', 2026_000_123)).toBe('MAD-2026-000123')
    expect(isReference('MAD-2026-000123')).toBe(true)
  })

  it('makes a three-letter code from any slug', () => {
    expect(missionCode('new-york')).toBe('NEW')
    expect(missionCode('la')).toBe('LAX')
    expect(missionCode('x1-2')).toBe('XXX')
  })

  it.each(['mad-2026-000123', 'MAD-2026-123', 'MAD-2026-000123<', ''])('does not take %j for a reference', (value) => {
    expect(isReference(value)).toBe(false)
  })
})
