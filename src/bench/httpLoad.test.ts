import { describe, expect, it } from 'vitest'

import { httpTargets, summariseHttp } from './httpLoad'

describe('summariseHttp', () => {
  it('counts only successful and not-modified answers in the requests a second, and reads percentiles from all', () => {
    const latenciesMs = Array.from({ length: 100 }, (_, i) => i + 1)
    const summary = summariseHttp({ latenciesMs, statuses: { '200': 80, '304': 10, '429': 10 }, seconds: 2, bytes: 100 * 2048 })
    expect(summary.requests).toBe(100)
    expect(summary.perSecond).toBe(45)
    expect(summary.p50).toBe(50)
    expect(summary.p95).toBe(95)
    expect(summary.p99).toBe(99)
    expect(summary.max).toBe(100)
    expect(summary.kibPerRequest).toBe(2)
  })

  it('gives zeros, not NaN, for a run that got no answer', () => {
    expect(summariseHttp({ latenciesMs: [], statuses: {}, seconds: 0, bytes: 0 })).toMatchObject({ requests: 0, perSecond: 0, p95: 0, kibPerRequest: 0 })
  })
})

describe('httpTargets', () => {
  it('escapes the mission and locale into the paths and sends the token only to the API', () => {
    const targets = httpTargets({ mission: 'são paulo', locale: 'es' }, 'tok')
    expect(targets[0]!.path).toBe('/sites/s%C3%A3o%20paulo/es/')
    expect(targets[0]!.headers).toBeUndefined()
    expect(targets[2]!.headers).toEqual({ authorization: 'JWT tok' })
    expect(JSON.parse(targets[3]!.body!).query).toContain('PressReleases(limit: 10)')
  })
})
