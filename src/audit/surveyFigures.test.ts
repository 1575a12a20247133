import { describe, expect, it } from 'vitest'

import { surveyFigures, surveyStats, type SurveyAnswer } from './surveyFigures'

const answer = (mission: string, service: string | null, rating: number, resolved: boolean, createdAt: string): SurveyAnswer =>
  ({ mission, service, rating, resolved, createdAt })

const answers: SurveyAnswer[] = [
  answer('madrid', 'passports', 5, true, '2026-05-02T10:00:00Z'),
  answer('madrid', 'passports', 4, true, '2026-05-31T23:59:59Z'),
  answer('madrid', 'visas', 2, false, '2026-06-01T00:00:00Z'),
  answer('madrid', null, 1, false, '2026-06-10T08:00:00Z'),
  answer('cairo', 'passports', 3, true, '2026-04-20T12:00:00Z'),
]

describe('the survey’s figures', () => {
  const figures = surveyFigures(answers)

  it('counts, averages, spreads and shares the whole network', () => {
    expect(figures.total).toMatchObject({ count: 5, mean: 3, resolvedShare: 0.6, distribution: [1, 1, 1, 1, 1] })
  })

  it('gives each mission its own figures, month by month in UTC calendar months, oldest first', () => {
    const madrid = figures.byMission.find((m) => m.mission === 'madrid')!
    expect(madrid).toMatchObject({ count: 4, mean: 3, resolvedShare: 0.5, distribution: [1, 1, 0, 1, 1] })
    expect(madrid.byMonth).toEqual([
      { month: '2026-05', count: 2, mean: 4.5, resolvedShare: 1, distribution: [0, 0, 0, 1, 1] },
      { month: '2026-06', count: 2, mean: 1.5, resolvedShare: 0, distribution: [1, 1, 0, 0, 0] },
    ])
    expect(figures.byMission.map((m) => m.mission)).toEqual(['cairo', 'madrid'])
  })

  it('breaks a mission down by service; an answer after a reply (no service) counts for the mission only', () => {
    const madrid = figures.byMission.find((m) => m.mission === 'madrid')!
    expect(madrid.byService.map((s) => [s.service, s.count, s.mean])).toEqual([['passports', 2, 4.5], ['visas', 1, 2]])
    expect(figures.byService.map((s) => [s.service, s.count, s.mean, s.resolvedShare])).toEqual([['passports', 3, 4, 1], ['visas', 1, 2, 0]])
    expect(figures.byService[0]!.byMonth.map((m) => [m.month, m.count])).toEqual([['2026-04', 1], ['2026-05', 2]])
  })

  it('rounds to two decimals, and says "no figure" rather than 0 when nobody answered', () => {
    expect(surveyStats([{ rating: 5, resolved: true }, { rating: 4, resolved: false }, { rating: 4, resolved: false }])).toMatchObject({ mean: 4.33, resolvedShare: 0.33 })
    expect(surveyFigures([]).total).toEqual({ count: 0, mean: null, resolvedShare: null, distribution: [0, 0, 0, 0, 0], byMonth: [] })
  })

  it('leaves out answers the survey could not have produced instead of bending the mean', () => {
    const odd = [answer('madrid', null, 0, true, '2026-06-01T00:00:00Z'), answer('madrid', null, 4.5, true, '2026-06-01T00:00:00Z'), answer('madrid', null, 5, true, 'not a date')]
    expect(surveyFigures([...odd, answer('madrid', null, 2, true, '2026-06-01T00:00:00Z')]).total).toMatchObject({ count: 1, mean: 2 })
  })

  it('has no place for comments: nothing but the listed fields is read', () => {
    const withComment = { ...answers[0]!, comment: 'My name is Ana and my passport number is X123' } as SurveyAnswer
    expect(JSON.stringify(surveyFigures([withComment]))).not.toContain('Ana')
  })
})
