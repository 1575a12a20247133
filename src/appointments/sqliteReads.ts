import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import { isSqlite } from './writeTurns'

/**
 * The embedded database's own client, for the few reads the booking flow makes on every request
 * (places taken and held, a confirmation's twin): asked in SQL, they skip the adapter's query
 * building and per-field transform, which cost more than the reads. Outside a transaction, on the
 * client's own connection. Undefined on MongoDB, where callers read through the adapter.
 */
export function sqliteClientOf(payload: Payload): Client | undefined {
  return isSqlite(payload) ? (payload.db as unknown as { client?: Client }).client : undefined
}
