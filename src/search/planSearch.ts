import type { PlannedFile } from '../build/outputPlan'
import { outputFile } from '../content/sitePaths'
import type { MissionSiteView } from '../content/viewModels'
import { searchPage } from '../../templates/pages/search'
import { SEARCH_SCRIPT } from '../../templates/scripts/search'
import { searchPaths } from './searchPaths'

/**
 * The search page of one site in one language. Not a sitemap entry: it has no content of its
 * own for a search engine, and the index it searches is made from the pages the sitemap lists.
 */
export function searchPageFile(site: MissionSiteView): PlannedFile {
  return { path: outputFile(searchPaths.page(site.locale)), contents: searchPage({ site }), source: `search page (${site.locale})` }
}

/** The search page's script, one per site. */
export const SEARCH_SCRIPT_FILE: PlannedFile = { path: searchPaths.script, contents: SEARCH_SCRIPT, source: 'search script' }
