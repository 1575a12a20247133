import { describe, expect, it } from 'vitest'

import { checkMissionSlug, checkSlug, slugify } from './slug'

describe('checkSlug', () => {
  it.each(['madrid', 'consulate-general-madrid', '2024-annual-report', 'a', 'x1-y2'])('accepts %s', (slug) => {
    expect(checkSlug(slug)).toBe(true)
  })

  it.each([
    'Madrid',
    'consulado madrid',
    'consulado--madrid',
    '-madrid',
    'madrid-',
    'madrid_es',
    'málaga',
    'madrid/news',
  ])('refuses %j, quoting it and saying which characters are allowed', (slug) => {
    expect(checkSlug(slug)).toBe(
      `"${slug}" must use lower-case letters, digits and single hyphens only (for example "consulate-general-madrid")`,
    )
  })

  it.each(['', null, undefined, 7])('says a slug is required when given %j', (value) => {
    expect(checkSlug(value)).toBe('is required')
  })

  it('refuses a slug longer than 96 characters', () => {
    expect(checkSlug('a'.repeat(96))).toBe(true)
    expect(checkSlug('a'.repeat(97))).toBe('must be at most 96 characters')
  })
})

describe('slugify', () => {
  it('turns a title into a slug the checker accepts', () => {
    const slug = slugify('  Consulado General en Málaga: ¡Atención!  ')
    expect(slug).toBe('consulado-general-en-malaga-atencion')
    expect(checkSlug(slug)).toBe(true)
  })

  it('never produces more than 96 characters', () => {
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(96)
  })
})

describe('checkMissionSlug (issue 20)', () => {
  it('refuses the slug of the ministry’s own site, saying why', () => {
    expect(checkMissionSlug('ministry')).toBe('"ministry" is reserved for the ministry\'s own site; choose another slug for this mission')
  })

  it('takes any other valid slug, and refuses invalid ones as checkSlug does', () => {
    expect(checkMissionSlug('ministry-of-culture')).toBe(true)
    expect(checkMissionSlug('madrid')).toBe(true)
    expect(checkMissionSlug('Ministry')).toBe(checkSlug('Ministry'))
  })
})
