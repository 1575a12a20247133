import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { startFileWatcher } from '../bench/fileWatcher'
import { percentile } from '../bench/rssSampler'
import { missionSlug, type NetworkSize } from '../bench/seedNetwork'
import { paragraph, random, sentence } from '../bench/syntheticText'
import { buildSites, type BuildOptions } from '../build/buildSites'
import { LiveSites } from '../build/liveSites'
import { buildDate } from '../jobs/buildSettings'
import { SEEDING_CONTEXT } from '../seed/writer'
import { indexSite } from './siteIndex'
import { searchPaths } from './searchPaths'

export type SearchBenchResult = {
  size: NetworkSize
  /** Full build of every site without the search index, then with it (a fresh folder each): wall seconds. */
  buildWithoutIndexSeconds: number
  buildWithIndexSeconds: number
  /** Every site indexed one after the other, alone (indexSite: Pagefind reads the pages, the writer writes the index). */
  indexSeconds: number
  /** CPU time of that: Pagefind's process (null where /proc cannot tell) and this one's (decoding and writing). */
  indexCpuSeconds: { pagefind: number | null; node: number }
  indexSecondsPerSite: { p50: number; max: number }
  sites: number
  indexBytes: number
  indexFiles: number
  /** The largest site's index. */
  largestSite: { site: string; bytes: number; files: number; pages: number }
  /** Publishes of one mission's release through the live builder, without and with its index. */
  publishes: { runs: number; without: PublishFigures; with: PublishFigures }
}

type PublishFigures = {
  /** From the save's return to the release's page on disk (the pages' swap). */
  pageOnDiskP50Ms: number
  pageOnDiskP95Ms: number
  /** From the save's return to the live builder done (with the index: the index swapped in too). */
  doneP50Ms: number
  doneP95Ms: number
  /** Files of the site the publish changed (median): pages and feeds, and the index's. */
  filesWritten: number
  /** CPU milliseconds of one publish's rebuild (median): this process's, and Pagefind's (null where /proc cannot tell). */
  nodeCpuP50Ms: number
  pagefindCpuP50Ms: number | null
}

const WARM_UP = 5

/**
 * What the search index costs on a network: a full build without it and with it, every site's
 * index made alone (time, bytes, files), and publishes through the live builder (as the rebuild
 * job runs it) with and without re-indexing, timed to the page on disk and to the end.
 */
