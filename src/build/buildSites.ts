import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { cmsPublicUrl } from '../citizen/publicUrls'
import type { LocaleCode } from '../config/locales'
import { loadMinistryNetwork, loadNetwork, loadShared, type RawNetwork, type SharedContent } from '../content/loadNetwork'
import { isFeedPath, pingHub, type PingResult } from '../feeds/websub'
import { absoluteUrl } from '../content/sitePaths'
import { MINISTRY_SITE, NETWORK_ARCHIVE_SIZE } from '../content/ministrySiteView'
import { removeSite, type WriteSummary } from './siteWriter'
import { SearchIndexQueue } from '../search/searchIndexQueue'
import { BuildPool, BuildPoolStartError, buildWorkerCount } from './pool/buildPool'
import { pooledSink } from './pool/pooledSink'
import { deferredSink, inProcessSink, type SiteSink } from './siteSink'
import { ministryBaseUrl } from './writeSites'

// Planning and writing one site from what was read (also the live builder's, src/build/liveSites.ts).
export { writeMinistrySite, writeMissionSite } from './writeSites'

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
  /**
   * Build workers (threads) that plan, render and write the sites while this process reads the
   * next batch; default CHANCERY_BUILD_WORKERS, else one per CPU. 1: this process does it all.
   */
  workers?: number
  /** Each build worker's heap ceiling in MB (default DEFAULT_WORKER_HEAP_MB). */
  workerHeapMb?: number
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
  /** The search indexes this build made (sites whose pages changed): how many, their seconds added up, their bytes, their files (written or kept). */
  searchIndexes?: { sites: number; seconds: number; bytes: number; files: number }
}

export class UnknownMissionError extends Error {}

// Missions read, planned and written together: enough to amortise each read, few enough
// that one batch's content (not the network's) bounds the build's memory.
const MISSIONS_PER_BATCH = 4

const written = (sites: (WriteSummary | null)[]) => sites.filter((s): s is WriteSummary => s !== null)

/**
 * The build's writer: a pool of build workers when more than one is asked for (option,
 * CHANCERY_BUILD_WORKERS, else one per CPU) and there is more than one batch to write, else
 * this process. A pool that cannot start (its workers cannot load) leaves the build to this
 * process, with a note.
 */
function siteSink(options: BuildOptions, total: number, notes: string[], onWritten: () => void): SiteSink {
  const batches = Math.ceil(total / MISSIONS_PER_BATCH) + (isWholeNetwork(options) ? 1 : 0)
  const size = Math.min(buildWorkerCount(options.workers), batches)
  if (size <= 1) return inProcessSink(options, total, onWritten)
  const { onProgress: _, ...workerOptions } = options
  // The workers load the renderer (seconds) while this process reads the first batch.
  const starting = BuildPool.start(size, workerOptions, options.workerHeapMb).then(
    (pool) => pooledSink(pool, options, total, onWritten),
    (error: unknown) => {
      if (!(error instanceof BuildPoolStartError)) throw error
      notes.push(`${error.message}; the sites were built in this process, on one core.`)
      return inProcessSink(options, total, onWritten)
    },
  )
  return deferredSink(starting)
}

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

  const notes: string[] = []
  const search = options.searchIndex === false ? null : new SearchIndexQueue(options.outDir, { full: options.full })
  const sink = siteSink(options, targets.length, notes, () => search?.follow(written(sink.sites)))
  let sites: WriteSummary[]
  try {
    // With workers, the next batch is read while the workers render the ones before it.
    for await (const read of readForBuild(payload, shared, targets, options)) await sink.take(read)
    const taken = await sink.finish()
    if (taken.includes(null)) notes.push(MINISTRY_NOT_CONFIGURED)
    sites = written(taken)
  } finally {
    await sink.close()
  }
  const indexed = search ? await search.finish(sites) : null
  const summary = { ...summarize(indexed?.sites ?? sites, removeOrphanedSites(all, options), started), notes }
  if (indexed) {
    const { indexes } = indexed
    summary.searchIndexes = {
      sites: indexes.length,
      seconds: indexes.reduce((n, i) => n + i.seconds, 0),
      bytes: indexes.reduce((n, i) => n + i.bytes, 0),
      files: indexes.reduce((n, i) => n + i.summary.written + i.summary.unchanged, 0),
    }
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

/** What every batch shares, with each mission's address as this build publishes it. */
export async function loadSharedFor(payload: Payload, options: Pick<BuildOptions, 'publicUrl' | 'cmsUrl'>): Promise<SharedContent> {
  const shared = withPublicUrl(await loadShared(payload), options.publicUrl)
  return { ...shared, cmsUrl: options.cmsUrl ?? cmsPublicUrl({ SITES_PUBLIC_URL: options.publicUrl }) }
}

export const MINISTRY_NOT_CONFIGURED =
  'The ministry site was not built: the Ministry settings have no public address (Base URL) yet. Fill them in the admin under Ministry.'

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

function withPublicUrl<T extends { missions: Record<string, any>[]; ministry?: Record<string, any> | null }>(raw: T, publicUrl: string | undefined): T {
  if (!publicUrl) return raw
  const root = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`
  // The ministry's site is served beside the missions' (ministryBaseUrl), and their pages link to it (travel advice).
  const ministry = raw.ministry ? { ...raw.ministry, baseUrl: `${root}${MINISTRY_SITE}/` } : raw.ministry
  return { ...raw, ministry, missions: raw.missions.map((m) => ({ ...m, baseUrl: `${root}${m.slug}/` })) }
}
