import path from 'node:path'

import type { Payload } from 'payload'

import { buildSites, type BuildOptions } from '../build/buildSites'
import { buildWorkerCount } from '../build/pool/buildPool'
import { buildDate } from '../jobs/buildSettings'
import { measureFileSystemFloor } from './fileSystemFloor'
import { measureReadFloor } from './readFloor'
import type { AlertResult } from './measureAlert'
import type { PublishResult } from './measurePublishes'
import { startRssSampler } from './rssSampler'
import { missionSlug, type NetworkSize } from './seedNetwork'

export type BuildResult = {
  size: NetworkSize
  /** Files of the sites (pages, feeds, data, assets), the search indexes' files left out. */
  pages: number
  /** Pagefind's files, written in the same seconds (absent in results before 2026-12-03 16:00, whose `pages` counted them). */
  searchIndexFiles?: number
  seconds: number
  cpuSeconds: number
  pagesPerSecond: number
  /** Build workers that rendered and wrote the sites (CHANCERY_BUILD_WORKERS, else one per CPU; 1: none, the building process did). Absent in older results. */
  buildWorkers?: number
  /** Sampled resident set of the building process: its own thread and every build worker's, which share it. */
  peakRssMB: number
  maxRssMB: number
  noopSeconds: number
  noopFilesWritten: number
  /** The same files written again with nothing else to do (fileSystemFloor): this disk's ceiling for a writer. */
  fsFloorSeconds: number
  fsFloorFilesPerSecond: number
  fsFloorCpuSeconds: number
  fsFloorSystemCpuSeconds: number
  fsFloorMB: number
  /** Everything the build reads, read again through the Local API with nothing rendered (readFloor). */
  readFloorSeconds: number
  readFloorCpuSeconds: number
}

export type SizeResult = BuildResult & {
  incrementalP50Ms: number
  incrementalP95Ms: number
  incrementalMaxMs: number
  /** The save alone (payload.create), median: the part of the latency that is not the build. */
  incrementalSaveP50Ms: number
  /** From the save's return (the release is stored) to its files on disk: the rebuild alone. */
  incrementalAfterSaveP50Ms: number
  incrementalAfterSaveP95Ms: number
  /** From the save's call to the rebuild job done: the ministry's site (network news) updated too. */
  incrementalJobDoneP50Ms: number
  incrementalJobDoneP95Ms: number
  /** The first publish after the server starts, when the job's builder reads the mission (once per server start). */
  firstPublishMs: number
  /** The longest the server's event loop was held while publishing (editors' requests wait that long). */
  publishEventLoopStallMaxMs: number
  incrementalFilesWritten: number
  incrementalRuns: number
  /** A network-wide critical alert → every site's home and contact pages showing it (src/bench/measureAlert.ts); absent in older results. */
  alert?: AlertResult
}

/** One network's figures: its builds' and its publishes' (measured in another process, as a server's). */
export function sizeResult(build: BuildResult, publishes: PublishResult & { alert?: AlertResult }, runs: number): SizeResult {
  return {
    ...build,
    incrementalP50Ms: publishes.p50Ms, incrementalP95Ms: publishes.p95Ms, incrementalMaxMs: publishes.maxMs, incrementalSaveP50Ms: publishes.saveP50Ms,
    incrementalAfterSaveP50Ms: publishes.afterSaveP50Ms, incrementalAfterSaveP95Ms: publishes.afterSaveP95Ms,
    incrementalJobDoneP50Ms: publishes.jobDoneP50Ms, incrementalJobDoneP95Ms: publishes.jobDoneP95Ms, firstPublishMs: publishes.firstPublishMs,
    publishEventLoopStallMaxMs: publishes.eventLoopStallMaxMs,
    incrementalFilesWritten: publishes.filesWritten, incrementalRuns: runs,
    ...(publishes.alert ? { alert: publishes.alert } : {}),
  }
}

/** The mission whose releases the bench publishes: one in the middle of the network. */
export const publishedMission = (size: NetworkSize) => missionSlug(Math.floor(size.missions / 2))

/** Full build and no-op rebuild of one seeded network, as `npm run build:sites` runs them. */
export async function measureBuilds(payload: Payload, dir: string, size: NetworkSize, log: (l: string) => void): Promise<BuildResult> {
  const outDir = path.join(dir, 'sites')
  // The date the rebuild job builds for, so that its first publish rewrites no more than any other.
  const base: BuildOptions = { outDir, mediaDir: path.join(dir, 'media'), today: buildDate() }
  const build = (extra: Partial<BuildOptions> = {}) => buildSites(payload, { ...base, ...extra })

  log(`Full build of ${size.missions} missions …`)
  const sampler = startRssSampler(50)
  const cpu = process.cpuUsage()
  const started = performance.now()
  const full = await build()
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  const peakRssMB = await sampler.stop()
  const maxRssMB = process.resourceUsage().maxRSS / 1024
  // Pagefind's files (about as many as the pages) are not pages: counted apart.
  const searchIndexFiles = full.searchIndexes?.files ?? 0
  const pages = full.written + full.unchanged - searchIndexFiles
  log(`  ${pages} pages and feeds, and ${searchIndexFiles} search index files, in ${seconds.toFixed(1)} s`)

  log('No-op rebuild …')
  const noopStarted = performance.now()
  const noop = await build()
  const noopSeconds = (performance.now() - noopStarted) / 1000

  log('The file system alone: the same files written again, nothing rendered …')
  const floor = measureFileSystemFloor(outDir, path.join(dir, 'file-system-floor'))
  log(`  ${floor.files} files in ${floor.seconds.toFixed(1)} s`)

  log('Reading alone: everything the build reads, through the Local API, nothing rendered …')
  const read = await measureReadFloor(payload)
  log(`  ${read.releasesRead} releases read in ${read.seconds.toFixed(1)} s`)

  return {
    size, pages, searchIndexFiles, seconds, cpuSeconds: (used.user + used.system) / 1e6, pagesPerSecond: pages / seconds, buildWorkers: buildWorkerCount(), peakRssMB, maxRssMB,
    noopSeconds, noopFilesWritten: noop.written, fsFloorSeconds: floor.seconds, fsFloorFilesPerSecond: floor.filesPerSecond,
    fsFloorCpuSeconds: floor.cpuSeconds, fsFloorSystemCpuSeconds: floor.systemCpuSeconds, fsFloorMB: floor.bytes / 1e6, readFloorSeconds: read.seconds, readFloorCpuSeconds: read.cpuSeconds,
  }
}
