import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Client } from '@libsql/client'
import type { BaseDatabaseAdapter } from 'payload'

/** The committed SQLite migrations (`npm run migrate:create -- <name>` writes them here). */
export const MIGRATION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations')

/** The migrations the production server runs at start: src/migrations/index.ts, as Payload writes it. */
export async function committedMigrations() {
  return (await import('../migrations')).migrations
}

/** The names of the migrations run on the database, in order; none when it has no migrations table yet. */
export async function appliedMigrations(client: Pick<Client, 'execute'>): Promise<string[]> {
  if (!(await hasMigrationsTable(client))) return []
  const rows = await client.execute('SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name')
  return rows.rows.map((row) => String(row.name))
}

async function hasMigrationsTable(client: Pick<Client, 'execute'>): Promise<boolean> {
  const table = await client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
  return table.rows.length > 0
}

/**
 * The row Payload's schema push (`npm start`, tests) leaves in payload_migrations: batch -1,
 * named "dev". Payload's own `migrate` meets it with a yes/no prompt, and on "no", on a closed
 * terminal or on cancel it ends the process with exit code 0: a production server on such a
 * database would hang on the prompt or vanish without a word.
 */
export async function madeBySchemaPush(client: Pick<Client, 'execute'>): Promise<boolean> {
  if (!(await hasMigrationsTable(client))) return false
  const pushed = await client.execute('SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1')
  return pushed.rows.length > 0
}

export function pushedDatabaseNotice(databaseUrl: string): string {
  return (
    `Migrations not run: ${databaseUrl} was made by schema push (npm start, npm run seed or a test), ` +
    'which migrations cannot follow; it is left as it is, with the schema it has. For a database the migrations keep current, ' +
    'carry the content over: npm run export -- --out FILE here, then NODE_ENV=production npm run import -- FILE with DATA_DIR set to an empty folder ' +
    '(the migrations create its schema), and serve that folder.'
  )
}

type SqliteAdapter = BaseDatabaseAdapter & { client?: Client; clientConfig?: { url: string } }

/**
 * Runs the committed migrations only on a database that migrations made (or an empty one); on
 * a database made by schema push it says so in one line and leaves it as it is, instead of
 * Payload's prompt. Both the production server (Payload's prodMigrations, run as it connects)
 * and `npm run migrate` go through this.
 */
export function migrateUnlessPushed<T extends BaseDatabaseAdapter>(adapter: T): T {
  const migrate = adapter.migrate.bind(adapter)
  const sqlite = adapter as SqliteAdapter
  adapter.migrate = async (args) => {
    if (sqlite.client && (await madeBySchemaPush(sqlite.client))) {
      // npm start serving its prepared build on the database it pushes itself: expected, not a warning.
      if (process.env.CHANCERY_SCHEMA_PUSHED_BY_START === '1') sqlite.payload.logger.info('The database npm start keeps by schema push is served as it is.')
      else sqlite.payload.logger.warn(pushedDatabaseNotice(sqlite.clientConfig?.url ?? 'the database'))
      return
    }
    await migrate(args)
  }
  return adapter
}
