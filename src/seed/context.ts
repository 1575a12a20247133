import type { Payload } from 'payload'

import type { Refs } from './refs'
import type { SeedReport } from './report'

/** What every step of the seed works with. `now` is fixed once so that all dates in a run agree. */
export type SeedContext = {
  payload: Payload
  report: SeedReport
  refs: Refs
  now: Date
  passwords: Partial<Record<string, string>>
}
