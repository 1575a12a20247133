import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { getPayload, type Payload } from 'payload'

import { createConfig } from '../config/createConfig'
import { seedNetwork, type NetworkSize } from './seedNetwork'

/** Bumped whenever the seed changes, so that a cache of an older network is not reused. */
const SEED_VERSION = 2

export const CACHE_ROOT = path.join(os.tmpdir(), 'chancery-bench-cache')

export type BenchDirectory = { dir: string; databaseUrl: string }

/**
 * The schema the cached database was made with, from the generated types: a database cached
 * before a collection changed is seeded again rather than pushed to the new schema, which
 * drizzle's SQLite push can fail at on a full database (it rebuilds tables and their indexes).
 */
export function schemaDigest(): string {
  const types = fileURLToPath(new URL('../payload-types.ts', import.meta.url))
  return createHash('sha256').update(fs.readFileSync(types)).digest('hex').slice(0, 8)
}

export const cacheKey = (size: NetworkSize) => `v${SEED_VERSION}-${schemaDigest()}-m${size.missions}-l${size.locales}-r${size.releases}`

export async function startBenchPayload(dir: string): Promise<Payload> {
  const config = createConfig({
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    DATA_DIR: dir,
    // Where the rebuild jobs write: the sites the bench builds.
    SITES_DIR: path.join(dir, 'sites'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    NODE_ENV: 'development',
  })
  return getPayload({ config, key: dir })
}

/**
 * Seeding 100,000 pages' worth of content takes minutes, so the seeded database and its media
 * are kept under the system's temporary folder, keyed by the network's size, and copied for
 * every run.
 */
export const isCached = (size: NetworkSize) => fs.existsSync(path.join(CACHE_ROOT, cacheKey(size), 'complete'))

/** Networks of this size cached for an earlier schema: never used again, and each is hundreds of megabytes. */
function forgetOtherSchemas(size: NetworkSize): void {
  if (!fs.existsSync(CACHE_ROOT)) return
  const current = cacheKey(size)
  const sameSize = `-m${size.missions}-l${size.locales}-r${size.releases}`
  for (const name of fs.readdirSync(CACHE_ROOT)) {
    if (name !== current && name.endsWith(sameSize)) fs.rmSync(path.join(CACHE_ROOT, name), { recursive: true, force: true })
  }
}

/** Seeds the network of this size into the cache, unless it is there already. */
export async function ensureCachedNetwork(size: NetworkSize, log: (line: string) => void): Promise<void> {
  const cached = path.join(CACHE_ROOT, cacheKey(size))
  const marker = path.join(cached, 'complete')
  if (!fs.existsSync(marker)) {
    forgetOtherSchemas(size)
    fs.rmSync(cached, { recursive: true, force: true })
    fs.mkdirSync(cached, { recursive: true })
    log(`Seeding ${size.missions} missions × ${size.locales} locales × ${size.releases} releases into ${cached} …`)
    const started = performance.now()
    const payload = await startBenchPayload(cached)
    try {
      await seedNetwork(payload, size)
    } finally {
      await payload.destroy()
    }
    fs.writeFileSync(marker, new Date().toISOString())
    log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
  } else {
    log(`Using the cached network ${cached}.`)
  }
}

/** A private copy of the cached network of this size (seeded first by ensureCachedNetwork). */
export function copyCachedNetwork(size: NetworkSize): BenchDirectory {
  const cached = path.join(CACHE_ROOT, cacheKey(size))
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-'))
  // In WAL mode the latest writes may still be in the log beside the file.
  for (const file of ['bench.db', 'bench.db-wal']) {
    if (fs.existsSync(path.join(cached, file))) fs.copyFileSync(path.join(cached, file), path.join(dir, file))
  }
  fs.cpSync(path.join(cached, 'media'), path.join(dir, 'media'), { recursive: true })
  return { dir, databaseUrl: `file:${path.join(dir, 'bench.db')}` }
}
