import { describe, expect, it } from 'vitest'

import { checkStored, summarise } from './enquiryLoad'

describe('summarise', () => {
  it('counts accepted posts per second and reads percentiles off the sorted latencies', () => {
    const results = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((ms, i) => ({ status: i < 8 ? 201 : 429, ms, reference: null }))
    expect(summarise(results, 2)).toMatchObject({ posted: 10, accepted: 8, refused: { 429: 2 }, acceptedPerSecond: 4, p50: 50, p95: 100, max: 100 })
  })
})

describe('checkStored', () => {
  it('finds a reference acknowledged but not stored, one stored unasked, and one stored twice', () => {
    const results = ['A', 'B', 'C'].map((reference) => ({ status: 201, ms: 1, reference }))
    expect(checkStored(results, ['A', 'B', 'B', 'D'])).toEqual({ acknowledged: 3, stored: 4, missing: 1, unexpected: 1, duplicates: 1 })
  })
})
