import { describe, expect, it } from 'vitest'

import { mostInNeedFirst } from './auditNetwork'
import type { MissionAudit } from './types'

const mission = (slug: string, score: number, daysSinceLast: number | null) =>
  ({ slug, score, releases: { daysSinceLast } }) as MissionAudit

describe('the order of the missions that most need attention', () => {
  it('lowest score first, then the longest silence (never counts longest), then the slug', () => {
    const sorted = [
      mission('a-fresh', 40, 1),
      mission('b-silent', 40, 80),
      mission('c-never', 40, null),
      mission('d-low', 10, 2),
      mission('a-never', 40, null),
    ].sort(mostInNeedFirst)
    expect(sorted.map((m) => m.slug)).toEqual(['d-low', 'a-never', 'c-never', 'b-silent', 'a-fresh'])
  })
})
