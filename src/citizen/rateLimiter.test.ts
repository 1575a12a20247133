import { describe, expect, it } from 'vitest'

import { citizenRateLimits, RateLimiter } from './rateLimiter'

describe('RateLimiter', () => {
  it('allows the limit per window, then says how many seconds remain, then allows again', () => {
    const limiter = new RateLimiter(2, 60_000)
    expect(limiter.take('a', 0)).toBeNull()
    expect(limiter.take('a', 1_000)).toBeNull()
    expect(limiter.take('a', 30_000)).toBe(30)
    expect(limiter.take('b', 30_000)).toBeNull()
    expect(limiter.take('a', 60_000)).toBeNull()
  })
})

describe('citizenRateLimits', () => {
  it('defaults to 20 posts per client and 600 per mission an hour', () => {
    expect(citizenRateLimits({})).toEqual({ perClient: 20, perMission: 600 })
  })

  it('refuses a limit that is not a whole number, naming the variable', () => {
    expect(() => citizenRateLimits({ CITIZEN_LIMIT_PER_CLIENT: 'lots' })).toThrow(/CITIZEN_LIMIT_PER_CLIENT/)
    expect(() => citizenRateLimits({ CITIZEN_LIMIT_PER_MISSION: '0' })).toThrow(/CITIZEN_LIMIT_PER_MISSION/)
  })
})
