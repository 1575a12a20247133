import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildSites, type BuildOptions } from '../build/buildSites'
import { LiveSites } from '../build/liveSites'
import { percentile, startRssSampler } from './rssSampler'
import { missionSlug, SEED_EPOCH, type NetworkSize } from './seedNetwork'
import { paragraph, random, sentence } from './syntheticText'
import { richText } from '../seed/lexical'

export type SizeResult = {
  size: NetworkSize
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
  /** From the save's return (the release is stored) to its files on disk: the rebuild alone. */
  incrementalAfterSaveP50Ms: number
  incrementalAfterSaveP95Ms: number
  /** The first rebuild of the mission by the live builder, which reads its content (once per server start). */
  liveFirstReadMs: number
  incrementalFilesWritten: number
  incrementalRuns: number
}

/** Full build, no-op rebuild and publish-to-disk latency on one seeded network. */
export async function measureBuilds(payload: Payload, dir: string, size: NetworkSize, runs: number, log: (l: string) => void): Promise<SizeResult> {
  const outDir = path.join(dir, 'sites')
  const all = Array.from({ length: size.missions }, (_, i) => missionSlug(i))
  const base: BuildOptions = { outDir, mediaDir: path.join(dir, 'media'), today: new Date(SEED_EPOCH).toISOString().slice(0, 10) }
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
  const pages = full.written + full.unchanged
  log(`  ${pages} files in ${seconds.toFixed(1)} s`)

  log('No-op rebuild …')
  const noopStarted = performance.now()
  const noop = await build()
  const noopSeconds = (performance.now() - noopStarted) / 1000

  // The live server's builder, as the rebuild job uses it: it reads the mission once, then each
  // publish reads the release, renders what it touches and writes what changed.
  const live = new LiveSites(payload, () => base)
  const mission = all[Math.floor(all.length / 2)]
  const firstRead = performance.now()
  await live.rebuild([mission], [])
  const liveFirstReadMs = performance.now() - firstRead

  log(`Publishing ${runs} press releases one by one …`)
  const { docs } = await payload.find({ collection: 'missions', where: { slug: { equals: mission } }, depth: 0, limit: 1 })
  const next = random(runs)
  const latencies: number[] = []
  const saves: number[] = []
  const afterSave: number[] = []
  const written: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const doc = await payload.create({
      collection: 'press-releases', locale: 'es', draft: false,
      data: { title: sentence('es', next, 9), slug: `bench-publish-${Date.now().toString(36)}-${i}`, summary: paragraph('es', next, 2),
        body: richText({ paragraphs: [paragraph('es', next, 3), paragraph('es', next, 3)] }), mission: docs[0].id, _status: 'published' },
    } as Parameters<Payload['create']>[0])
    saves.push(performance.now() - t0)
    const summary = await live.rebuild([mission], [{ collection: 'press-releases', id: String(doc.id) }])
    latencies.push(performance.now() - t0)
    afterSave.push(latencies[i] - saves[i])
    written.push(summary.written)
    if (!fs.existsSync(path.join(outDir, mission, 'es', 'news', String((doc as { slug: string }).slug), 'index.html'))) {
      throw new Error(`The page of the release just published in ${mission} is not on disk after the rebuild.`)
    }
  }
  return {
    size, pages, seconds, cpuSeconds: (used.user + used.system) / 1e6, pagesPerSecond: pages / seconds, peakRssMB, maxRssMB,
    noopSeconds, noopFilesWritten: noop.written,
    incrementalP50Ms: percentile(latencies, 50), incrementalP95Ms: percentile(latencies, 95), incrementalMaxMs: Math.max(...latencies), incrementalSaveP50Ms: percentile(saves, 50),
    incrementalAfterSaveP50Ms: percentile(afterSave, 50), incrementalAfterSaveP95Ms: percentile(afterSave, 95), liveFirstReadMs,
    incrementalFilesWritten: percentile(written, 50), incrementalRuns: runs,
  }
}
