import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { buildDate, siteBuildSettings } from '../../src/jobs/buildSettings'
import { REBUILD_SITES } from '../../src/jobs/rebuildSitesJob'
import type { SiteBuildRecord } from '../../src/jobs/siteBuildRecord'
import { startSeededPayload } from '../support/seededNetwork'
import { tempDirs } from '../support/tempDirs'
import { TEST_SECRET, type TestPayload } from '../support/testPayload'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const MISSIONS = ['madrid', 'barcelona']
const RELEASES_PER_MISSION = 4
const JOBS = 'payload-jobs' as CollectionSlug

type Server = { name: string; child: ChildProcess; said: (key: string) => Promise<Record<string, unknown>>; output: () => string }

let t: TestPayload
let sitesDir: string
const temp = tempDirs('chancery-two-servers-')
const servers: Server[] = []
let env: NodeJS.ProcessEnv
let buildLog: string

/** One app server in its own process on the test's database and sites folder (test/jobs/publishingServer.ts). */
function startServer(name: string): Server {
  // In Node itself, as `npm run serve` runs: no tsx parent process between the test and the server.
  // With the `development` condition, as every script of package.json that loads Payload's config:
  // without it, Node takes Lexical's `*.node.mjs` entries, whose top-level `await import()` of
  // the real module left Node 20's loader waiting on nothing in about one start in three on a
  // busy machine, and the process ended with code 13 before printing anything.
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'test/jobs/publishingServer.ts', name, MISSIONS.join(','), String(RELEASES_PER_MISSION)], {
    cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'],
  })
  let log = ''
  const messages: Record<string, unknown>[] = []
  const waiting: { key: string; resolve: (m: Record<string, unknown>) => void }[] = []
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    log += `${line}\n`
    if (!line.startsWith('{')) return
    const message = JSON.parse(line) as Record<string, unknown>
    messages.push(message)
    for (const w of waiting.filter((w) => w.key in message)) w.resolve(message)
  })
  child.stderr!.on('data', (d) => (log += d))
  const said = (key: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const already = messages.find((m) => key in m)
      if (already) return resolve(already)
      waiting.push({ key, resolve })
      child.once('close', (code) => reject(new Error(`server ${name} exited with ${code} before saying "${key}":\n${log}`)))
    })
  return { name, child, said, output: () => log }
}

/** Waits until no rebuild is left queued or running, whichever server ran it (finished jobs are deleted); the failed ones' errors. */
async function rebuildsWhenDone(timeoutMs: number): Promise<unknown[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { docs } = await t.payload.find({ collection: JOBS, where: { taskSlug: { equals: REBUILD_SITES } }, pagination: false, depth: 0 })
    const jobs = docs as unknown as { completedAt?: string; hasError?: boolean; error?: unknown }[]
    if (jobs.every((j) => j.completedAt || j.hasError)) return jobs.filter((j) => j.hasError).map((j) => j.error ?? 'failed')
    if (Date.now() > deadline) throw new Error(`rebuilds still queued after ${timeoutMs / 1000} s:\n${servers.map((s) => s.output().slice(-5000)).join('\n')}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** Every file of a sites folder as the public sees it (through each site's link), path → bytes; the build's own state left out. */
function publicFiles(outDir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir)) {
      if (entry.startsWith('.')) continue
      const full = path.join(dir, entry)
      if (fs.statSync(full).isDirectory()) walk(full)
      else files.set(path.relative(outDir, full), fs.readFileSync(full))
    }
  }
  walk(outDir)
  return files
}

beforeAll(async () => {
  t = await startSeededPayload()
  sitesDir = temp()
  buildLog = path.join(temp(), 'builds.jsonl')
  env = {
    ...process.env,
    NODE_ENV: 'test', DATABASE_URL: t.databaseUrl, DATA_DIR: t.dataDir, SITES_DIR: sitesDir, PAYLOAD_SECRET: TEST_SECRET,
    // The schema is the copied database's; a push by each server at once would race.
    PAYLOAD_MIGRATING: 'true', DISABLE_PAYLOAD_HMR: 'true', CHANCERY_AUTORUN_JOBS: 'true',
    // Each rebuild appends who built which sites when (src/jobs/siteBuildRecord.ts).
    CHANCERY_SITE_BUILD_LOG: buildLog,
  }
  // The sites as a server finds them in production: built once, then kept up to date by the live rebuilds.
  await buildSites(t.payload, { ...siteBuildSettings(env), today: buildDate() })
}, 300_000)

afterAll(async () => {
  await Promise.all(servers.map(async ({ child }) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.stdin!.end()
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    await exited
    clearTimeout(timer)
  }))
  await t?.close()
})

describe('two app servers on one database and one sites folder', () => {
  it('publishing at once, they never run two rebuilds of one site together, and leave the sites equal to a fresh build', async () => {
    servers.push(...['a', 'b'].map(startServer))
    await Promise.all(servers.map((s) => s.said('ready')))
    for (const server of servers) server.child.stdin!.write('go\n')
    const published = await Promise.all(servers.map((s) => s.said('published')))
    expect(published.map((p) => p.published)).toEqual([MISSIONS.length * RELEASES_PER_MISSION + 1, MISSIONS.length * RELEASES_PER_MISSION + 1])

    expect(await rebuildsWhenDone(240_000)).toEqual([])
    const done = fs.readFileSync(buildLog, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SiteBuildRecord)
    const builders = new Set(done.map((r) => r.builtBy))
    console.log(`${done.length} rebuilds, by ${builders.size} server(s): ${[...builders].join(', ')}`)
    expect(done.length).toBeGreaterThan(0)

    // No two rebuilds that wrote a common site held the folder at overlapping times.
    const overlaps: string[] = []
    const span = (r: SiteBuildRecord) => [Date.parse(r.builtFrom), Date.parse(r.builtUntil)] as const
    for (const [i, x] of done.entries()) {
      for (const y of done.slice(i + 1)) {
        const common = x.siteNames.filter((site) => y.siteNames.includes(site))
        const [xFrom, xUntil] = span(x)
        const [yFrom, yUntil] = span(y)
        if (common.length && xFrom < yUntil && yFrom < xUntil) overlaps.push(`${common.join(', ')}: ${x.builtBy} ${x.builtFrom}–${x.builtUntil} and ${y.builtBy} ${y.builtFrom}–${y.builtUntil}`)
      }
    }
    expect(overlaps).toEqual([])

    // Every release of both servers is on its mission's site, and every file is what a fresh build writes.
    const live = publicFiles(sitesDir)
    for (const server of ['a', 'b']) {
      for (const mission of MISSIONS) {
        for (let i = 1; i <= RELEASES_PER_MISSION; i++) expect(live.has(path.join(mission, 'es', 'news', `${server}-${mission}-${i}`, 'index.html')), `${server}-${mission}-${i}`).toBe(true)
      }
    }
    const freshDir = temp()
    await buildSites(t.payload, { ...siteBuildSettings({ ...env, SITES_DIR: freshDir }), today: buildDate() })
    const fresh = publicFiles(freshDir)
    expect([...live.keys()].sort()).toEqual([...fresh.keys()].sort())
    const differing = [...fresh.keys()].filter((file) => !fresh.get(file)!.equals(live.get(file)!))
    expect(differing).toEqual([])
  }, 600_000)
})
