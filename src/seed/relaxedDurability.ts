import type { Payload } from 'payload'

import { setTransactionSynchronous } from '../config/sqliteConnections'

type SqlClient = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

function sqliteClient(payload: Payload): SqlClient | null {
  const db = payload.db as unknown as { name?: string; client?: Partial<SqlClient> }
  return db.name === 'sqlite' && typeof db.client?.execute === 'function' ? (db.client as SqlClient) : null
}

/**
 * Runs `work` with SQLite's fsync after every statement switched off, then restores the
 * previous setting. The seed makes hundreds of writes (a document, then each translation), each
 * its own transaction: waiting for the disk at every commit (4 ms here, synchronous FULL) made
 * it seconds slower. Both the client's own connection and the kept connections that run
 * transactions (src/config/sqliteConnections.ts) are relaxed. The price is durability during
 * the run only: a machine crash mid-seed may leave a damaged demo database, which is deleted
 * and seeded again. Other databases are left as they are.
 */
export async function withRelaxedDurability<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const client = sqliteClient(payload)
  if (!client) return work()
  const { rows } = await client.execute('PRAGMA synchronous')
  const previous = Number(Object.values(rows[0] ?? {})[0] ?? 2)
  await client.execute('PRAGMA synchronous = OFF')
  const previousInTransactions = setTransactionSynchronous(client, 'OFF')
  try {
    return await work()
  } finally {
    if (previousInTransactions !== null) setTransactionSynchronous(client, previousInTransactions)
    await client.execute(`PRAGMA synchronous = ${Number.isInteger(previous) && previous >= 0 && previous <= 3 ? previous : 2}`)
  }
}
