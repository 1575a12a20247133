import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { LocaleCode } from '../config/locales'
import { loadNetwork, type RawNetwork } from '../content/loadNetwork'
import { isFeedPath, pingHub, type PingResult } from '../feeds/websub'
import { absoluteUrl } from '../content/sitePaths'
import type { PlannedFile } from './outputPlan'
import { planMinistrySite, OPML_FILE } from './planMinistrySite'
import { planMissionSite } from './planMissionSite'
import { MINISTRY_SITE } from '../content/ministrySiteView'
import { removeSite, writeSite, type WriteSummary } from './siteWriter'

export type BuildOptions = {
  outDir: string
  /** Where uploaded media files are (DATA_DIR/media). */
  mediaDir: string
  today: string
  missions?: string[]
  locales?: LocaleCode[]
  full?: boolean
  /** Replaces each mission's stored base URL with `<publicUrl>/<slug>/` (the sites served by npm start). */
  publicUrl?: string
  hubUrl?: string | null
  /** Items in each main feed (older ones stay reachable through JSON Feed pages); default 50. */
  feedSize?: number
  onProgress?: (done: number, total: number, site: string) => void
}

export type BuildSummary = {
  sites: WriteSummary[]
  written: number
  unchanged: number
  deleted: number
  removedSites: string[]
  seconds: number
  /** WebSub pings sent for the feeds this build changed (empty without a hub). */
  pings: PingResult[]
}

export class UnknownMissionError extends Error {}

/** Loads published content once, then plans, checks and writes each mission's site. */
export async function buildSites(payload: Payload, options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now()
  const raw = withPublicUrl(await loadNetwork(payload), options.publicUrl)
  const summary = buildFromNetwork(raw, options, started)
  if (options.hubUrl) {
    const base = (site: string) =>
      site === MINISTRY_SITE
        ? (options.publicUrl ? `${options.publicUrl.replace(/\/$/, '')}/${MINISTRY_SITE}/` : (raw.ministry.baseUrl as string))
        : (raw.missions.find((m) => m.slug === site)?.baseUrl as string)
    const topics = summary.sites.flatMap((s) => s.changed.filter(isFeedPath).map((p) => absoluteUrl(base(s.site), p)))
    summary.pings = await pingHub(options.hubUrl, topics)
  }
  return summary
}

export function buildFromNetwork(raw: RawNetwork, options: BuildOptions, started = performance.now()): BuildSummary {
  const all = raw.missions.map((m) => m.slug as string)
  const unknown = (options.missions ?? []).filter((s) => !all.includes(s))
  if (unknown.length) throw new UnknownMissionError(`No published mission has the slug ${unknown.map((s) => `"${s}"`).join(', ')}. Known: ${all.join(', ')}.`)
  const targets = options.missions?.length ? options.missions : all

  const sites: WriteSummary[] = []
  targets.forEach((slug, index) => {
    const plan = planMissionSite(raw, slug, { today: options.today, locales: options.locales, hubUrl: options.hubUrl, feedSize: options.feedSize })
    const files: PlannedFile[] = [...plan.files]
    for (const m of plan.media) {
      files.push({ path: m.path, contents: fs.readFileSync(path.join(options.mediaDir, m.filename)), source: `media file ${m.filename}` })
    }
    const partial = Boolean(options.locales?.length)
    sites.push(
      writeSite(
        options.outDir,
        { site: slug, files },
        { full: options.full, preserve: partial ? (p) => !plan.locales.some((l) => p.startsWith(`${l}/`)) : undefined },
      ),
    )
    options.onProgress?.(index + 1, targets.length, slug)
  })

  // The ministry's site and the network's OPML list follow every full build.
  if (!options.missions?.length && !options.locales?.length) {
    const ministryBase = options.publicUrl ? `${options.publicUrl.replace(/\/$/, '')}/${MINISTRY_SITE}/` : (raw.ministry.baseUrl as string)
    const plan = planMinistrySite(raw, { baseUrl: ministryBase, hubUrl: options.hubUrl, feedSize: options.feedSize })
    const files = [...plan.files, ...plan.media.map((m) => ({ path: m.path, contents: fs.readFileSync(path.join(options.mediaDir, m.filename)), source: `media file ${m.filename}` }))]
    sites.push(writeSite(options.outDir, { site: MINISTRY_SITE, files }, { full: options.full }))
    writeFileIfChanged(path.join(options.outDir, OPML_FILE), plan.opml)
  }

  const removedSites: string[] = []
  if (!options.missions?.length) {
    for (const entry of fs.existsSync(options.outDir) ? fs.readdirSync(options.outDir) : []) {
      const isSiteLink = fs.lstatSync(path.join(options.outDir, entry)).isSymbolicLink()
      if (isSiteLink && !all.includes(entry) && entry !== 'ministry') {
        removeSite(options.outDir, entry)
        removedSites.push(entry)
      }
    }
  }
  const total = (k: 'written' | 'unchanged' | 'deleted') => sites.reduce((n, s) => n + s[k], 0)
  return {
    sites,
    written: total('written'),
    unchanged: total('unchanged'),
    deleted: total('deleted'),
    removedSites,
    seconds: (performance.now() - started) / 1000,
    pings: [],
  }
}

/** Replaces a file only when its bytes differ, by rename, so readers never see half of it. */
function writeFileIfChanged(file: string, contents: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === contents) return false
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, contents)
  fs.renameSync(temp, file)
  return true
}

function withPublicUrl(raw: RawNetwork, publicUrl: string | undefined): RawNetwork {
  if (!publicUrl) return raw
  const root = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`
  return { ...raw, missions: raw.missions.map((m) => ({ ...m, baseUrl: `${root}${m.slug}/` })) }
}
