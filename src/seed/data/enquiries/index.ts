import { OTHER_ENQUIRIES } from './elsewhere'
import { SPAIN_ENQUIRIES } from './spain'
import type { EnquirySeed } from './types'

export type { EnquirySeed, EnquirySurveySeed, ReplySeed, StaffEmail } from './types'

export const ENQUIRIES: EnquirySeed[] = [...SPAIN_ENQUIRIES, ...OTHER_ENQUIRIES]
