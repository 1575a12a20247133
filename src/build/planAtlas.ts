import type { LocaleCode } from '../config/locales'
import { atlasPaths } from '../content/atlasPaths'
import { atlasView } from '../content/atlasView'
import type { RawNetwork } from '../content/loadNetwork'
import type { MissionSiteView } from '../content/viewModels'
import { atlasPage } from '../../templates/ministry/atlas'
import { ATLAS_SCRIPT } from '../../templates/ministry/atlasScript'
import type { PlannedFile } from './outputPlan'

/** A page of the ministry's site, by its site path (planMinistrySite turns it into a file and a sitemap entry). */
export type PlannedPage = { path: string; contents: string; source: string }

/**
 * The atlas in one language: the page of every platform, and one page per platform in use,
 * so that filtering is a link and works without JavaScript. Pure.
 */
export function planAtlasPages(raw: RawNetwork, site: MissionSiteView, locale: LocaleCode): PlannedPage[] {
  const whole = atlasView(raw, locale)
  return [
    { path: atlasPaths.index(locale), contents: atlasPage({ site, atlas: whole }), source: `social-media atlas (${locale})` },
    ...whole.platforms.map((p) => ({
      path: atlasPaths.platform(locale, p.slug),
      contents: atlasPage({ site, atlas: atlasView(raw, locale, p.slug) }),
      source: `social-media atlas: ${p.slug} (${locale})`,
    })),
  ]
}

/** The atlas's optional script, once per site. */
export const atlasScriptFile = (): PlannedFile => ({ path: atlasPaths.script, contents: ATLAS_SCRIPT, source: 'atlas search script' })
