import type { Payload } from 'payload'

import { loadSharedFor } from '../../build/buildSites'
import { isLocaleCode, type LocaleCode } from '../../config/locales'
import { loadNetwork, type RawNetwork } from '../../content/loadNetwork'
import { missionSiteView } from '../../content/missionSiteView'
import type { MissionSiteView, OfficeView } from '../../content/viewModels'
import { siteBuildSettings, type SiteBuildEnv } from '../../jobs/buildSettings'

/**
 * A mission's published site in one language, as the booking flow frames its pages with it,
 * with what the site's view leaves out: each office's id (schedules name offices by it) and the
 * mission's time zone.
 */
export type MissionSite = {
  site: MissionSiteView
  missionId: string
  offices: { id: string; view: OfficeView }[]
  timeZone: string | null
}

export type MissionSites = (mission: string, locale: LocaleCode | null) => Promise<MissionSite | null>

const TTL_MS = 60_000

/**
 * Read as the public reads it, with the sites' own view code, kept a minute per mission (as the
 * contact form's pages are: src/citizen/renderCitizenPages.ts). A language the mission does not
 * serve falls back to its default.
 */
export function missionSites(payload: Payload, env: SiteBuildEnv): MissionSites {
  const networks = new Map<string, { read: number; raw: Promise<RawNetwork> }>()
  return async (mission, locale) => {
    let cached = networks.get(mission)
    if (!cached || Date.now() - cached.read > TTL_MS) {
      const raw = (async () => loadNetwork(payload, { missions: [mission] }, await loadSharedFor(payload, siteBuildSettings(env))))()
      cached = { read: Date.now(), raw }
      networks.set(mission, cached)
      raw.catch(() => networks.delete(mission))
    }
    const raw = await cached.raw
    const doc = raw.missions.find((m) => m.slug === mission)
    if (!doc || doc.status === 'closed') return null
    const served = ((doc.siteLocales ?? []) as string[]).filter(isLocaleCode)
    const shown = locale && served.includes(locale) ? locale : isLocaleCode(doc.defaultLocale) ? doc.defaultLocale : served[0]
    if (!shown) return null
    const site = missionSiteView(raw, mission, shown)
    // The view lists the offices in the document's order; pair each with its row id.
    const ids = ((doc.offices ?? []) as { id: string }[]).map((o) => o.id)
    return {
      site,
      missionId: doc.id,
      offices: site.mission.offices.map((view, i) => ({ id: ids[i] ?? '', view })).filter((o) => o.id),
      timeZone: typeof doc.timeZone === 'string' && doc.timeZone ? doc.timeZone : null,
    }
  }
}
