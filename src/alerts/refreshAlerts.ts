import fs from 'node:fs'
import path from 'node:path'

import { isLocaleCode, type LocaleCode } from '../config/locales'
import { joinNetwork, type SharedContent } from '../content/loadNetwork'
import { missionSiteView } from '../content/missionSiteView'
import { outputFile, sitePaths } from '../content/sitePaths'
import type { MissionSiteView } from '../content/viewModels'
import type { PlannedFile } from '../build/outputPlan'
import { writeSite, type WriteSummary } from '../build/siteWriter'
import { ALERTS_END, ALERTS_START, alertsRegion, showsAlertsStatically } from '../../templates/alerts/alertsRegion'
import { relativeLinker } from '../../templates/layout/links'
import { alertFeedFiles, alertSiteFiles, withAlerts } from './siteAlerts'

export type AlertRefreshOptions = { outDir: string; now: Date; hubUrl?: string | null }

export type AlertRefresh = {
  sites: WriteSummary[]
  /** Sites whose pages carry no alerts region (written before alerts existed): they need an ordinary build. */
  needBuild: string[]
}

/**
 * Brings the alerts of these sites (every mission's when `slugs` is empty) up to date without
 * reading their content: the alerts region of the home and contact pages already on disk is
 * replaced by the one the templates render now, and the alerts file and feeds are written
 * again, all in one swap per site. The pages' other content is the last build's, unchanged;
 * the region is the same function of the alerts that a full build renders. This is what lets
 * a network-wide alert reach every site's home page within seconds: a site costs the reading
 * of its two pages per language, not a read of its releases.
 */
export function refreshAlerts(shared: SharedContent, slugs: string[], options: AlertRefreshOptions): AlertRefresh {
  const raw = joinNetwork(shared, { releases: [], pages: [], accounts: [] })
  const targets = raw.missions.filter((m) => slugs.length === 0 || slugs.includes(m.slug))
  const sites: WriteSummary[] = []
  const needBuild: string[] = []
  for (const mission of targets) {
    const slug = mission.slug as string
    const siteDir = path.join(options.outDir, slug)
    if (!fs.existsSync(siteDir)) continue
    const locales = ((mission.siteLocales ?? []) as unknown[]).filter(isLocaleCode) as LocaleCode[]
    const views: MissionSiteView[] = locales.map((locale) => withAlerts(missionSiteView(raw, slug, locale), raw.alerts, options.now))
    const files: PlannedFile[] = []
    let complete = true
    for (const site of views) {
      for (const page of [sitePaths.home(site.locale), sitePaths.contact(site.locale)]) {
        const spliced = splicePage(siteDir, site, page)
        if (spliced === null) complete = false
        else files.push({ path: outputFile(page), contents: spliced, source: `alerts of ${page}` })
      }
      files.push(...alertFeedFiles(site, options.hubUrl))
    }
    if (!complete) {
      needBuild.push(slug)
      continue
    }
    files.push(...alertSiteFiles(views, raw.alerts, options.now))
    sites.push(writeSite(options.outDir, { site: slug, files }, { preserve: () => true }))
  }
  return { sites, needBuild }
}

/** The live page with its alerts region rendered anew; null when the page or its region is missing. */
function splicePage(siteDir: string, site: MissionSiteView, page: string): string | null {
  const file = path.join(siteDir, outputFile(page))
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return null
  }
  const start = text.indexOf(ALERTS_START)
  const end = text.indexOf(ALERTS_END, start)
  if (start < 0 || end < 0) return null
  const alerts = showsAlertsStatically(site, page) ? (site.alerts ?? []) : []
  const region = alertsRegion(site, alerts, relativeLinker(page, site.mission.baseUrl)).value
  return text.slice(0, start) + region + text.slice(end + ALERTS_END.length)
}
