import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { CACHE_ROOT, schemaDigest } from './benchDatabase'

/** The demo network's ministry editor, with a password only the benchmarks' copies have. */
export const DEMO_EDITOR = { email: 'editor@chancery.example', password: `bench-${'editor'.padEnd(24, '-')}` }

// Named after the schema (as npm run bench's cache): the production server pushes no schema, so
// a demo network seeded before a collection changed would answer its requests with 500.
const cacheDir = () => path.join(CACHE_ROOT, `abuse-demo-v1-${schemaDigest()}`)

export async function openDemoPayload(dir: string, secret = randomBytes(32).toString('hex')): Promise<Payload> {
  const { createConfig } = await import('../config/createConfig')
  return getPayload({
    config: createConfig({ DATABASE_URL: `file:${path.join(dir, 'chancery.db')}`, DATA_DIR: dir, PAYLOAD_SECRET: secret, NODE_ENV: 'development' }),
    key: `${dir}-${Date.now()}`,
  })
}

/**
 * The demo network and its generated sites, seeded and built once (kept under the system's
 * temporary folder), then copied into a fresh folder for every run, which the caller removes.
 */
export async function preparedDemoNetwork(log: (line: string) => void, prefix: string): Promise<string> {
  const cache = cacheDir()
  if (!fs.existsSync(path.join(cache, 'complete'))) {
    fs.rmSync(cache, { recursive: true, force: true })
    fs.mkdirSync(cache, { recursive: true })
    log(`Seeding the demo network into ${cache} (once; a few minutes) …`)
    const payload = await openDemoPayload(cache)
    try {
      const { seedDemoNetwork } = await import('../seed')
      await seedDemoNetwork(payload, { passwords: { 'ministry-editor': DEMO_EDITOR.password } })
      const { buildSites } = await import('../build/buildSites')
      const { buildDate } = await import('../jobs/buildSettings')
      log('Building the sites …')
      await buildSites(payload, { outDir: path.join(cache, 'sites'), mediaDir: path.join(cache, 'media'), today: buildDate() })
    } finally {
      await payload.destroy()
    }
    fs.writeFileSync(path.join(cache, 'complete'), new Date().toISOString())
  } else {
    log(`Using the demo network cached in ${cache}.`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.cpSync(cache, dir, { recursive: true, verbatimSymlinks: true })
  return dir
}

/** Resident memory of every process in a process group, in MiB (read from /proc). */
export function groupRssMiB(group: number): number {
  let kib = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== group) continue
      const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))
      if (rss) kib += Number(rss[1])
    } catch {
      // The process ended while it was being read.
    }
  }
  return kib / 1024
}

export const machineLine = () => `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
