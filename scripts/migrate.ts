/**
 * `npm run migrate`, `npm run migrate:create -- <name>`, `npm run migrate:check`: the committed
 * SQLite migrations under src/migrations/ — run them, write the next one from the collections,
 * or say whether they are current.
 */
process.env.DISABLE_PAYLOAD_HMR = 'true'
// Connecting outside production would push the schema: never here, migrations are the point.
process.env.PAYLOAD_MIGRATING = 'true'

const HELP = `Usage:
  npm run migrate                     run the committed migrations the database has not had yet
  npm run migrate:create -- <name>    write the next migration from the collections (e.g. press_release_indexes)
  npm run migrate:check               say whether src/migrations/ matches the collections (exit 1 if not)

The production server (npm run serve) runs the migrations itself as it starts; \`npm run migrate\`
is for running them as a deploy step before it. On a database made by schema push (npm start,
npm run seed without NODE_ENV=production, the tests) no migration is run: it says so and stops.
MongoDB needs no migrations: with DATABASE_URL=mongodb://… \`migrate\` does nothing.

After changing a collection's fields or indexes: npm run migrate:create -- <what-changed>, then
commit the .ts and .json it writes under src/migrations/ with the change (the test
test/config/migrations.test.ts fails until then).

Environment (for migrate): DATABASE_URL, DATA_DIR, PAYLOAD_SECRET (as npm run serve).
`

async function main(): Promise<void> {
  const [command = 'run', ...rest] = process.argv.slice(2)
  if (['--help', '-h', 'help'].includes(command) || rest.some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(HELP)
    return
  }
  if (command === 'run') {
    if (rest.length) throw new Error(`unknown option ${rest.join(' ')}; see npm run migrate -- --help`)
    return runMigrations()
  }
  if (command === 'create') {
    const [name, ...extra] = rest
    if (!name || extra.length || !/^[a-z0-9][a-z0-9_]*$/i.test(name)) {
      throw new Error('migrate:create needs one name of letters, digits and underscores saying what changed, e.g. npm run migrate:create -- press_release_indexes')
    }
    return createMigration(name)
  }
  if (command === 'check') return checkMigrations()
  throw new Error(`unknown command "${command}"; see npm run migrate -- --help`)
}

async function runMigrations(): Promise<void> {
  const started = Date.now()
  const { chooseDatabase } = await import('../src/config/database')
  if (chooseDatabase(process.env.DATABASE_URL).kind === 'mongodb') {
    console.log('DATABASE_URL is MongoDB, which needs no migrations: nothing to do.')
    return
  }
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../src/config/createConfig')
  const { appliedMigrations, committedMigrations } = await import('../src/config/productionMigrations')
  const payload = await getPayload({ config: createConfig(process.env), disableDBConnect: true, disableOnInit: true })
  try {
    // Connected here without the migrations a production connect runs, to count them before and after.
    const db = payload.db as unknown as { prodMigrations?: unknown; connect: () => Promise<void> }
    db.prodMigrations = undefined
    await db.connect()
    const client = (payload.db as unknown as { client: import('@libsql/client').Client }).client
    const before = new Set(await appliedMigrations(client))
    const migrations = await committedMigrations()
    console.log(`${migrations.length} committed migration(s), ${migrations.filter((m) => before.has(m.name)).length} already applied to ${(payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url}.`)
    await payload.db.migrate({ migrations: migrations as never })
    const ran = (await appliedMigrations(client)).filter((name) => !before.has(name))
    console.log(`${ran.length ? `Ran ${ran.join(', ')}` : 'Ran none'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  } finally {
    await payload.destroy()
  }
}

/** A Payload on the SQLite adapter that never connects: what the migrations are made from. */
async function unconnectedSqlitePayload() {
  const os = await import('node:os')
  const path = await import('node:path')
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../src/config/createConfig')
  const scratch = path.join(os.tmpdir(), 'chancery-migrations-unused')
  const config = createConfig({
    ...process.env, DATABASE_URL: `file:${path.join(scratch, 'unused.db')}`, DATA_DIR: scratch,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'chancery-migrations-only-0123456789abcdef',
  })
  return getPayload({ config, disableDBConnect: true, disableOnInit: true })
}

async function createMigration(name: string): Promise<void> {
  const fs = await import('node:fs')
  const { MIGRATION_DIR } = await import('../src/config/productionMigrations')
  const { schemaDrift } = await import('../src/config/schemaDrift')
  const payload = await unconnectedSqlitePayload()
  try {
    const drift = await schemaDrift(payload.db as never, MIGRATION_DIR)
    if (!drift.differences.length) {
      console.log(`src/migrations/ already matches the collections (latest: ${drift.latestSnapshot}); nothing to create.`)
      return
    }
    console.log(`The collections differ from ${drift.latestSnapshot ?? 'an empty database'} in ${drift.differences.length} place(s); writing the migration (drizzle-kit may ask whether a column was renamed) …`)
    const before = new Set(fs.existsSync(MIGRATION_DIR) ? fs.readdirSync(MIGRATION_DIR) : [])
    await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
    const written = fs.readdirSync(MIGRATION_DIR).filter((f) => !before.has(f))
    console.log(`Wrote ${written.map((f) => `src/migrations/${f}`).join(', ')} and updated src/migrations/index.ts: commit them with the collection change.`)
  } finally {
    await payload.destroy()
  }
}

async function checkMigrations(): Promise<void> {
  const { MIGRATION_DIR } = await import('../src/config/productionMigrations')
  const { driftMessage, schemaDrift } = await import('../src/config/schemaDrift')
  const payload = await unconnectedSqlitePayload()
  try {
    const drift = await schemaDrift(payload.db as never, MIGRATION_DIR)
    if (drift.differences.length) {
      console.error(driftMessage(drift))
      process.exitCode = 1
    } else {
      console.log(`src/migrations/ matches the collections (latest: ${drift.latestSnapshot}).`)
    }
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
