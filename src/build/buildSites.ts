import fs from 'node:fs'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'

import type { Payload } from 'payload'

import { cmsPublicUrl } from '../citizen/publicUrls'
import type { LocaleCode } from '../config/locales'
import { loadMinistryNetwork, loadNetwork, loadShared, type RawNetwork, type SharedContent } from '../content/loadNetwork'
import { isFeedPath, pingHub, type PingResult } from '../feeds/websub'
import { absoluteUrl } from '../content/sitePaths'
import type { PlannedFile } from './outputPlan'
import { planMinistrySite, OPML_FILE } from './planMinistrySite'
import { planMissionSite, type ReleaseChange } from './planMissionSite'
import { MINISTRY_SITE, NETWORK_ARCHIVE_SIZE } from '../content/ministrySiteView'
import { removeSite, writeSite, type WriteSummary } from './siteWriter'
import { SearchIndexQueue } from '../search/searchIndexQueue'
import { isSearchIndexFile } from '../search/searchPaths'

export type BuildOptions = {
  outDir: string
  /** Where uploaded media files are (DATA_DIR/media). */
  mediaDir: string
  today: string
  /** The build's clock, for the next free appointment on service pages; default: when each batch is read. */
  now?: Date
  missions?: string[]
  locales?: LocaleCode[]
  full?: boolean
  /** Replaces each mission's stored base URL with `<publicUrl>/<slug>/` (the sites served by npm start). */
  publicUrl?: string
  /** Where the sites' forms post (the CMS's public address); default: the origin of `publicUrl`, else http://localhost:3000. */
  cmsUrl?: string
  hubUrl?: string | null
  /** Items in each main feed (older ones stay reachable through JSON Feed pages); default 50. */
  feedSize?: number
  onProgress?: (done: number, total: number, site: string) => void
  /** Make each written site's search index (src/search); default true. False leaves the indexes as they are. */
  searchIndex?: boolean
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
  /** What the build left out and why, for whoever runs it. */
  notes: string[]
  /** The search indexes this build made (sites whose pages changed): how many, their seconds added up, their bytes. */
  searchIndexes?: { sites: number; seconds: number; bytes: number }
}

export class UnknownMissionError extends Error {}

// Missions read, planned and written together: enough to amortise each read, few enough
// that one batch's content (not the network's) bounds the build's memory.
const MISSIONS_PER_BATCH = 4

/**
 * Builds the sites batch by batch: each batch of missions reads only its own content through
 * the Local API, is planned, checked and written, and is let go before the next is read; the
 * ministry's site reads the network's releases without their bodies. Memory and a build of
 * one mission do not grow with the size of the network.
 */
export async function buildSites(payload: Payload, options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now()
  const shared = await loadSharedFor(payload, options)
  const all = shared.missions.map((m) => m.slug as string)
  const targets = checkTargets(all, options.missions)

  const sites: WriteSummary[] = []
  const notes: string[] = []
  const search = options.searchIndex === false ? null : new SearchIndexQueue(options.outDir, { full: options.full })
  for await (const read of readForBuild(payload, shared, targets, options)) {
    if (read.kind === 'missions') {
      sites.push(...(await writeMissionSites(read.raw, read.slugs, options, { done: read.done, total: targets.length })))
    } else {
      const ministry = writeMinistrySite(read.raw, options)
      if (ministry) sites.push(ministry)
      else notes.push(MINISTRY_NOT_CONFIGURED)
    }
    // Indexed by Pagefind's process while this one reads and renders the next batch.
    search?.follow(sites)
  }
  const indexed = search ? await search.finish(sites) : null
  const summary = { ...summarize(indexed?.sites ?? sites, removeOrphanedSites(all, options), started), notes }
  if (indexed) {
    const { indexes } = indexed
    summary.searchIndexes = { sites: indexes.length, seconds: indexes.reduce((n, i) => n + i.seconds, 0), bytes: indexes.reduce((n, i) => n + i.bytes, 0) }
  }

  if (options.hubUrl) {
    const base = (site: string) =>
      site === MINISTRY_SITE ? ministryBaseUrl(shared.ministry, options)! : (shared.missions.find((m) => m.slug === site)?.baseUrl as string)
    const topics = summary.sites.flatMap((s) => s.changed.filter(isFeedPath).map((p) => absoluteUrl(base(s.site), p)))
    summary.pings = await pingHub(options.hubUrl, topics)
  }
  return summary
}

export type BuildRead =
  | { kind: 'missions'; slugs: string[]; done: number; raw: RawNetwork }
  | { kind: 'ministry'; raw: RawNetwork }

/**
 * Everything a build reads through the Local API, in the order it reads it: each batch of
 * missions, then the network as the ministry's site shows it (after a build of the whole
 * network). The benchmark reads through it too, to time reading apart from rendering.
 */
export async function* readForBuild(payload: Payload, shared: SharedContent, targets: string[], options: Pick<BuildOptions, 'missions' | 'locales' | 'now'>): AsyncGenerator<BuildRead> {
  for (let i = 0; i < targets.length; i += MISSIONS_PER_BATCH) {
    const slugs = targets.slice(i, i + MISSIONS_PER_BATCH)
    yield { kind: 'missions', slugs, done: i, raw: await loadNetwork(payload, { missions: slugs, now: options.now }, shared) }
  }
  if (isWholeNetwork(options)) yield { kind: 'ministry', raw: await loadMinistryNetwork(payload, NETWORK_ARCHIVE_SIZE, shared, options.now) }
}

