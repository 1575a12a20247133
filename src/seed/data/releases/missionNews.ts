import { COMMUNITY_NEWS } from './communityNews'
import { CONSULAR_NEWS } from './consularNews'

/**
 * Generic news, the kind every mission publishes, filled with the mission's name, city
 * and host country. Nothing here reports a real event.
 */
export const MISSION_NEWS = { ...CONSULAR_NEWS, ...COMMUNITY_NEWS }

export type MissionNewsKey = keyof typeof MISSION_NEWS
