import fs from 'node:fs'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'

import { getPayload, type CollectionSlug, type Payload } from 'payload'

import { REBUILD_SITES } from '../jobs/rebuildSitesJob'
import { richText } from '../seed/lexical'
import { startFileWatcher } from './fileWatcher'
import { percentile } from './rssSampler'
import { paragraph, random, sentence } from './syntheticText'

export type PublishResult = {
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** The save alone (payload.create), median. */
  saveP50Ms: number
  /** From the save's return (the release is stored) to its files on disk. */
  afterSaveP50Ms: number
  afterSaveP95Ms: number
  /** From the save's call to the rebuild job done: the ministry's site (network news) updated too. */
  jobDoneP50Ms: number
  jobDoneP95Ms: number
  /** The first publish after the server starts, when the job's builder reads the mission (not counted above). */
  firstPublishMs: number
  /** Files of the mission's site that changed per publish (median). */
  filesWritten: number
  /** The longest the server's event loop was held (requests of editors wait), over the measured publishes. */
  eventLoopStallMaxMs: number
}

// Between publishes: an officer's publishes are seconds apart, and the work a rebuild leaves
// for after its files are live (its standby copy catching up) belongs to it, not to the next.
const PAUSE_BETWEEN_MS = 100
const WARM_UP = 20

/**
 * Publish → files on disk as the app server does it: the release saved through the Local API
 * as the admin saves it (depth 0), its rebuild job run by the server's jobs queue once the
 * save is committed, and the time taken when a thread watching the disk sees the release's
 * page (each mission's site is swapped in whole, so its other files land with it).
 */
export async function measurePublishes(payload: Payload, dir: string, mission: string, runs: number): Promise<PublishResult> {
  // The server's Payload: the same instance with its crons started (the jobs runner).
  await getPayload({ config: payload.config, key: dir, cron: true })
  const outDir = path.join(dir, 'sites')
  const { docs } = await payload.find({ collection: 'missions', where: { slug: { equals: mission } }, depth: 0, limit: 1 })
  const next = random(runs + WARM_UP + 1)
  const watcher = startFileWatcher()
  const publishOne = async (label: string) => {
    const slug = `bench-publish-${Date.now().toString(36)}-${label}`
    const page = path.join(outDir, mission, 'es', 'news', slug, 'index.html')
    const before = manifestOf(outDir, mission)
    const appeared = watcher.appears(page, { root: outDir })
    await appeared.watching
    const t0 = performance.now()
    await payload.create({
      collection: 'press-releases', locale: 'es', draft: false, depth: 0,
      data: { title: sentence('es', next, 9), slug, summary: paragraph('es', next, 2),
        body: richText({ paragraphs: [paragraph('es', next, 3), paragraph('es', next, 3)] }), mission: docs[0].id, _status: 'published' },
    } as Parameters<Payload['create']>[0])
    const saved = performance.now()
    const onDisk = await appeared
    if (onDisk === null) throw new Error(`The page of the release just published in ${mission} was not on disk after a minute.`)
    await until(async () => !(await rebuildsWaiting(payload)), 'the rebuild job to finish', 10)
    const done = performance.now()
    await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_MS))
    return { latency: onDisk - t0, save: saved - t0, afterSave: onDisk - saved, jobDone: done - t0, written: changedFiles(before, manifestOf(outDir, mission)) }
  }
  try {
    const first = await publishOne('first')
    // A server that has been up a while: the code of a publish compiled by V8, not interpreted.
    for (let i = 1; i <= WARM_UP; i++) await publishOne(`warm${i}`)
    const stalls = monitorEventLoopDelay({ resolution: 5 })
    stalls.enable()
    const measured: Awaited<ReturnType<typeof publishOne>>[] = []
    for (let i = 1; i <= runs; i++) measured.push(await publishOne(String(i)))
    stalls.disable()
    const ms = (k: 'latency' | 'save' | 'afterSave' | 'jobDone') => measured.map((m) => m[k])
    return {
      p50Ms: percentile(ms('latency'), 50), p95Ms: percentile(ms('latency'), 95), maxMs: Math.max(...ms('latency')),
      saveP50Ms: percentile(ms('save'), 50),
      afterSaveP50Ms: percentile(ms('afterSave'), 50), afterSaveP95Ms: percentile(ms('afterSave'), 95),
      jobDoneP50Ms: percentile(ms('jobDone'), 50), jobDoneP95Ms: percentile(ms('jobDone'), 95),
      firstPublishMs: first.latency,
      filesWritten: percentile(measured.map((m) => m.written), 50),
      eventLoopStallMaxMs: stalls.max / 1e6,
    }
  } finally {
    await watcher.stop()
    await Promise.all(payload.crons.splice(0).map((cron) => cron.stop()))
  }
}

async function until(done: () => Promise<boolean>, what: string, everyMs: number, timeoutMs = 60_000): Promise<void> {
  const started = performance.now()
  while (!(await done())) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

async function rebuildsWaiting(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs' as CollectionSlug,
    where: { and: [{ taskSlug: { equals: REBUILD_SITES } }, { completedAt: { exists: false } }] },
  })
  return totalDocs > 0
}

/** The live copy's file hashes (the writer's manifest), to count what a publish changed. */
function manifestOf(outDir: string, site: string): Record<string, string> {
  const live = path.basename(fs.readlinkSync(path.join(outDir, site)))
  return JSON.parse(fs.readFileSync(path.join(outDir, '.chancery', site, `${live}.manifest.json`), 'utf8')).files
}

const changedFiles = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys(after).filter((p) => before[p] !== after[p]).length + Object.keys(before).filter((p) => !(p in after)).length
