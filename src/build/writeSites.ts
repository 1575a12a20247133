import fs from 'node:fs'
import path from 'node:path'

import type { RawNetwork } from '../content/loadNetwork'
import { MINISTRY_SITE } from '../content/ministrySiteView'
import { isSearchIndexFile } from '../search/searchPaths'
import type { BuildOptions } from './buildSites'
import type { PlannedFile } from './outputPlan'
import { planMinistrySite, OPML_FILE } from './planMinistrySite'
import { planMissionSite, type ReleaseChange } from './planMissionSite'
import { writeSite, type WriteSummary } from './siteWriter'

/**
 * Planning and writing one site from content already read: what a build does after its reads,
 * in the building process or in a build worker (src/build/pool), which reads nothing itself.
 */
export type SiteWriteOptions = Omit<BuildOptions, 'missions'>

/** Plans and writes one mission's site, or only what a change to some of its releases touches. */
export function writeMissionSite(raw: RawNetwork, slug: string, options: SiteWriteOptions, only?: ReleaseChange): WriteSummary {
  const plan = planMissionSite(raw, slug, { today: options.today, locales: options.locales, hubUrl: options.hubUrl, feedSize: options.feedSize, only, now: options.now })
  const files: PlannedFile[] = [...plan.files, ...mediaFiles(plan.media, options)]
  // The search index is written apart, after the pages (src/search): a page build keeps it.
  return writeSite(options.outDir, { site: slug, files }, { full: options.full, preserve: (p) => !plan.owns(p) || isSearchIndexFile(p) })
}

/**
 * Plans and writes the ministry's site (only its network news and feeds when `onlyNetworkNews`);
 * null while the ministry's settings have no public address to build it for.
 */
export function writeMinistrySite(raw: RawNetwork, options: SiteWriteOptions, onlyNetworkNews = false): WriteSummary | null {
  const baseUrl = ministryBaseUrl(raw.ministry, options)
  if (!baseUrl) return null
  const plan = planMinistrySite(raw, { baseUrl, hubUrl: options.hubUrl, feedSize: options.feedSize, onlyNetworkNews })
  const files = [...plan.files, ...mediaFiles(plan.media, options)]
  const summary = writeSite(options.outDir, { site: MINISTRY_SITE, files }, { full: options.full, preserve: (p) => !plan.owns(p) || isSearchIndexFile(p) })
  writeFileIfChanged(path.join(options.outDir, OPML_FILE), plan.opml)
  return summary
}

const mediaFiles = (media: { filename: string; path: string }[], options: Pick<BuildOptions, 'mediaDir'>): PlannedFile[] =>
  media.map((m) => ({ path: m.path, contents: fs.readFileSync(path.join(options.mediaDir, m.filename)), source: `media file ${m.filename}` }))

export const ministryBaseUrl = (ministry: Record<string, any> | null | undefined, options: Pick<BuildOptions, 'publicUrl'>): string | undefined =>
  options.publicUrl ? `${options.publicUrl.replace(/\/$/, '')}/${MINISTRY_SITE}/` : (ministry?.baseUrl as string | undefined) || undefined

/** Replaces a file only when its bytes differ, by rename, so readers never see half of it. */
function writeFileIfChanged(file: string, contents: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === contents) return false
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, contents)
  fs.renameSync(temp, file)
  return true
}
