import { describe, expect, it } from 'vitest'

import { agendaOf } from './agenda'
import { scoreOf, scoreParts, WEIGHTS } from './score'

const perfect = {
  sectionsPresent: 10, sectionsTotal: 10, localesServed: 2, localesExpected: 2, daysSinceLast: 0, releasesPerMonth: 2, platformsWithAccount: 3,
  withinPromiseShare: 1, surveyMean: 5,
}

describe('the conformance score', () => {
  it('weights add up to 100, and a mission with everything scores 100', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100)
    expect(scoreOf(scoreParts(perfect))).toBe(100)
  })

  it('a mission with all nine sections its site is judged on (the accredited corps is the ministry site’s) can score 100', () => {
    expect(scoreOf(scoreParts({ ...perfect, sectionsPresent: 9, sectionsTotal: 9 }))).toBe(100)
    expect(scoreOf(scoreParts({ ...perfect, sectionsPresent: 8, sectionsTotal: 9 }))).toBe(97)
  })

  it('presence weighs 50, the agenda 25 and interaction 25', () => {
    expect(WEIGHTS.sections + WEIGHTS.locales + WEIGHTS.platforms).toBe(50)
    expect(WEIGHTS.freshness + WEIGHTS.frequency).toBe(25)
    expect(WEIGHTS.responsiveness + WEIGHTS.satisfaction).toBe(25)
  })

  it('responsiveness is the share answered within the promise; with nothing due it earns none', () => {
    expect(scoreParts({ ...perfect, withinPromiseShare: 0.67 }).responsiveness).toBe(0.67)
    expect(scoreParts({ ...perfect, withinPromiseShare: null }).responsiveness).toBe(0)
    // 100 − 15 × (1 − 0.5)
    expect(scoreOf(scoreParts({ ...perfect, withinPromiseShare: 0.5 }))).toBe(93)
  })

  it('satisfaction runs from a mean of 1 (nothing) to 5 (everything); without answers it earns none', () => {
    expect(scoreParts({ ...perfect, surveyMean: 1 }).satisfaction).toBe(0)
    expect(scoreParts({ ...perfect, surveyMean: 3 }).satisfaction).toBe(0.5)
    expect(scoreParts({ ...perfect, surveyMean: 3.75 }).satisfaction).toBe(0.6875)
    expect(scoreParts({ ...perfect, surveyMean: null }).satisfaction).toBe(0)
    // A mission that does everything but nobody has written to or rated: the interaction axis is unshown.
    expect(scoreOf(scoreParts({ ...perfect, withinPromiseShare: null, surveyMean: null }))).toBe(75)
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
