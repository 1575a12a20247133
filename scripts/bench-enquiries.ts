/**
 * `npm run bench:enquiries`: many clients post the contact form to the real server at once.
 * Reports accepted posts per second and latency, then checks the database holds exactly the
 * enquiries that were acknowledged, none twice. Results and analysis: docs/benchmarks.md.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { getPayload, type Payload } from 'payload'
import { wholeOption } from '../src/bench/wholeOption'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm run bench:enquiries -- [--clients N] [--total N] [--rate N] [--production [--reuse-build]] [--json] [--keep]

Seeds one mission in a temporary SQLite database, starts the application server on a loopback
port (next dev, or with --production Next's production build and server), and has N concurrent clients post
the contact form until TOTAL enquiries were sent, as the sites' script does (JSON answers).
Rate limits are raised for the run: one machine plays every visitor. Then it reports accepted
posts per second, latency percentiles and refusals, and checks that exactly the acknowledged
enquiries are stored, none twice.

Options:
  --clients N   concurrent clients (default 50)
  --total N     enquiries to post (default 10000)
  --rate N      post N a second in all (open loop, latency counted from when each post was due);
                unset, each client posts again as soon as it is answered (the server's saturation)
  --production  build the app with next build (into .next-bench, a few minutes) and serve it as
                npm run serve does (scripts/serve.ts: the form posts answered before Next's routing)
  --reuse-build with --production: serve the build already in .next-bench instead of building again
  --json        print one JSON object instead of a table
  --keep        keep the temporary folder (database, outbox)
  --help        show this help

Targets (issue 14): at least 200 accepted per second with p95 at most 100 ms.
`

const log = (line: string) => process.stderr.write(`${line}\n`)
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      clients: { type: 'string' }, total: { type: 'string' }, rate: { type: 'string' },
      production: { type: 'boolean', default: false }, 'reuse-build': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  return {
    ...values,
    clients: wholeOption('clients', values.clients, 50),
    total: wholeOption('total', values.total, 10_000),
    rate: values.rate === undefined ? undefined : wholeOption('rate', values.rate, 0),
  }
}

async function openPayload(dir: string): Promise<Payload> {
  const { createConfig } = await import('../src/config/createConfig')
  return getPayload({
    config: createConfig({ DATABASE_URL: `file:${path.join(dir, 'bench.db')}`, DATA_DIR: dir, PAYLOAD_SECRET: randomBytes(32).toString('hex'), NODE_ENV: 'development' }),
    key: `${dir}-${Date.now()}`,
  })
}

async function seed(dir: string): Promise<void> {
  const payload = await openPayload(dir)
  try {
    const context = { seeding: true }
    await payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', baseUrl: 'http://ministry.bench.example/' }, context })
    await payload.create({ collection: 'enquiry-topics', data: { name: 'Consular', slug: 'consular', order: 1 }, context })
    await payload.create({
      collection: 'missions', context,
      data: {
        name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid', siteLocales: ['es'], defaultLocale: 'es',
        baseUrl: 'http://madrid.bench.example/', offices: [{ name: 'Cancillería', isMain: true, address: { street: 'Calle 1', city: 'Madrid', country: 'ES' } }],
      } as never,
    })
  } finally {
    await payload.destroy()
  }
}

async function main(): Promise<void> {
  const opts = options()
  if (opts.help) {
    process.stdout.write(HELP)
    return
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-enquiries-'))
  const { startNextServer } = await import('../test/support/nextServer')
  const { checkStored, postEnquiries, summarise } = await import('../src/bench/enquiryLoad')
  try {
    log(`Seeding one mission into ${dir} …`)
    await seed(dir)
    process.env.CITIZEN_LIMIT_PER_CLIENT = String(opts.total)
    process.env.CITIZEN_LIMIT_PER_MISSION = String(opts.total * 2)
    const { productionBuildForBench } = await import('../src/bench/nextBuild')
    const productionBuild = opts.production ? productionBuildForBench(ROOT, opts['reuse-build'], log) : undefined
    log(`Starting the application server (${opts.production ? 'npm run serve, production build' : 'next dev'}) …`)
    const server = await startNextServer({ databaseUrl: `file:${path.join(dir, 'bench.db')}`, dataDir: dir, productionBuild })
    let results
    let seconds
    try {
      const load = { url: `${server.url}/citizen/enquiries`, origin: 'http://madrid.bench.example', mission: 'madrid', topic: 'consular' }
      log('Warming up (the first post compiles the route) …')
      await postEnquiries({ ...load, clients: 1, total: 20, runId: 'warm' })
      log(`Posting ${opts.total} enquiries from ${opts.clients} concurrent clients${opts.rate ? `, ${opts.rate} a second` : ''} …`)
      const started = performance.now()
      results = await postEnquiries({ ...load, clients: opts.clients, total: opts.total, runId: 'run', rate: opts.rate }, (done) => log(`  ${done} / ${opts.total}`))
      seconds = (performance.now() - started) / 1000
    } finally {
      await server.stop()
    }
    const payload = await openPayload(dir)
    let stored: string[]
    try {
      const found = await payload.find({ collection: 'enquiries', depth: 0, pagination: false, where: { idempotencyKey: { like: ':run-' } }, select: { reference: true } })
      stored = found.docs.map((d) => d.reference)
    } finally {
      await payload.destroy()
    }
    const summary = summarise(results, seconds)
    const check = checkStored(results, stored)
    const machine = `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ machine, server: opts.production ? 'production' : 'development', clients: opts.clients, rate: opts.rate ?? null, summary, check }, null, 2)}\n`)
    } else {
      const ms = (n: number) => `${n.toFixed(1)} ms`
      process.stdout.write([
        `Machine: ${machine}`,
        `Server: ${opts.production ? 'npm run serve (production build)' : 'next dev'}`,
        `Load: ${opts.rate ? `${opts.rate} posts/s in all (open loop)` : 'each client posts again once answered (saturation)'}`,
        `Clients: ${opts.clients}; posted ${summary.posted} in ${summary.seconds.toFixed(1)} s`,
        `Accepted: ${summary.accepted} (${summary.acceptedPerSecond.toFixed(0)}/s; target ≥ 200/s: ${summary.acceptedPerSecond >= 200 ? 'pass' : 'FAIL'})`,
        `Refused: ${JSON.stringify(summary.refused)}`,
        `Latency: p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)} (target ≤ 100 ms: ${summary.p95 <= 100 ? 'pass' : 'FAIL'}), p99 ${ms(summary.p99)}, max ${ms(summary.max)}`,
        `Stored: ${check.stored} for ${check.acknowledged} acknowledged; missing ${check.missing}, unexpected ${check.unexpected}, twice ${check.duplicates}`,
        '',
      ].join('\n'))
    }
  } finally {
    if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true })
    else log(`Kept ${dir}`)
  }
}

main().catch((error: unknown) => {
  console.error(`bench:enquiries failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
