import { describe, expect, it } from 'vitest'

import { reviewEventOf, reviewTransition, type ReviewFacts } from './reviewTransition'

const facts = (over: Partial<ReviewFacts>): ReviewFacts => ({
  actor: 'mission', trusted: false, previous: { state: 'editing' }, requested: undefined, publishing: false, comment: '', ...over,
})

describe('reviewTransition', () => {
  it('lets a mission editor submit a draft and stamps the submission once', () => {
    expect(reviewTransition(facts({ requested: 'submitted' }))).toEqual({ ok: true, state: 'submitted', stampSubmitted: true, stampDecided: false })
    expect(reviewTransition(facts({ previous: { state: 'submitted' }, requested: 'submitted' }))).toMatchObject({ ok: true, stampSubmitted: false })
  })

  it('refuses a mission editor who publishes an untrusted mission’s document, and lets a trusted one', () => {
    expect(reviewTransition(facts({ publishing: true }))).toMatchObject({ ok: false, field: '_status' })
    expect(reviewTransition(facts({ publishing: true, trusted: true }))).toMatchObject({ ok: true, state: 'approved', stampDecided: true })
  })

  it('only lets a ministry editor return a submitted draft, and only with a comment', () => {
    expect(reviewTransition(facts({ previous: { state: 'submitted' }, requested: 'returned', comment: 'Fix the date' }))).toMatchObject({ ok: false, field: 'reviewState' })
    expect(reviewTransition(facts({ actor: 'ministry', previous: { state: 'submitted' }, requested: 'returned', comment: '  ' }))).toMatchObject({ ok: false, field: 'reviewComment' })
    expect(reviewTransition(facts({ actor: 'ministry', previous: { state: 'editing' }, requested: 'returned', comment: 'x' }))).toMatchObject({ ok: false, field: 'reviewState' })
    expect(reviewTransition(facts({ actor: 'ministry', previous: { state: 'submitted' }, requested: 'returned', comment: 'Fix the date' })))
      .toEqual({ ok: true, state: 'returned', stampSubmitted: false, stampDecided: true })
  })

  it('keeps a returned draft returned while its editor fixes it, until they submit it again', () => {
    expect(reviewTransition(facts({ previous: { state: 'returned' }, requested: 'returned' }))).toMatchObject({ ok: true, state: 'returned' })
    expect(reviewTransition(facts({ previous: { state: 'returned' } }))).toMatchObject({ ok: true, state: 'returned' })
    expect(reviewTransition(facts({ previous: { state: 'returned' }, requested: 'submitted' }))).toMatchObject({ ok: true, state: 'submitted', stampSubmitted: true })
  })

  it('approves by publishing only: choosing "approved" is refused, and a draft saved after approval is being edited again', () => {
    expect(reviewTransition(facts({ actor: 'ministry', previous: { state: 'submitted' }, requested: 'approved' }))).toMatchObject({ ok: false, field: 'reviewState' })
    expect(reviewTransition(facts({ actor: 'ministry', previous: { state: 'submitted' }, publishing: true }))).toMatchObject({ ok: true, state: 'approved' })
    expect(reviewTransition(facts({ previous: { state: 'approved' }, requested: 'approved' }))).toMatchObject({ ok: true, state: 'editing' })
  })

  it('starts a new document as being edited unless it is submitted at once', () => {
    expect(reviewTransition(facts({ previous: null }))).toMatchObject({ ok: true, state: 'editing' })
    expect(reviewTransition(facts({ previous: null, requested: 'submitted' }))).toMatchObject({ ok: true, state: 'submitted', stampSubmitted: true })
  })
})

describe('reviewEventOf', () => {
  it('names the step a save took, and nothing for a save that stays put', () => {
    expect(reviewEventOf('editing', 'submitted')).toBe('submitted')
    expect(reviewEventOf(undefined, 'submitted')).toBe('submitted')
    expect(reviewEventOf('submitted', 'returned')).toBe('returned')
    expect(reviewEventOf('submitted', 'approved')).toBe('approved')
    expect(reviewEventOf('returned', 'approved')).toBe('approved')
    expect(reviewEventOf('editing', 'approved')).toBeNull()
    expect(reviewEventOf('submitted', 'submitted')).toBeNull()
    expect(reviewEventOf('approved', 'editing')).toBeNull()
  })
})
