import { describe, expect, it } from 'vitest'

import { byNewest } from './releaseOrder'

describe('byNewest', () => {
  it('puts the latest publication first and orders equal dates by id, whatever the input order', () => {
    const releases = [
      { id: 'b', publishedAt: '2025-01-01T10:00:00.000Z' },
      { id: 'c', publishedAt: '2025-03-01T09:00:00.000Z' },
      { id: 'a', publishedAt: '2025-01-01T10:00:00.000Z' },
      { id: 'd', publishedAt: '2024-12-31T23:59:59.999Z' },
    ]
    const ids = (list: typeof releases) => [...list].sort(byNewest).map((r) => r.id)
    expect(ids(releases)).toEqual(['c', 'a', 'b', 'd'])
    expect(ids([...releases].reverse())).toEqual(['c', 'a', 'b', 'd'])
  })

  it('agrees with the instants for the dates Payload writes', () => {
    const dates = ['2024-02-28T10:30:00.000Z', '2024-02-28T09:30:00.000Z', '2023-12-31T23:00:00.000Z', '2024-10-01T00:00:00.000Z']
    const sorted = dates.map((publishedAt, i) => ({ id: String(i), publishedAt })).sort(byNewest).map((r) => Date.parse(r.publishedAt))
    expect(sorted).toEqual([...sorted].sort((x, y) => y - x))
  })
})
