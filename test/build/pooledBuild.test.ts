import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites, type BuildOptions, type BuildSummary } from '../../src/build/buildSites'
import { buildWorkerCount, runningBuildWorkers, WORKERS_ENV } from '../../src/build/pool/buildPool'
import { seedNetwork } from '../../src/bench/seedNetwork'
import { startSeededPayload } from '../support/seededNetwork'
import { startTestPayload, type TestPayload } from '../support/testPayload'

const today = '2026-11-25'

/** Every file under `dir` (site links followed, as a web server serves them), path → bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name)
      const full = path.join(dir, child)
      if (fs.statSync(full).isDirectory()) walk(child)
      else files.set(child, fs.readFileSync(full))
    }
  }
  walk('')
  return files
}

// A site's manifest (the writer's own state, never served) lists the search index's files in the
// order Pagefind hands them over, which varies from run to run; it is compared as the map it is.
const MANIFEST = /\.manifest\.json$/
const sortedManifest = (bytes: Buffer) => {
  const { generation, files } = JSON.parse(bytes.toString('utf8')) as { generation: number; files: Record<string, string> }
  return { generation, files: Object.fromEntries(Object.entries(files).sort(([x], [y]) => (x < y ? -1 : 1))) }
}
const sameFile = (file: string, a: Buffer, b: Buffer) => a.equals(b) || (MANIFEST.test(file) && JSON.stringify(sortedManifest(a)) === JSON.stringify(sortedManifest(b)))

/** What a summary says apart from the time it took (and the order of Pagefind's files among the changed ones). */
const shape = (s: BuildSummary) => ({
  ...s,
  seconds: 0,
  sites: s.sites.map((site) => ({ ...site, changed: [...site.changed].sort() })),
  searchIndexes: s.searchIndexes && { ...s.searchIndexes, seconds: 0 },
})

/**
 * Builds the network into two empty folders, in this process and with two build workers, and
 * checks that the files are byte for byte the same and the summaries say the same.
 */
async function compareBuilds(t: TestPayload, extra: Partial<BuildOptions> = {}): Promise<{ files: number; pooled: BuildSummary }> {
  const options = (name: string): BuildOptions => ({ outDir: path.join(t.dataDir, name), mediaDir: path.join(t.dataDir, 'media'), today, now: new Date('2026-11-25T10:00:00Z'), ...extra })
  const progress: [string, unknown[]][] = []
  const tell = (name: string) => (...args: unknown[]) => progress.push([name, args])
  const single = await buildSites(t.payload, { ...options('single'), workers: 1, onProgress: tell('single') })
  const pooled = await buildSites(t.payload, { ...options('pooled'), workers: 2, onProgress: tell('pooled') })
  expect(runningBuildWorkers()).toBe(0)

  const a = filesOf(path.join(t.dataDir, 'single'))
  const b = filesOf(path.join(t.dataDir, 'pooled'))
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort())
  const differing = [...a].filter(([file, bytes]) => !sameFile(file, bytes, b.get(file)!)).map(([file]) => file)
  expect(differing).toEqual([])
  expect(shape(pooled)).toEqual(shape(single))
  // Progress is told as a build in one process tells it, whatever order the workers finish in.
  const told = (name: string) => progress.filter(([n]) => n === name).map(([, args]) => args)
  expect(told('pooled')).toEqual(told('single'))
  expect(told('single').length).toBe(single.sites.filter((s) => s.site !== 'ministry').length)
  return { files: a.size, pooled }
}

describe('a build with build workers', () => {
  let demo: TestPayload
  let bench: TestPayload
  beforeAll(async () => {
    ;[demo, bench] = await Promise.all([
      startSeededPayload(),
      startTestPayload().then(async (t) => {
        // Nine missions: three batches of the build's four, so both workers take more than one.
        await seedNetwork(t.payload, { missions: 9, locales: 2, releases: 12 })
        return t
      }),
    ])
  }, 300_000)
  afterAll(async () => {
    await Promise.all([demo?.close(), bench?.close()])
  })

  it('writes the demo network byte for byte as a build in one process does, search indexes included', async () => {
    const { files, pooled } = await compareBuilds(demo)
    expect(files).toBeGreaterThan(1000)
    expect(pooled.searchIndexes!.sites).toBe(pooled.sites.length)
    expect(pooled.sites.at(-1)!.site).toBe('ministry')
  }, 300_000)

  it('writes a seeded benchmark network byte for byte as a build in one process does', async () => {
    const { files, pooled } = await compareBuilds(bench, { searchIndex: false })
    expect(files).toBeGreaterThan(500)
    expect(pooled.sites.map((s) => s.site).sort()).toEqual(['ministry', ...Array.from({ length: 9 }, (_, i) => `mission-${String(i + 1).padStart(4, '0')}`)])
  }, 300_000)

  it('fails with the site named when a worker cannot build it, and leaves no worker running', async () => {
    const build = buildSites(bench.payload, { outDir: path.join(bench.dataDir, 'broken'), mediaDir: path.join(bench.dataDir, 'no-such-media'), today, workers: 2, searchIndex: false })
    await expect(build).rejects.toThrow(/The site "mission-000\d" could not be built \(build worker \d\): .*ENOENT.*no-such-media/s)
    expect(runningBuildWorkers()).toBe(0)
  }, 120_000)
})

describe('buildWorkerCount', () => {
  it('takes the option, else CHANCERY_BUILD_WORKERS, else one per CPU, and refuses anything but a whole number from 1', () => {
    expect(buildWorkerCount(3, { [WORKERS_ENV]: '5' })).toBe(3)
    expect(buildWorkerCount(undefined, { [WORKERS_ENV]: '5' })).toBe(5)
    expect(buildWorkerCount(undefined, {})).toBeGreaterThanOrEqual(1)
    expect(() => buildWorkerCount(undefined, { [WORKERS_ENV]: 'two' })).toThrow(/CHANCERY_BUILD_WORKERS.*"two"/)
    expect(() => buildWorkerCount(0)).toThrow(/workers option/)
  })
})
