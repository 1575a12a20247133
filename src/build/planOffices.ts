import type { LocaleCode } from '../config/locales'
import type { RawNetwork } from '../content/loadNetwork'
import { nearestOfficeView, networkPlaces, officesFile, type NearestOfficeView } from '../content/officesView'
import { nearestOfficePaths } from '../content/officesViewPaths'
import type { MissionSiteView } from '../content/viewModels'
import { networkGazetteer } from '../geo/gazetteer'
import { NEAREST_OFFICE_SCRIPT, OPENING_HOURS_SCRIPT, nearestOfficePage } from '../../templates'
import type { PlannedFile } from './outputPlan'

type Doc = Record<string, any>

// The same for every site of one network read: made once per read, not once per site and language.
const filesByNetwork = new WeakMap<Doc[], PlannedFile[]>()
const viewsByNetwork = new WeakMap<Doc[], Map<LocaleCode, NearestOfficeView>>()

/**
 * The files every site carries for the nearest-office page and the home page's hours: the
 * network's offices and the gazetteer (both compact JSON, read by the page's script from its
 * own origin) and the two scripts. Pure.
 */
export function planOfficeAssets(raw: RawNetwork): PlannedFile[] {
  let files = filesByNetwork.get(raw.missions)
  if (!files) {
    files = [
      { path: nearestOfficePaths.offices, contents: `${JSON.stringify(officesFile(raw))}\n`, source: 'network offices (JSON)' },
      { path: nearestOfficePaths.cities, contents: `${JSON.stringify(networkGazetteer(networkPlaces(raw)))}\n`, source: 'gazetteer (JSON)' },
      { path: nearestOfficePaths.script, contents: NEAREST_OFFICE_SCRIPT, source: 'nearest-office script' },
      { path: nearestOfficePaths.hoursScript, contents: OPENING_HOURS_SCRIPT, source: 'opening-hours script' },
    ]
    filesByNetwork.set(raw.missions, files)
  }
  return files
}

/** The nearest-office page of one site in one language (its path is a site path: the plan adds it to the sitemap). */
export function planNearestOfficePage(raw: RawNetwork, site: MissionSiteView, locale: LocaleCode): { path: string; contents: () => string; source: string } {
  let views = viewsByNetwork.get(raw.missions)
  if (!views) viewsByNetwork.set(raw.missions, (views = new Map()))
  let offices = views.get(locale)
  if (!offices) views.set(locale, (offices = nearestOfficeView(raw, locale)))
  return { path: nearestOfficePaths.page(locale), contents: () => nearestOfficePage({ site, offices }), source: `nearest office (${locale})` }
}
