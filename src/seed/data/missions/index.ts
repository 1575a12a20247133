import { ELSEWHERE } from './elsewhere'
import { MEXICO } from './mexico'
import { SPAIN } from './spain'
import type { MissionSeed } from './types'
import { UNITED_STATES } from './unitedStates'

export type { HeadTitle, MissionSeed, OfficeSite } from './types'

/** The demo network. Parents come before their consulates, so one pass can link them. */
export const MISSIONS: MissionSeed[] = [...SPAIN, ...MEXICO, ...UNITED_STATES, ...ELSEWHERE].sort(
  (a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)),
)
