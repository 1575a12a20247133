/**
 * `npm run bench:search`: what the sites' search index (src/search, Pagefind) costs on the
 * benchmark network of `npm run bench` (the same cached seed): a full build without and with
 * it, every site's index made alone (time, size), and publishes through the live builder
 * without and with re-indexing. Prints JSON; docs/benchmarks.md ("Search index") reports it.
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { wholeOption } from '../src/bench/wholeOption'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm run bench:search -- [--missions N] [--locales N] [--releases N] [--publishes N] [--keep]

Measures the search index on the network npm run bench builds (default 150 missions × 3
languages × 200 releases, seeded once into the same cache): a full build without the index
and one with it, every site indexed alone (seconds and bytes), and N releases published
through the live builder without re-indexing and N with it (default 20 each). Prints JSON.
`

const CHILD = 'CHANCERY_BENCH_SEARCH_SEED'
const log = (line: string) => process.stderr.write(`${line}\n`)

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      missions: { type: 'string' }, locales: { type: 'string' }, releases: { type: 'string' }, publishes: { type: 'string' },
      keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) return void process.stdout.write(HELP)
  const size = { missions: wholeOption('missions', values.missions, 150), locales: wholeOption('locales', values.locales, 3), releases: wholeOption('releases', values.releases, 200) }
  const { copyCachedNetwork, isCached, startBenchPayload } = await import('../src/bench/benchDatabase')
  // Seeding holds a whole network's writes: a process of its own, as npm run bench does.
  if (!isCached(size)) await seedInChild(size)
  const { dir } = copyCachedNetwork(size)
  try {
    const payload = await startBenchPayload(dir)
    try {
      const { measureSearch } = await import('../src/search/measureSearch')
      const result = await measureSearch(payload, dir, size, wholeOption('publishes', values.publishes, 20), log)
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    } finally {
      await payload.destroy()
    }
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true })
    else log(`Kept: ${dir}`)
  }
}

function seedInChild(size: { missions: number; locales: number; releases: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, [CHILD]: JSON.stringify(size) }, stdio: ['ignore', 2, 'inherit', 'ipc'] })
    proc.on('error', reject)
    proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding exited with code ${code}`))))
  })
}

const seeding = process.env[CHILD]
;(seeding ? import('../src/bench/benchDatabase').then(({ ensureCachedNetwork }) => ensureCachedNetwork(JSON.parse(seeding), log)) : main()).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:search failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
