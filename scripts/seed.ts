/**
 * `npm run seed`: writes the demo network (Ecuador's foreign ministry) into the database.
 * Safe to run again: what exists is left alone, and no password is ever reset.
 */
process.env.DISABLE_PAYLOAD_HMR = 'true'

const HELP = `Usage: npm run seed [-- --help]

Seeds the demo network into the database: the Ministry of Foreign Affairs and Human Mobility
of Ecuador, 23 missions with their offices, services, press releases, pages and social accounts,
and one demo login per role. Addresses, numbers and names are invented and flagged as sample data.

Running it again creates nothing and changes nothing; existing users keep their passwords.
Passwords of newly created demo users are printed once and saved to <DATA_DIR>/demo-logins.txt
(readable by you only).

Environment:
  DATABASE_URL    unset or file:… → SQLite under data/ (default); mongodb://… → MongoDB
  DATA_DIR        where the SQLite file, uploads, the development secret and demo-logins.txt live (default data/)
  PAYLOAD_SECRET  required when NODE_ENV=production
`

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP)
    return
  }
  if (args.length > 0) throw new Error(`unknown option ${args.join(' ')}; see npm run seed -- --help`)

  const started = Date.now()
  const path = await import('node:path')
  const { fileURLToPath } = await import('node:url')
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../src/config/createConfig')
  const { seedDemoNetwork } = await import('../src/seed')
  const { printDemoLogins } = await import('../src/seed/printDemoLogins')

  const payload = await getPayload({ config: createConfig(process.env) })
  try {
    console.log('Seeding the demo network…')
    const report = await seedDemoNetwork(payload, { log: (line) => console.log(`  ${line}`) })
    console.log('\nSummary:')
    for (const collection of Object.keys(report.created)) {
      console.log(`  ${collection.padEnd(18)} ${String(report.created[collection]).padStart(4)} created  ${String(report.unchanged[collection]).padStart(4)} unchanged`)
    }
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
    // The same directory createConfig uses, so the logins sit beside the database they open.
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
    const file = printDemoLogins(report.credentials, path.resolve(root, process.env.DATA_DIR ?? 'data'))
    if (!file) console.log('No user was created, so no password is shown (existing passwords are never reset).')
  } finally {
    await payload.destroy()
  }
}

// If module loading or Payload's start-up stalls, Node would drain its event loop and exit 0
// with nothing seeded; say so and fail instead.
let finished = false
process.on('beforeExit', () => {
  if (finished) return
  console.error('Seeding failed: the process stopped before the seed finished (start-up or loading stalled). Run it again.')
  process.exit(1)
})

main().then(
  () => {
    finished = true
    process.exit(0)
  },
  (error: unknown) => {
    finished = true
    const details = (error as { data?: { errors?: { path: string; message: string }[] } })?.data?.errors
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`)
    for (const e of details ?? []) console.error(`  ${e.path}: ${e.message}`)
    process.exit(1)
  },
)
