import { createClient, type Client, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'
import type { BaseDatabaseAdapter } from 'payload'

type ConnectionSettings = { busyTimeoutMs: number; synchronous?: string }
type ClientConfig = Parameters<typeof createClient>[0]

const BEGIN: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' }

/**
 * The libsql client hands its own connection to each transaction and opens a fresh one for what
 * comes next. A fresh connection parses the whole schema again on its first statement and keeps
 * none of its predecessor's settings, so every save paid for a cold connection: under a hundred
 * bookings a second, preparing statements on new connections was a quarter of the server's time
 * (docs/benchmarks.md, booking under load). Here transactions run on a few connections of their
 * own, kept open and reused, each set up once (busy timeout, sync mode), while reads outside a
 * transaction stay on the client's first connection.
 */
export function reuseTransactionConnections<T extends BaseDatabaseAdapter>(adapter: T, settings: ConnectionSettings): T {
  const connect = adapter.connect!
  adapter.connect = async function (this: T & { client?: Client; clientConfig?: ClientConfig; payload?: { logger: { error: (msg: string) => void } } }, options) {
    await connect.call(this, options)
    const client = this.client
    if (!client || pooled.has(client) || !this.clientConfig) return
    pooled.add(client)
    const config = this.clientConfig
    const spare: Client[] = []
    // Each connection's sync mode, set again before a transaction when setTransactionSynchronous changed it.
    const levels = new WeakMap<Client, string | undefined>()
    const open = async (): Promise<Client> => {
      const connection = createClient(config)
      await connection.execute(`PRAGMA busy_timeout = ${settings.busyTimeoutMs}`)
      levels.set(connection, undefined)
      return connection
    }
    let synchronous = settings.synchronous
    relaxers.set(client, (level) => {
      const previous = synchronous
      synchronous = level ?? settings.synchronous
      return previous
    })
    client.transaction = async (mode: TransactionMode = 'write') => {
      const connection = spare.pop() ?? (await open())
      try {
        // SQLite refuses to change it inside a transaction: here, between two.
        if (synchronous && levels.get(connection) !== synchronous) {
          await connection.execute(`PRAGMA synchronous = ${synchronous}`)
          levels.set(connection, synchronous)
        }
        await connection.execute(BEGIN[mode])
      } catch (error) {
        spare.push(connection)
        throw error
      }
      return pooledTransaction(connection, () => spare.push(connection), (message) => this.payload?.logger.error(message))
    }
    const close = client.close.bind(client)
    client.close = () => {
      for (const connection of spare.splice(0)) connection.close()
      close()
    }
  }
  return adapter
}

const pooled = new WeakSet<object>()
const relaxers = new WeakMap<object, (level: string | undefined) => string | undefined>()

/**
 * Sets the sync mode of the transactions that `client` begins from now on (undefined: back to the
 * adapter's setting) and returns the one before, or null for a client without kept connections.
 * For a bulk load that may lose its last writes in a crash (the demo seed, src/seed/relaxedDurability.ts).
 */
export function setTransactionSynchronous(client: object, level: string | undefined): string | undefined | null {
  const relax = relaxers.get(client)
  return relax ? relax(level) : null
}

/**
 * A transaction on a kept connection: ending it, whichever way, gives the connection back. A
 * failed COMMIT is also logged here: Payload's transaction wrapper drops the error (drizzle rolls
 * back, the caller is told nothing), and a save would be lost in silence.
 */
function pooledTransaction(connection: Client, giveBack: () => void, logError: (message: string) => void): Transaction {
  let open = true
  const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    try {
      await connection.execute(statement)
    } catch (error) {
      // A failed COMMIT leaves the transaction open (SQLITE_BUSY): undo it before the connection goes back.
      if (statement === 'COMMIT') {
        logError(`SQLite COMMIT failed, the transaction was rolled back: ${(error as Error)?.message ?? String(error)}`)
        await connection.execute('ROLLBACK').catch(() => undefined)
      }
      throw error
    } finally {
      open = false
      giveBack()
    }
  }
  const live = () => {
    if (!open) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
  }
  return {
    execute: async (statement: InStatement): Promise<ResultSet> => {
      live()
      return connection.execute(statement)
    },
    batch: async (statements: InStatement[]): Promise<ResultSet[]> => {
      live()
      const results: ResultSet[] = []
      for (const statement of statements) results.push(await connection.execute(statement))
      return results
    },
    // The client's own executeMultiple rolls back any transaction open on its connection.
    executeMultiple: async () => {
      throw new Error('executeMultiple is not available inside a transaction on a kept connection')
    },
    commit: () => end('COMMIT'),
    rollback: () => end('ROLLBACK'),
    close: () => void end('ROLLBACK').catch(() => undefined),
    get closed() {
      return !open
    },
  } as Transaction
}
