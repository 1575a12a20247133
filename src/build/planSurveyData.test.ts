import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import type { RawNetwork } from '../content/loadNetwork'
import { planSurveyData } from './planSurveyData'

const raw = {
  ministry: { name: { es: 'Cancillería' } },
  missions: [{ id: 'm1', slug: 'madrid', name: { es: 'Embajada en Madrid' } }, { id: 'm2', slug: 'cairo', name: { es: 'Embajada en El Cairo' } }],
  services: [{ id: 's1', slug: 'pasaporte' }],
  releases: [], pages: [], accounts: [], topics: [],
  surveyAnswers: [
    { mission: 'm1', service: 's1', rating: 5, resolved: true, createdAt: '2026-10-03T10:00:00.000Z' },
    { mission: 'm1', service: null, rating: 2, resolved: false, createdAt: '2026-11-20T10:00:00.000Z' },
    { mission: 'm2', service: null, rating: 4, resolved: true, createdAt: '2026-11-21T10:00:00.000Z' },
    // A mission no longer public: no name to publish it under.
    { mission: 'gone', service: null, rating: 1, resolved: false, createdAt: '2026-11-22T10:00:00.000Z' },
  ],
} as unknown as RawNetwork

describe('planSurveyData', () => {
  const [json, csv] = planSurveyData(raw, { baseUrl: 'https://www.cancilleria.example/' })

  it('publishes counts and means per mission, per service and per month, by slug', () => {
    const data = JSON.parse(json!.contents as string)
    expect(data.total).toMatchObject({ count: 3, mean: 3.67 })
    const madrid = data.missions.find((m: { mission: string }) => m.mission === 'madrid')
    expect(madrid).toMatchObject({ name: 'Embajada en Madrid', count: 2, mean: 3.5, resolvedShare: 0.5, distribution: [0, 1, 0, 0, 1] })
    expect(madrid.byMonth.map((m: { month: string; count: number }) => [m.month, m.count])).toEqual([['2026-10', 1], ['2026-11', 1]])
    expect(madrid.services).toEqual([expect.objectContaining({ service: 'pasaporte', count: 1, mean: 5 })])
    expect(data.missions.map((m: { mission: string }) => m.mission)).toEqual(['cairo', 'madrid'])
  })

  it('writes the same figures as CSV rows a CSV parser reads back', () => {
    const rows = parse(csv!.contents as string, { columns: true }) as Record<string, string>[]
    expect(rows).toContainEqual({ mission: 'madrid', service: '', month: '', count: '2', mean: '3.5', resolvedShare: '0.5' })
    expect(rows).toContainEqual({ mission: 'madrid', service: 'pasaporte', month: '', count: '1', mean: '5', resolvedShare: '1' })
    expect(rows.some((r) => r.mission === 'gone')).toBe(false)
  })
})
