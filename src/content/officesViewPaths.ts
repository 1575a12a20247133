/**
 * Where the nearest-office page and its data live on every site (the ministry's and each
 * mission's), relative to the site folder. Apart from officesView so templates can link to
 * the page without loading the content layer.
 */
import { sitePaths } from './sitePaths'
import type { LocaleCode } from './viewModels'

export const nearestOfficePaths = {
  page: (locale: LocaleCode) => `${locale}/nearest-office/`,
  /** Every office of the network: the same file on every site, so the page reads it from its own origin. */
  offices: 'data/offices.json',
  /** The gazetteer: world cities and the network's own place names. */
  cities: `${sitePaths.assets}cities.json`,
  script: `${sitePaths.assets}nearest-office.js`,
  /** The home page's "today's hours" script (the mission's local day, computed in the page). */
  hoursScript: `${sitePaths.assets}opening-hours.js`,
} as const
