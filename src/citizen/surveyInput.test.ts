import { describe, expect, it } from 'vitest'

import { isSurveyToken, surveyToken } from './surveyToken'
import { readSurveyForm } from './surveyInput'

const NOW = 1_800_000_000_000

describe('readSurveyForm', () => {
  it('reads a service page’s survey', () => {
    const reading = readSurveyForm(new URLSearchParams({ mission: 'madrid', locale: 'en', service: 'passport', rating: '4', resolved: 'yes', comment: ' Quick. ' }), NOW)
    expect(reading).toEqual({ ok: true, input: { mission: 'madrid', locale: 'en', service: 'passport', reference: '', token: '', rating: 4, resolved: true, comment: 'Quick.' } })
  })

  it('names a missing rating, an unknown answer, a long comment and a malformed reference', () => {
    const reading = readSurveyForm(new URLSearchParams({ ref: 'nope', resolved: 'maybe', comment: 'x'.repeat(1001) }), NOW)
    expect(!reading.ok && reading.errors).toEqual({ ref: 'invalid-link', rating: 'required', resolved: 'unknown-choice', comment: 'too-long' })
  })

  it.each(['0', '6', '3.5', 'five'])('refuses the rating %s', (rating) => {
    const reading = readSurveyForm(new URLSearchParams({ mission: 'madrid', rating, resolved: 'no' }), NOW)
    expect(!reading.ok && reading.errors.rating).toBe('unknown-choice')
  })
})

describe('surveyToken', () => {
  it('opens only the survey of the reference it was made for, with the secret it was made with', () => {
    const token = surveyToken('secret-a', 'MAD-2026-000001')
    expect(isSurveyToken('secret-a', 'MAD-2026-000001', token)).toBe(true)
    expect(isSurveyToken('secret-a', 'MAD-2026-000002', token)).toBe(false)
    expect(isSurveyToken('secret-b', 'MAD-2026-000001', token)).toBe(false)
    expect(isSurveyToken('secret-a', 'MAD-2026-000001', undefined)).toBe(false)
  })
})
