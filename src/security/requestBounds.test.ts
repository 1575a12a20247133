import { describe, expect, it } from 'vitest'

import { BOUNDS, checkReadQuery, checkWhere, checkWriteQuery, largestLimit } from './requestBounds'

const read = (query: Record<string, unknown>, tier: 'anonymous' | 'staff' = 'anonymous', defaultDepth = tier === 'anonymous' ? 0 : 1) =>
  checkReadQuery(query, tier, defaultDepth)

describe('REST read bounds', () => {
  it("refuses the issue's URLs by name: depth 10, depth 1000, depth 4", () => {
    expect(read({ limit: '1', depth: '10' })).toMatchObject({ parameter: 'depth' })
    expect(read({ limit: '100', depth: '1000' })).toMatchObject({ parameter: 'depth' })
    expect(read({ limit: '1', depth: '4' })).toMatchObject({ parameter: 'depth' })
    expect(read({ limit: '1', depth: '3' }, 'staff')).toMatchObject({ parameter: 'depth' })
  })

  it('accepts what fits: anonymous pages of 100 at depth 0, 10 at depth 1; staff 1,000 / 100 / 10', () => {
    expect(read({ limit: '100' })).toBeNull()
    expect(read({ limit: '10', depth: '1' })).toBeNull()
    expect(read({ limit: '1000', depth: '0' }, 'staff')).toBeNull()
    expect(read({ limit: '100' }, 'staff')).toBeNull()
    expect(read({ limit: '10', depth: '2' }, 'staff')).toBeNull()
    expect(read({})).toBeNull()
  })

  it('refuses a page too large for its depth, saying the largest', () => {
    expect(read({ limit: '11', depth: '1' })).toEqual({ parameter: 'limit', message: expect.stringContaining('at most 10 at depth 1') })
    expect(read({ limit: '101' })).toMatchObject({ parameter: 'limit' })
    // A staff member who names no depth gets the configured default (1): 1,000 is too many there.
    expect(read({ limit: '1000' }, 'staff')).toMatchObject({ parameter: 'limit', message: expect.stringContaining('at most 100') })
    expect(largestLimit(BOUNDS.anonymous, 1)).toBe(10)
  })

  it('refuses unpaged reads (limit=0, pagination=false), except staff reading chosen ids at depth 0', () => {
    expect(read({ limit: '0' })).toMatchObject({ parameter: 'limit' })
    expect(read({ pagination: 'false' })).toMatchObject({ parameter: 'pagination' })
    expect(read({ limit: '0', depth: '0' }, 'staff')).toMatchObject({ parameter: 'limit' })
    // What the admin's relationship fields send.
    expect(read({ limit: '0', depth: '0', where: { id: { in: ['a', 'b'] } } }, 'staff')).toBeNull()
    expect(read({ limit: '0', depth: '1', where: { id: { in: ['a'] } } }, 'staff')).toMatchObject({ parameter: 'limit' })
    expect(read({ limit: '0', depth: '0', where: { id: { in: ['a'] } } })).toMatchObject({ parameter: 'limit' })
  })

  it('refuses numbers that are not whole, and pages past the last one anyone reads', () => {
    expect(read({ depth: 'abc' })).toMatchObject({ parameter: 'depth' })
    expect(read({ depth: '-1' })).toMatchObject({ parameter: 'depth' })
    expect(read({ limit: '1e3' })).toMatchObject({ parameter: 'limit' })
    expect(read({ page: '1001' })).toMatchObject({ parameter: 'page' })
  })

  it('bounds where: conditions, and/or nesting, list lengths (arrays and comma lists), JSON where', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`)
    expect(read({ where: { topics: { in: ids(100) } } })).toBeNull()
    expect(read({ where: { topics: { in: ids(101) } } })).toMatchObject({ parameter: 'where', message: expect.stringContaining('topics.in') })
    expect(read({ where: { topics: { in: ids(10_000).join(',') } } }, 'staff')).toMatchObject({ parameter: 'where' })
    const many = Object.fromEntries(ids(21).map((id) => [id, { equals: 'x' }]))
    expect(read({ where: many })).toMatchObject({ parameter: 'where', message: expect.stringContaining('20 conditions') })
    const nested = { or: [{ and: [{ or: [{ and: [{ title: { equals: 'x' } }] }] }] }] }
    expect(read({ where: nested })).toMatchObject({ parameter: 'where', message: expect.stringContaining('nested') })
    expect(read({ where: JSON.stringify({ title: { in: ids(101) } }) })).toMatchObject({ parameter: 'where' })
    expect(read({ where: '{not json' })).toMatchObject({ parameter: 'where' })
    expect(checkWhere({ title: 'bare value' }, BOUNDS.staff)).toMatchObject({ parameter: 'where' })
  })

  it('bounds sort', () => {
    expect(read({ sort: 'a,b,c' })).toBeNull()
    expect(read({ sort: 'a,b,c,d' })).toMatchObject({ parameter: 'sort' })
  })

  it('bounds the depth a write is answered with', () => {
    expect(checkWriteQuery({ depth: '5' }, 'staff', 1)).toMatchObject({ parameter: 'depth' })
    expect(checkWriteQuery({}, 'staff', 1)).toBeNull()
  })
})
