import type { MissionNewsKey } from './missionNews'

/** Which mission published which news, and how many days before the seed ran. Drafts have no date. */
export type MissionReleaseSeed = { mission: string; news: MissionNewsKey; daysAgo: number; draft?: boolean }

const at = (mission: string, list: [MissionNewsKey, number | 'draft'][]): MissionReleaseSeed[] =>
  list.map(([news, when]) => (when === 'draft' ? { mission, news, daysAgo: 0, draft: true } : { mission, news, daysAgo: when }))

export const MISSION_RELEASES: MissionReleaseSeed[] = [
  ...at('madrid', [['mobileConsulate', 2], ['passportDays', 19], ['voterRegistration', 63], ['nationalDay', 107], ['culturalWeek', 150], ['workingMeeting', 'draft']]),
  ...at('beijing', [['tradeFair', 8], ['scholarships', 41], ['nationalDay', 107], ['culturalWeek', 166], ['holidayClosure', 'draft']]),
  ...at('cairo', [['emergencyNumber', 5], ['communityMeeting', 33], ['scholarships', 71], ['nationalDay', 108], ['culturalWeek', 182]]),
  ...at('mexico-city', [['onlineAppointments', 11], ['mobileConsulate', 29], ['tradeFair', 84], ['nationalDay', 107], ['voterRegistration', 'draft']]),
  ...at('washington', [['nationalDay', 107], ['tradeFair', 122], ['workingMeeting', 143]]),
  ...at('paris', [['culturalWeek', 16], ['scholarships', 55], ['nationalDay', 108]]),
  ...at('london', [['onlineAppointments', 26], ['communityMeeting', 97]]),
  ...at('barcelona', [['passportDays', 13], ['mobileConsulate', 68]]),
  ...at('new-york', [['passportDays', 7], ['voterRegistration', 79]]),
  ...at('geneva', [['communityMeeting', 49], ['nationalDay', 109]]),
  // The closed consulate keeps its old news on record.
  ...at('lyon', [['passportDays', 188], ['holidayClosure', 197]]),
  ...at('canberra', [['scholarships', 36]]),
  ...at('moscow', [['tradeFair', 115]]),
  ...at('stockholm', [['communityMeeting', 60]]),
  ...at('kuala-lumpur', [['nationalDay', 106]]),
  ...at('valencia', [['mobileConsulate', 24]]),
  ...at('monterrey', [['onlineAppointments', 52]]),
  ...at('los-angeles', [['mobileConsulate', 39]]),
  ...at('tapachula', [['emergencyNumber', 17]]),
]
