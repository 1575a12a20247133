import { describe, expect, it } from 'vitest'

import { fieldCheck } from './field'
import { checkHttpUrl } from './url'

// Payload passes a second argument; these checks never read it.
const run = (validate: ReturnType<typeof fieldCheck>, value: unknown) => (validate as (v: unknown) => unknown)(value)

describe('fieldCheck', () => {
  it('lets an optional field stay empty but runs the check on any value', () => {
    const optional = fieldCheck(checkHttpUrl)
    expect(run(optional, undefined)).toBe(true)
    expect(run(optional, null)).toBe(true)
    expect(run(optional, '')).toBe(true)
    expect(run(optional, 'javascript:alert(1)')).toMatch(/got "javascript:"/)
  })

  it('enforces required, since a custom validator replaces Payload’s own', () => {
    const required = fieldCheck(checkHttpUrl, { required: true })
    expect(run(required, '')).toBe('This field is required.')
    expect(run(required, 'https://example.org')).toBe(true)
  })
})
