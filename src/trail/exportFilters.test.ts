import { describe, expect, it } from 'vitest'

import { parseTrailFilters, TrailExportError, trailWhere } from './exportFilters'

const SUBJECTS = ['press-releases', 'users', 'ministry']
const parse = (query: string) => parseTrailFilters(new URLSearchParams(query), SUBJECTS)

function refusal(query: string): TrailExportError {
  try {
    parse(query)
  } catch (error) {
    if (error instanceof TrailExportError) return error
    throw error
  }
  throw new Error(`${query} was accepted`)
}

describe('audit trail export filters', () => {
  it('reads every filter, treating empty form fields as absent', () => {
    expect(parse('user=&mission=&collection=&from=&to=')).toEqual({})
    const filters = parse('user=Editor@Mission-A.example.org&mission=embassy-a&collection=press-releases&from=2026-03-01&to=2026-03-02')
    expect(filters).toEqual({
      user: 'Editor@Mission-A.example.org', mission: 'embassy-a', collection: 'press-releases',
      from: new Date('2026-03-01T00:00:00.000Z'),
      // A whole day: up to the next midnight, not including it.
      to: { at: new Date('2026-03-03T00:00:00.000Z'), inclusive: false },
    })
  })

  it('takes exact times with their offset, inclusive', () => {
    expect(parse('to=2026-03-01T09:30:00%2B02:00').to).toEqual({ at: new Date('2026-03-01T07:30:00.000Z'), inclusive: true })
  })

  it('refuses bad values by parameter name', () => {
    expect(refusal('from=yesterday').parameter).toBe('from')
    expect(refusal('to=2026-02-30').parameter).toBe('to')
    expect(refusal('from=2026-03-02&to=2026-03-01').parameter).toBe('to')
    expect(refusal('collection=enquiries-of-citizens').message).toMatch(/^collection: .*press-releases, users, ministry/)
    expect(refusal('user=a&user=b').parameter).toBe('user')
  })

  it('builds one query: e-mails in lower case, ids as they are, bounded by when the export began', () => {
    const until = new Date('2026-04-01T00:00:00.000Z')
    expect(trailWhere({ ...parse('user=Editor@Example.org&collection=users&from=2026-03-01&to=2026-03-01'), missionId: 'm1' }, until)).toEqual({
      and: [
        { at: { less_than_equal: '2026-04-01T00:00:00.000Z' } },
        { userEmail: { equals: 'editor@example.org' } },
        { missions: { in: ['m1'] } },
        { collection: { equals: 'users' } },
        { at: { greater_than_equal: '2026-03-01T00:00:00.000Z' } },
        { at: { less_than: '2026-03-02T00:00:00.000Z' } },
      ],
    })
    expect(trailWhere(parse('user=0b7c'), until)).toEqual({ and: [{ at: { less_than_equal: '2026-04-01T00:00:00.000Z' } }, { userId: { equals: '0b7c' } }] })
  })
})
