import { describe, expect, it } from 'vitest'

import { agendaOf } from './agenda'
import { scoreOf, scoreParts, WEIGHTS } from './score'

const perfect = { sectionsPresent: 10, sectionsTotal: 10, localesServed: 2, localesExpected: 2, daysSinceLast: 0, releasesPerMonth: 2, platformsWithAccount: 3 }

describe('the conformance score', () => {
  it('weights add up to 100, and a mission with everything scores 100', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100)
    expect(scoreOf(scoreParts(perfect))).toBe(100)
  })

  it('a mission that has every section the model can hold scores at most 88', () => {
    expect(scoreOf(scoreParts({ ...perfect, sectionsPresent: 7 }))).toBe(88)
  })

  it('freshness falls linearly to nothing at 90 days; never publishing earns none', () => {
    expect(scoreParts({ ...perfect, daysSinceLast: 45 }).freshness).toBe(0.5)
    expect(scoreParts({ ...perfect, daysSinceLast: 200 }).freshness).toBe(0)
    expect(scoreParts({ ...perfect, daysSinceLast: null }).freshness).toBe(0)
  })

  it('frequency and platforms are capped at their targets', () => {
    expect(scoreParts({ ...perfect, releasesPerMonth: 9, platformsWithAccount: 12 })).toMatchObject({ frequency: 1, platforms: 1 })
    expect(scoreParts({ ...perfect, releasesPerMonth: 1, platformsWithAccount: 1 })).toMatchObject({ frequency: 0.5, platforms: 1 / 3 })
  })
})

describe('the agenda figures', () => {
  const now = new Date('2026-03-31T00:00:00Z')
  it('counts whole days and a 30-day month', () => {
    const figures = agendaOf(['2026-03-29T06:00:00Z', '2026-01-15T00:00:00Z', '2025-12-01T00:00:00Z'], now, 90)
    expect(figures).toEqual({ lastPublishedAt: '2026-03-29T06:00:00.000Z', daysSinceLast: 1, inWindow: 2, perMonth: 0.67 })
  })

  it('ignores releases dated after now and unreadable dates', () => {
    expect(agendaOf(['2026-04-02T00:00:00Z', 'not a date'], now, 30)).toEqual({ lastPublishedAt: null, daysSinceLast: null, inWindow: 0, perMonth: 0 })
  })
})
