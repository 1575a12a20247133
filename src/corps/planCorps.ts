import type { PlannedFile } from '../build/outputPlan'
import { pickText } from '../content/localize'
import type { MissionSiteView } from '../content/viewModels'
import { corpsByCountryPage, corpsPrecedencePage } from '../../templates/ministry/corps'
import { corpsPaths } from './corpsPaths'
import { corpsViews } from './corpsView'
import { planCorpsData } from './openData'

type Doc = Record<string, any>

export type PlannedPage = { path: string; contents: () => string; source: string }

/** What the ministry site's plan reads of the corps: the published entries (src/corps/loadCorps.ts). */
export type NetworkWithCorps = { accreditedCorps?: Doc[]; ministry: Doc }

/**
 * The accredited corps's two pages in the ministry site's language: by country and by
 * precedence. Pure; returned apart so the ministry's plan lists them in its sitemap.
 */
export function planCorpsPages(raw: NetworkWithCorps, site: MissionSiteView): PlannedPage[] {
  const { locale } = site
  let entries: ReturnType<typeof corpsViews> | undefined
  const views = () => (entries ??= corpsViews(raw.accreditedCorps, locale))
  return [
    { path: corpsPaths.byCountry(locale), contents: () => corpsByCountryPage({ site, entries: views() }), source: `accredited corps by country (${locale})` },
    { path: corpsPaths.precedence(locale), contents: () => corpsPrecedencePage({ site, entries: views() }), source: `accredited corps by precedence (${locale})` },
  ]
}

/** The corps as open data (JSON and CSV), published by the ministry. */
export function planCorpsFiles(raw: NetworkWithCorps, options: { baseUrl: string }): PlannedFile[] {
  return planCorpsData(raw.accreditedCorps, { baseUrl: options.baseUrl, publisher: pickText(raw.ministry?.name, 'es', 'es') })
}
