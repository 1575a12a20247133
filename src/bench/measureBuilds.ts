import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildFromNetwork, buildSites, type BuildOptions, type BuildSummary } from '../build/buildSites'
import { loadNetwork } from '../content/loadNetwork'
import type { Strategy } from './options'
import { percentile, startRssSampler } from './rssSampler'
import { missionSlug, SEED_EPOCH, type NetworkSize } from './seedNetwork'
import { paragraph, random, sentence } from './syntheticText'
import { richText } from '../seed/lexical'

export type SizeResult = {
  size: NetworkSize
  strategy: Strategy
  pages: number
  seconds: number
  cpuSeconds: number
  pagesPerSecond: number
  peakRssMB: number
  maxRssMB: number
  noopSeconds: number
  noopFilesWritten: number
  incrementalP50Ms: number
  incrementalP95Ms: number
  incrementalMaxMs: number
  /** The save alone (payload.create), median: the part of the latency that is not the build. */
  incrementalSaveP50Ms: number
  incrementalFilesWritten: number
  incrementalRuns: number
}

const MISSIONS_PER_BATCH = 10

/**
 * The build as the proposal would make it: each batch of missions reads only its own
 * content (loadNetwork with a scope), so memory and a one-mission rebuild do not grow with
 * the network. Orphaned sites are not looked for; the benchmark never deletes a mission.
 */
async function scopedBuild(payload: Payload, options: BuildOptions, all: string[]): Promise<BuildSummary> {
  const started = performance.now()
  const targets = options.missions?.length ? options.missions : all
  const parts: BuildSummary[] = []
  for (let i = 0; i < targets.length; i += MISSIONS_PER_BATCH) {
    const batch = targets.slice(i, i + MISSIONS_PER_BATCH)
    parts.push(buildFromNetwork(await loadNetwork(payload, { missions: batch }), { ...options, missions: batch }))
  }
  const total = (k: 'written' | 'unchanged' | 'deleted') => parts.reduce((n, s) => n + s[k], 0)
  return {
    sites: parts.flatMap((p) => p.sites), written: total('written'), unchanged: total('unchanged'), deleted: total('deleted'),
    removedSites: [], pings: [], seconds: (performance.now() - started) / 1000,
  } as BuildSummary
}

/** Full build, no-op rebuild and publish-to-disk latency on one seeded network. */
export async function measureBuilds(payload: Payload, dir: string, size: NetworkSize, strategy: Strategy, runs: number, log: (l: string) => void): Promise<SizeResult> {
  const outDir = path.join(dir, 'sites')
  const all = Array.from({ length: size.missions }, (_, i) => missionSlug(i))
  const base: BuildOptions = { outDir, mediaDir: path.join(dir, 'media'), today: new Date(SEED_EPOCH).toISOString().slice(0, 10) }
  const build = (extra: Partial<BuildOptions> = {}) =>
    strategy === 'scoped' ? scopedBuild(payload, { ...base, ...extra }, all) : buildSites(payload, { ...base, ...extra })

  log(`Full build of ${size.missions} missions (${strategy}) …`)
  const sampler = startRssSampler(50)
  const cpu = process.cpuUsage()
  const started = performance.now()
  const full = await build()
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  const peakRssMB = await sampler.stop()
  const maxRssMB = process.resourceUsage().maxRSS / 1024
  const pages = full.written + full.unchanged
  log(`  ${pages} files in ${seconds.toFixed(1)} s`)

  log('No-op rebuild …')
  const noopStarted = performance.now()
  const noop = await build()
  const noopSeconds = (performance.now() - noopStarted) / 1000

  log(`Publishing ${runs} press releases one by one …`)
  const mission = all[Math.floor(all.length / 2)]
  const { docs } = await payload.find({ collection: 'missions', where: { slug: { equals: mission } }, depth: 0, limit: 1 })
  const next = random(runs)
  const latencies: number[] = []
  const saves: number[] = []
  const written: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const doc = await payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: { title: sentence('es', next, 9), slug: `bench-publish-${Date.now().toString(36)}-${i}`, summary: paragraph('es', next, 2),
        body: richText({ paragraphs: [paragraph('es', next, 3), paragraph('es', next, 3)] }), mission: docs[0].id, _status: 'published' },
    } as Parameters<Payload['create']>[0])
    saves.push(performance.now() - t0)
    const summary = await build({ missions: [mission] })
    latencies.push(performance.now() - t0)
    written.push(summary.written)
    if (!fs.existsSync(path.join(outDir, mission, 'es', 'news', String((doc as { slug: string }).slug), 'index.html'))) {
      throw new Error(`The page of the release just published in ${mission} is not on disk after the rebuild.`)
    }
  }
  return {
    size, strategy, pages, seconds, cpuSeconds: (used.user + used.system) / 1e6, pagesPerSecond: pages / seconds, peakRssMB, maxRssMB,
    noopSeconds, noopFilesWritten: noop.written,
    incrementalP50Ms: percentile(latencies, 50), incrementalP95Ms: percentile(latencies, 95), incrementalMaxMs: Math.max(...latencies), incrementalSaveP50Ms: percentile(saves, 50),
    incrementalFilesWritten: percentile(written, 50), incrementalRuns: runs,
  }
}
