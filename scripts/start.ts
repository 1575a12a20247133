/**
 * `npm start`: the whole system on the embedded default. Prepares the database (seeding the
 * demo network when it is empty), then runs the Next.js server with the admin, REST and GraphQL.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startEnvironment } from '../src/config/startEnvironment'
import { buildDate, siteBuildSettings } from '../src/jobs/buildSettings'
import { printDemoLogins } from '../src/seed/printDemoLogins'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm start [-- --no-seed]

Starts Chancery: prepares the database, seeds the demo network if the database is empty,
generates every mission's site, then serves the admin at http://localhost:$PORT/admin,
REST at /api, GraphQL at /api/graphql and the generated sites at /sites/<mission>/<locale>/.

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

  const env = startEnvironment(process.env, port)

  const started = Date.now()
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../src/config/createConfig')
  const { isNetworkEmpty, seedDemoNetwork } = await import('../src/seed')
  const payload = await getPayload({ config: createConfig(process.env) })
  try {
    if (!args.includes('--no-seed') && (await isNetworkEmpty(payload))) {
      console.log('The database is empty: seeding the demo network…')
      const report = await seedDemoNetwork(payload, { log: (line) => console.log(`  ${line}`) })
      printDemoLogins(report.credentials, process.env.DATA_DIR ?? 'data')
    }
    if (!args.includes('--no-build')) {
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
    await payload.destroy()
  }
  console.log(`Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`)

  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  console.log(
    `\nChancery admin:  http://localhost:${port}/admin\nREST API:        http://localhost:${port}/api\n` +
      `GraphQL:         http://localhost:${port}/api/graphql\nSites:           http://localhost:${port}/sites/ (e.g. /sites/ministry/es/, /sites/madrid/es/)\n`,
  )
  const next = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['dev', '--port', port], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
  next.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
