/**
 * `npm start`: the whole system on the embedded default. Starts the Next.js server with the
 * admin, REST and GraphQL at once, and meanwhile prepares the database (seeding the demo network
 * when it is empty, before the server may open it) and generates the sites.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { startEnvironment } from '../src/config/startEnvironment'
import { buildDate, siteBuildSettings } from '../src/jobs/buildSettings'
import { printDemoLogins } from '../src/seed/printDemoLogins'
import { knownSeeded } from '../src/start/networkProbe'
import { closeStartGate } from '../src/start/startGate'
import { warmUp } from '../src/start/warmUp'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm start [-- --no-seed]

Starts Chancery: serves the admin at http://localhost:$PORT/admin, REST at /api, GraphQL at
/api/graphql and the generated sites at /sites/<mission>/<locale>/; meanwhile seeds the demo
network if the database is empty (the admin and the API wait for it) and generates every
mission's site.

Options:
  --no-seed     do not seed an empty database
  --no-build    do not regenerate the sites before starting
  --help        show this help

Environment:
  PORT            port to listen on (default 3000)
  DATABASE_URL    unset or file:… → SQLite under data/ (default); mongodb://… → MongoDB
  PAYLOAD_SECRET  required in production; generated once under data/ in development
  DATA_DIR        where the SQLite file, uploads and the development secret live (default data/)
  SITES_DIR       where the generated sites are written and served from (default dist/sites)
  SITES_PUBLIC_URL  the sites' address in pages and feeds (default http://localhost:$PORT/sites)
`

/** How long the sites' build waits for the admin's first compile before it goes ahead anyway. */
const ADMIN_WARM_UP_MS = 180_000

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP)
    return
  }
  const unknown = args.filter((a) => !['--no-seed', '--no-build'].includes(a))
  if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')}; see npm start -- --help`)
  const port = process.env.PORT ?? '3000'
  if (!/^\d{2,5}$/.test(port)) throw new Error(`PORT must be a port number such as 3000, got "${port}"`)
  const seed = !args.includes('--no-seed')
  const build = !args.includes('--no-build')

  const env = startEnvironment(process.env, port)
  const started = Date.now()
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  // A database that holds a network needs no seed, and the server may open it at once; any other
  // waits behind the gate until this process has seeded it (src/start/startGate.ts).
  const gate = seed && !(await knownSeeded(env, root)) ? closeStartGate(path.resolve(root, env.DATA_DIR ?? 'data')) : null

  // The server starts first, so that Next compiles while the database is prepared.
  console.log(
    `\nChancery admin:  http://localhost:${port}/admin\nREST API:        http://localhost:${port}/api\n` +
      `GraphQL:         http://localhost:${port}/api/graphql\nSites:           http://localhost:${port}/sites/ (e.g. /sites/ministry/es/, /sites/madrid/es/)\n` +
      (gate ? 'The admin and the API answer once the demo network is seeded; the sites, once they are generated.\n' : ''),
  )
  const next = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['dev', '--port', port], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...gate?.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  const running = () => next.exitCode === null && next.signalCode === null
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
  next.on('exit', (code) => process.exit(code ?? 0))
  stopServerOnFailure = () => next.kill('SIGTERM')

  // Compiles the admin in the background; once it answers, the server's Payload is up as well.
  const base = `http://127.0.0.1:${port}`
  const admin = warmUp(base, '/admin', ADMIN_WARM_UP_MS, running)

  let payload: Payload | null = null
  const openPayload = async () => {
    const { getPayload } = await import('payload')
    const { createConfig } = await import('../src/config/createConfig')
    return getPayload({ config: createConfig(process.env) })
  }
  try {
    if (gate) {
      payload = await openPayload()
      const { isNetworkEmpty, seedDemoNetwork } = await import('../src/seed')
      if (await isNetworkEmpty(payload)) {
        console.log('The database is empty: seeding the demo network…')
        const report = await seedDemoNetwork(payload, { log: (line) => console.log(`  ${line}`) })
        printDemoLogins(report.credentials, process.env.DATA_DIR ?? 'data')
      }
      gate.open()
      console.log(`Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
    }
    if (build) {
      // The admin first: the build waits for its compile rather than slow it down. On a seeded
      // database the server's Payload, up by then, has also brought the schema up to date, so
      // this process never pushes it at the same time.
      const warmed = await admin
      if ('error' in warmed) console.log(`The admin did not answer within ${warmed.seconds.toFixed(0)} s (${warmed.error}); generating the sites anyway.`)
      void warmUp(base, '/api/users/me', ADMIN_WARM_UP_MS, running) // the sign-in posts here: compile it too
      payload ??= await openPayload()
      const { buildSites } = await import('../src/build/buildSites')
      // The settings the server's rebuild jobs will use, so a later publish writes the same addresses.
      const settings = siteBuildSettings(env)
      console.log(`Generating the sites into ${settings.outDir}…`)
      // Media in a bucket (S3_BUCKET): the build copies images from this machine's copy of it.
      const { fetchMissingMedia } = await import('../src/build/mediaFromBucket')
      await fetchMissingMedia(payload, settings.mediaDir, env)
      const summary = await buildSites(payload, { ...settings, today: buildDate() })
      console.log(`  ${summary.sites.length} sites, ${summary.written} files written, ${summary.unchanged} unchanged, ${summary.deleted} deleted in ${summary.seconds.toFixed(1)} s.`)
    }
  } finally {
    gate?.open()
    await payload?.destroy()
  }
}

/** Set once the server runs: a start that fails stops it too, rather than leave it serving. */
let stopServerOnFailure = () => {}

main().catch((error: unknown) => {
  stopServerOnFailure()
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