export async function measureSearch(payload: Payload, dir: string, size: NetworkSize, runs: number, log: (line: string) => void): Promise<SearchBenchResult> {
  const base = (outDir: string): BuildOptions => ({ outDir, mediaDir: path.join(dir, 'media'), today: buildDate() })

  log(`Full build of ${size.missions} missions without the search index …`)
  let started = performance.now()
  await buildSites(payload, { ...base(path.join(dir, 'sites-plain')), searchIndex: false })
  const buildWithoutIndexSeconds = (performance.now() - started) / 1000

  log('Indexing every site alone, one after the other …')
  const plain = path.join(dir, 'sites-plain')
  const sites = fs.readdirSync(plain).filter((entry) => fs.lstatSync(path.join(plain, entry)).isSymbolicLink())
  const perSite: { site: string; seconds: number; bytes: number; files: number; pages: number }[] = []
  const cpuBefore = { pagefind: pagefindCpuMs(), node: process.cpuUsage() }
  started = performance.now()
  for (const site of sites) {
    const index = await indexSite(plain, site)
    const entry = JSON.parse(fs.readFileSync(path.join(plain, site, searchPaths.bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
    perSite.push({
      site, seconds: index.seconds, bytes: index.bytes, files: index.summary.written,
      pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0),
    })
  }
  const indexSeconds = (performance.now() - started) / 1000
  const pagefindAfter = pagefindCpuMs()
  const nodeCpu = process.cpuUsage(cpuBefore.node)
  const indexCpuSeconds = {
    pagefind: pagefindAfter === null || cpuBefore.pagefind === null ? null : (pagefindAfter - cpuBefore.pagefind) / 1000,
    node: (nodeCpu.user + nodeCpu.system) / 1e6,
  }
  const largest = perSite.reduce((a, b) => (b.bytes > a.bytes ? b : a))

  log(`Full build of ${size.missions} missions with the search index, into an empty folder …`)
  const outDir = path.join(dir, 'sites')
  started = performance.now()
  await buildSites(payload, base(outDir))
  const buildWithIndexSeconds = (performance.now() - started) / 1000
  fs.rmSync(plain, { recursive: true, force: true })

  log(`Publishing ${runs} releases without the index, ${runs} with it, alternately (after ${WARM_UP} of each to warm up) …`)
  const middle = Math.floor(size.missions / 2)
  const publishes = await measurePublishes(payload, base(outDir), { without: missionSlug(middle), with: missionSlug(Math.min(middle + 1, size.missions - 1)) }, runs)
  const seconds = perSite.map((s) => s.seconds)
  return {
    size, buildWithoutIndexSeconds, buildWithIndexSeconds, indexSeconds, indexCpuSeconds,
    indexSecondsPerSite: { p50: percentile(seconds, 50), max: Math.max(...seconds) },
    sites: sites.length,
    indexBytes: perSite.reduce((n, s) => n + s.bytes, 0),
    indexFiles: perSite.reduce((n, s) => n + s.files, 0),
    largestSite: { site: largest.site, bytes: largest.bytes, files: largest.files, pages: largest.pages },
    publishes,
  }
}

/**
 * Two builders, as two servers would be: one that does not index and one that does, each
 * publishing to its own mission (two missions of the same size), so neither writes a site
 * whose content the other changed.
 */
async function measurePublishes(payload: Payload, options: BuildOptions, missions: Record<'without' | 'with', string>, runs: number): Promise<SearchBenchResult['publishes']> {
  const ids: Record<string, string> = {}
  for (const slug of Object.values(missions)) {
    ids[slug] = String((await payload.find({ collection: 'missions', where: { slug: { equals: slug } }, depth: 0, limit: 1 })).docs[0].id)
  }
  const next = random(runs * 2 + WARM_UP * 2 + 1)
  const watcher = startFileWatcher()
  const builders = { without: new LiveSites(payload, () => ({ ...options, searchIndex: false })), with: new LiveSites(payload, () => options) }
  // Each builder reads its mission once, as the server's does at its first publish.
  for (const kind of ['without', 'with'] as const) await builders[kind].rebuild([missions[kind]], [])
  const publishOne = async (kind: 'without' | 'with', label: string) => {
    const mission = missions[kind]
    const slug = `search-bench-${Date.now().toString(36)}-${label}`
    const page = path.join(options.outDir, mission, 'es', 'news', slug, 'index.html')
    const appeared = watcher.appears(page, { root: options.outDir })
    await appeared.watching
    // As the seed saves: no rebuild job queued; the builder is called as the job calls it.
    const doc = await payload.create({
      collection: 'press-releases', locale: 'es', draft: false, depth: 0, context: SEEDING_CONTEXT,
      data: { title: sentence('es', next, 9), slug, summary: paragraph('es', next, 2), mission: ids[mission], _status: 'published' },
    } as Parameters<Payload['create']>[0])
    const saved = performance.now()
    const cpu = { node: process.cpuUsage(), pagefind: pagefindCpuMs() }
    const summary = await builders[kind].rebuild([mission], [{ collection: 'press-releases', id: String(doc.id) }])
    const done = performance.now()
    const nodeCpu = process.cpuUsage(cpu.node)
    const pagefindAfter = pagefindCpuMs()
    const onDisk = await appeared
    if (onDisk === null) throw new Error(`The page of ${slug} never appeared in ${mission}.`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return {
      onDisk: onDisk - saved, done: done - saved, written: summary.written + summary.deleted,
      nodeCpu: (nodeCpu.user + nodeCpu.system) / 1000,
      pagefindCpu: pagefindAfter === null || cpu.pagefind === null ? null : pagefindAfter - cpu.pagefind,
    }
  }
  try {
    for (let i = 0; i < WARM_UP; i++) {
      await publishOne('without', `warm-a${i}`)
      await publishOne('with', `warm-b${i}`)
    }
    const measured = { without: [] as Awaited<ReturnType<typeof publishOne>>[], with: [] as Awaited<ReturnType<typeof publishOne>>[] }
    for (let i = 0; i < runs; i++) {
      measured.without.push(await publishOne('without', `a${i}`))
      measured.with.push(await publishOne('with', `b${i}`))
    }
    const figures = (list: typeof measured.with): PublishFigures => ({
      pageOnDiskP50Ms: percentile(list.map((m) => m.onDisk), 50), pageOnDiskP95Ms: percentile(list.map((m) => m.onDisk), 95),
      doneP50Ms: percentile(list.map((m) => m.done), 50), doneP95Ms: percentile(list.map((m) => m.done), 95),
      filesWritten: percentile(list.map((m) => m.written), 50),
      nodeCpuP50Ms: percentile(list.map((m) => m.nodeCpu), 50),
      pagefindCpuP50Ms: list.some((m) => m.pagefindCpu === null) ? null : percentile(list.map((m) => m.pagefindCpu!), 50),
    })
    return { runs, without: figures(measured.without), with: figures(measured.with) }
  } finally {
    await watcher.stop()
  }
}

// Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux, whatever the kernel's HZ).
const TICKS_PER_SECOND = 100

/**
 * CPU milliseconds used so far by Pagefind's process (the child of this one that runs the
 * `pagefind_extended` binary), 0 before it is started; null where /proc cannot tell (not Linux).
 */
function pagefindCpuMs(): number | null {
  try {
    let total = 0
    for (const task of fs.readdirSync(`/proc/${process.pid}/task`)) {
      const children = fs.readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
      for (const pid of children) {
        if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind')) continue
        // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        total += ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
      }
    }
    return total
  } catch {
    return null
  }
}