function checkTargets(all: string[], wanted: string[] | undefined): string[] {
  const unknown = (wanted ?? []).filter((s) => !all.includes(s))
  if (unknown.length) throw new UnknownMissionError(`No published mission has the slug ${unknown.map((s) => `"${s}"`).join(', ')}. Known: ${all.join(', ')}.`)
  return wanted?.length ? wanted : all
}

// The ministry's site and the network's OPML list follow every build of the whole network.
const isWholeNetwork = (options: Pick<BuildOptions, 'missions' | 'locales'>) => !options.missions?.length && !options.locales?.length

async function writeMissionSites(raw: RawNetwork, slugs: string[], options: BuildOptions, progress: { done: number; total: number }): Promise<WriteSummary[]> {
  const sites: WriteSummary[] = []
  for (const [index, slug] of slugs.entries()) {
    sites.push(writeMissionSite(raw, slug, options))
    options.onProgress?.(progress.done + index + 1, progress.total, slug)
    // The `xml` package behind `rss` finishes each document in a process.nextTick callback that
    // holds all of its intermediate strings: a long synchronous run would keep every feed's.
    await setImmediate()
  }
  return sites
}

/** Plans and writes one mission's site, or only what a change to some of its releases touches. */
export function writeMissionSite(raw: RawNetwork, slug: string, options: Omit<BuildOptions, 'missions'>, only?: ReleaseChange): WriteSummary {
  const plan = planMissionSite(raw, slug, { today: options.today, locales: options.locales, hubUrl: options.hubUrl, feedSize: options.feedSize, only, now: options.now })
  const files: PlannedFile[] = [...plan.files, ...mediaFiles(plan.media, options)]
  // The search index is written apart, after the pages (src/search): a page build keeps it.
  return writeSite(options.outDir, { site: slug, files }, { full: options.full, preserve: (p) => !plan.owns(p) || isSearchIndexFile(p) })
}

/** What every batch shares, with each mission's address as this build publishes it. */
export async function loadSharedFor(payload: Payload, options: Pick<BuildOptions, 'publicUrl' | 'cmsUrl'>): Promise<SharedContent> {
  const shared = withPublicUrl(await loadShared(payload), options.publicUrl)
  return { ...shared, cmsUrl: options.cmsUrl ?? cmsPublicUrl({ SITES_PUBLIC_URL: options.publicUrl }) }
}

export const MINISTRY_NOT_CONFIGURED =
  'The ministry site was not built: the Ministry settings have no public address (Base URL) yet. Fill them in the admin under Ministry.'

/**
 * Plans and writes the ministry's site (only its network news and feeds when `onlyNetworkNews`);
 * null while the ministry's settings have no public address to build it for.
 */
export function writeMinistrySite(raw: RawNetwork, options: Omit<BuildOptions, 'missions'>, onlyNetworkNews = false): WriteSummary | null {
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

const ministryBaseUrl = (ministry: Record<string, any> | null | undefined, options: Pick<BuildOptions, 'publicUrl'>): string | undefined =>
  options.publicUrl ? `${options.publicUrl.replace(/\/$/, '')}/${MINISTRY_SITE}/` : (ministry?.baseUrl as string | undefined) || undefined

/** Sites of missions that are gone (deleted or unpublished), after a build of the whole network. */
function removeOrphanedSites(all: string[], options: BuildOptions): string[] {
  if (options.missions?.length) return []
  const removed: string[] = []
  for (const entry of fs.existsSync(options.outDir) ? fs.readdirSync(options.outDir) : []) {
    const isSiteLink = fs.lstatSync(path.join(options.outDir, entry)).isSymbolicLink()
    if (isSiteLink && !all.includes(entry) && entry !== MINISTRY_SITE) {
      removeSite(options.outDir, entry)
      removed.push(entry)
    }
  }
  return removed
}

function summarize(sites: WriteSummary[], removedSites: string[], started: number): BuildSummary {
  const total = (k: 'written' | 'unchanged' | 'deleted') => sites.reduce((n, s) => n + s[k], 0)
  return {
    sites,
    written: total('written'),
    unchanged: total('unchanged'),
    deleted: total('deleted'),
    removedSites,
    seconds: (performance.now() - started) / 1000,
    pings: [],
    notes: [],
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

function withPublicUrl<T extends { missions: Record<string, any>[]; ministry?: Record<string, any> | null }>(raw: T, publicUrl: string | undefined): T {
  if (!publicUrl) return raw
  const root = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`
  // The ministry's site is served beside the missions' (ministryBaseUrl), and their pages link to it (travel advice).
  const ministry = raw.ministry ? { ...raw.ministry, baseUrl: `${root}${MINISTRY_SITE}/` } : raw.ministry
  return { ...raw, ministry, missions: raw.missions.map((m) => ({ ...m, baseUrl: `${root}${m.slug}/` })) }
}
