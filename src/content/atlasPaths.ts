/**
 * Where the social-media atlas and the open data live on the ministry's site, relative to its
 * folder (as sitePaths does for every site). Kept apart from atlasView so templates can link
 * to the atlas without loading the content layer.
 */
import { MINISTRY_SITE, sitePaths } from './sitePaths'
import type { LocaleCode, MissionSiteView } from './viewModels'

export const isMinistrySite = (site: MissionSiteView) => site.mission.id === MINISTRY_SITE

export const atlasPaths = {
  index: (locale: LocaleCode) => `${locale}/atlas/`,
  platform: (locale: LocaleCode, platform: string) => `${locale}/atlas/${platform}/`,
  script: `${sitePaths.assets}atlas.js`,
} as const

/** Open data: one set of files for the whole network, in no language of their own. */
export const openDataPaths = {
  atlasJson: 'data/atlas.json',
  atlasCsv: 'data/atlas.csv',
  missionsJson: 'data/missions.json',
  missionsCsv: 'data/missions.csv',
  surveyJson: 'data/survey.json',
  surveyCsv: 'data/survey.csv',
} as const
