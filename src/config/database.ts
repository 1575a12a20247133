import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { runCallbacksAfterCommit } from './afterCommit'
import { committedMigrations, MIGRATION_DIR, migrateUnlessPushed } from './productionMigrations'
import { reuseTransactionConnections } from './sqliteConnections'
import { BUSY_TIMEOUT_MS, takeTurnsWriting } from './sqliteWrites'

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string }
  | { kind: 'mongodb'; url: string }

export const SQLITE_FILE = 'chancery.db'

/**
 * Reads DATABASE_URL: unset selects the embedded SQLite file in the data directory, `file:` another SQLite file,
 * `mongodb://` or `mongodb+srv://` selects MongoDB. Anything else is refused
 * rather than guessed at.
 */
export function chooseDatabase(databaseUrl: string | undefined, dataDir = 'data'): DatabaseChoice {
  const url = databaseUrl?.trim()
  if (!url) return { kind: 'sqlite', url: `file:${path.join(dataDir, SQLITE_FILE)}` }
  if (url.startsWith('file:')) return { kind: 'sqlite', url }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return { kind: 'mongodb', url }
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "mongodb://" / "mongodb+srv://" (MongoDB); got "${url.split(':')[0]}:…". ` +
      'Unset it to use the embedded SQLite database under data/.',
  )
}

/** Only the chosen adapter is imported, so a SQLite deployment never loads mongoose and vice versa. */
export async function databaseAdapter(choice: DatabaseChoice): Promise<DatabaseAdapterObj> {
  if (choice.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    const adapter = mongooseAdapter({ url: choice.url })
    return { ...adapter, init: (args) => runCallbacksAfterCommit(adapter.init(args)) }
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  // libsql creates the database file, not its folder: a production server given a new DATA_DIR starts from nothing.
  const file = choice.url.replace(/^file:(\/\/)?/, '').split('?')[0]!
  if (file && !file.startsWith(':memory:')) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const synchronous = 'FULL'
  const adapter = sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    // Transactions on, so a write the database rejects halfway leaves the stored document as it was.
    transactionOptions: {},
    // The server, the jobs runner and the command-line scripts read and write at once: in WAL mode
    // readers never wait for a writer, and a writer of another process is waited for, not refused.
    // synchronous FULL: a save is on disk when it returns.
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous },
    busyTimeout: BUSY_TIMEOUT_MS,
    // Schema push is off in production: the production server runs the committed migrations as
    // it connects (a fresh data folder gets its tables), except on a pushed database (migrateUnlessPushed).
    migrationDir: MIGRATION_DIR,
    prodMigrations: await committedMigrations(),
  })
  return {
    ...adapter,
    init: (args) => runCallbacksAfterCommit(takeTurnsWriting(migrateUnlessPushed(reuseTransactionConnections(adapter.init(args), { busyTimeoutMs: BUSY_TIMEOUT_MS, synchronous })))),
  }
}
