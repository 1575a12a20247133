import type { Payload } from 'payload'

import { enquiryFormPage, enquiryReceivedPage, surveyPage, surveyThanksPage } from '../../templates'
import { loadSharedFor } from '../build/buildSites'
import { isLocaleCode, type LocaleCode } from '../config/locales'
import { loadNetwork, type RawNetwork } from '../content/loadNetwork'
import { missionSiteView } from '../content/missionSiteView'
import type { MissionSiteView } from '../content/viewModels'
import { siteBuildSettings, type SiteBuildEnv } from '../jobs/buildSettings'
import type { CitizenPages } from './citizenPages'

const TTL_MS = 60_000

/**
 * The citizen pages, rendered with the generated sites' own view code and templates, so they
 * look like the mission's site: the published content of that mission, read as the public
 * reads it, with the addresses the sites are published under. Kept a minute per mission.
 */
export function renderCitizenPages(payload: Payload, env: SiteBuildEnv): CitizenPages {
  const networks = new Map<string, { read: number; raw: Promise<RawNetwork> }>()

  const siteOf = async (mission: string, locale: LocaleCode): Promise<MissionSiteView | null> => {
    let cached = networks.get(mission)
    if (!cached || Date.now() - cached.read > TTL_MS) {
      const read = (async () => loadNetwork(payload, { missions: [mission] }, await loadSharedFor(payload, siteBuildSettings(env))))()
      cached = { read: Date.now(), raw: read }
      networks.set(mission, cached)
      read.catch(() => networks.delete(mission))
    }
    const raw = await cached.raw
    const doc = raw.missions.find((m) => m.slug === mission)
    if (!doc) return null
    const served = ((doc.siteLocales ?? []) as string[]).filter(isLocaleCode)
    const shown = served.includes(locale) ? locale : isLocaleCode(doc.defaultLocale) ? doc.defaultLocale : served[0]
    return shown ? missionSiteView(raw, mission, shown) : null
  }

  return {
    enquiryForm: async (mission, locale, form) => {
      const site = await siteOf(mission, locale)
      return site && enquiryFormPage({ site, form })
    },
    enquiryReceived: async (mission, locale, reference) => {
      const site = await siteOf(mission, locale)
      return site && enquiryReceivedPage({ site, reference })
    },
    surveyForm: async (mission, locale, state) => {
      const site = await siteOf(mission, locale)
      if (!site) return null
      const subject = state.reference && state.token ? { reference: state.reference, token: state.token } : { service: state.service ?? '' }
      return surveyPage({ site, subject, form: { errors: state.errors, values: state.values } })
    },
    surveyThanks: async (mission, locale) => {
      const site = await siteOf(mission, locale)
      return site && surveyThanksPage({ site })
    },
  }
}
