import type { Payload } from 'payload'

import { keptFacts, KEPT_FACTS_TTL_MS } from '../keptFacts'
import { loadSchedules } from '../schedules'
import type { ScheduleRules } from '../types'

export type MissionSchedules = (mission: string) => Promise<ScheduleRules[]>

export const SCHEDULES_TTL_MS = KEPT_FACTS_TTL_MS

/** Each mission's bookable schedules, as the flow asks for them on every step: kept a few seconds (keptFacts.ts). */
export function cachedSchedules(payload: Payload, clock: () => number = Date.now, ttlMs = SCHEDULES_TTL_MS): MissionSchedules {
  return keptFacts((mission) => loadSchedules(payload, { mission }), clock, ttlMs)
}
