/**
 * `npm start`: the whole system on the embedded default. Starts the Next.js server with the
 * admin, REST and GraphQL at once, and meanwhile prepares the database (seeding the demo network
 * when it is empty, before the server may open it) and generates the sites. The server is the
 * production build an earlier start prepared from the same sources, or else Next's development
 * server while such a build is prepared for the next start (src/start/preparedBuild.ts).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import type { SeedReport } from '../src/seed'

import { appFingerprint } from '../src/config/appFingerprint'
import { resolveSecret } from '../src/config/secret'
import { startEnvironment } from '../src/config/startEnvironment'
import { buildDate, siteBuildSettings } from '../src/jobs/buildSettings'
import { printDemoLogins } from '../src/seed/printDemoLogins'
import { knownSeeded } from '../src/start/networkProbe'
import { chooseStartServer, prepareBuild, preparedBuildDir, readyPreparedBuild } from '../src/start/preparedBuild'
import { closeStartGate } from '../src/start/startGate'
import { warmUp } from '../src/start/warmUp'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm start [-- --no-seed] [--no-build] [--dev]

Starts Chancery: serves the admin at http://localhost:$PORT/admin, REST at /api, GraphQL at
/api/graphql and the generated sites at /sites/<mission>/<locale>/; meanwhile seeds the demo
network if the database is empty (the admin and the API wait until its accounts exist; the
rest of it follows within seconds) and generates every mission's site once it is seeded.

The first start serves Next's development server, which compiles the admin on its first request
(a minute or so on two cores), and once the sites are generated it prepares a production build
in the background, at low priority (a few minutes), into NEXT_DIST_DIR-production (by default
.next-production). Every later start on the same sources serves that build: the admin answers in
seconds. After a change to the code the next start is a development one again and prepares a new
build.

Options:
  --no-seed     do not seed an empty database
  --no-build    do not regenerate the sites before starting
  --dev         always Next's development server (it recompiles what you edit); prepare no build
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
  const unknown = args.filter((a) => !['--no-seed', '--no-build', '--dev'].includes(a))
  if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')}; see npm start -- --help`)
  const port = process.env.PORT ?? '3000'
  if (!/^\d{2,5}$/.test(port)) throw new Error(`PORT must be a port number such as 3000, got "${port}"`)
  const seed = !args.includes('--no-seed')
  const build = !args.includes('--no-build')
  const dev = args.includes('--dev')

  const env = startEnvironment(process.env, port)
  const started = Date.now()
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const dataDir = path.resolve(root, env.DATA_DIR ?? 'data')
  const distDir = env.NEXT_DIST_DIR || '.next'
  const prepared = dev ? null : readyPreparedBuild(root, distDir, appFingerprint(root))
  const choice = chooseStartServer({ dev, ready: prepared !== null })
  // A database that holds a network needs no seed, and the server may open it at once; any other
  // waits behind the gate until this process has seeded it (src/start/startGate.ts).
  const gate = seed && !(await knownSeeded(env, root)) ? closeStartGate(dataDir) : null

  // The server starts first, so that Next compiles while the database is prepared.
  console.log(
    `\nChancery admin:  http://localhost:${port}/admin\nREST API:        http://localhost:${port}/api\n` +
      `GraphQL:         http://localhost:${port}/api/graphql\nSites:           http://localhost:${port}/sites/ (e.g. /sites/ministry/es/, /sites/madrid/es/)\n` +
      (gate ? 'The admin and the API answer once the demo accounts exist; the sites, once the demo network is seeded and they are generated.\n' : ''),
  )
  const serverEnv = { ...env, ...gate?.env, NEXT_TELEMETRY_DISABLED: '1' }
  if (prepared) {
    console.log(
      `Serving the production build an earlier start prepared from these sources (${prepared}).\n` +
        'After a change to the code the next start uses the development server and prepares a new one; npm start -- --dev always does.\n',
    )
  }
  const next = prepared
    ? // The production server (scripts/serve.ts), with the development secret this data folder keeps.
      spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'serve.ts'), '--port', port, '--hostname', '0.0.0.0'], {
        cwd: root,
        stdio: 'inherit',
        env: { ...serverEnv, NODE_ENV: 'production', NEXT_DIST_DIR: prepared, PAYLOAD_SECRET: resolveSecret({ PAYLOAD_SECRET: env.PAYLOAD_SECRET }, dataDir), CHANCERY_SCHEMA_PUSHED_BY_START: '1' },
      })
    : spawn(path.join(root, 'node_modules', '.bin', 'next'), ['dev', '--port', port], { cwd: root, stdio: 'inherit', env: serverEnv })
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
        // Once the accounts exist the admin may answer (no first-user form): the rest of the
        // network is written while the server opens the database and a person signs in.
        const accountsReady = (credentials: SeedReport['credentials']) => {
          printDemoLogins(credentials, process.env.DATA_DIR ?? 'data')
          gate.open()
          console.log(`The demo accounts are ready in ${seconds(started)} s: the admin answers; the rest of the demo network follows.`)
        }
        await seedDemoNetwork(payload, { log: (line) => console.log(`  ${line}`), accountsReady })
      }
      gate.open()
      console.log(`Database ready in ${seconds(started)} s.`)
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
    if (choice.prepareAfter) {
      await admin // without a site build, it still waits for the admin's compile
      prepareForNextStart(root, distDir, running)
    }
  } finally {
    gate?.open()
    await payload?.destroy()
  }
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)

/** In the background, once the admin answers and the sites are generated: it waits for nothing. */
function prepareForNextStart(root: string, distDir: string, running: () => boolean): void {
  const started = Date.now()
  console.log(`Preparing a production build for the next npm start, in the background at low priority (into ${preparedBuildDir(distDir)}, a few minutes): the next start's admin then answers in seconds.`)
  prepareBuild(root, distDir, () => {}).then(
    (result) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      if (result === 'ready') console.log(`The production build for the next start is ready (${seconds} s).`)
      else console.log(`The code changed while the production build for the next start was made (${seconds} s): the next start prepares another.`)
    },
    (error: unknown) => {
      // Stopped with the server (Ctrl-C): nothing to say; else the next start simply prepares it again.
      if (running()) console.log(`The production build for the next start failed; the next start uses the development server and tries again.\n${error instanceof Error ? error.message : String(error)}`)
    },
  )
}

/** Set once the server runs: a start that fails stops it too, rather than leave it serving. */
let stopServerOnFailure = () => {}

main().catch((error: unknown) => {
  stopServerOnFailure()
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
