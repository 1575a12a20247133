/** Kinds of representation, after the office types established platforms use. */
export const MISSION_TYPES = [
  { value: 'embassy', label: 'Embassy' },
  { value: 'high-commission', label: 'High Commission' },
  { value: 'consulate-general', label: 'Consulate-General' },
  { value: 'consulate', label: 'Consulate' },
  { value: 'permanent-mission', label: 'Permanent Mission / Representation' },
  { value: 'delegation', label: 'Delegation' },
  { value: 'honorary-consulate', label: 'Honorary Consulate' },
  { value: 'trade-office', label: 'Trade and Cultural Office' },
  { value: 'interests-section', label: 'Interests Section' },
  { value: 'office', label: 'Office' },
  { value: 'other', label: 'Other' },
] as const

export type MissionType = (typeof MISSION_TYPES)[number]['value']
