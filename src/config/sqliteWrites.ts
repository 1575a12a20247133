import type { InStatement } from '@libsql/client'
import type { BaseDatabaseAdapter } from 'payload'

/** How long a write waits for another process's write before it fails as "database is locked". */
export const BUSY_TIMEOUT_MS = 5_000

/**
 * How long a transaction waits for the one before it in this process. Only a transaction that
 * is never ended (a bug) holds the queue this long; past it the next one tries its luck, and
 * SQLite refuses it as it would have without the queue.
 */
export const QUEUE_WAIT_MS = 30_000

type TransactionID = number | string

/**
 * SQLite has one writer at a time, and libsql runs each statement synchronously: a second write
 * transaction begun while another is open in the same process (the jobs runner saving a job while
 * an officer saves a release) cannot wait for it without blocking the very event loop that would
 * finish it, so SQLite answers "database is locked" at once and the save fails. Transactions of
 * this process therefore take turns, in the order they were begun.
 */
export function takeTurnsWriting<T extends BaseDatabaseAdapter>(adapter: T): T {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const releases = new Map<TransactionID, () => void>()
  let last: Promise<void> = Promise.resolve()

  /** Waits for the writer before this one (at most QUEUE_WAIT_MS); the returned function lets the next one through. */
  const takeTurn = async (): Promise<() => void> => {
    let release!: () => void
    const done = new Promise<void>((resolve) => (release = resolve))
    const previous = last
    last = previous.then(() => done)
    await waitAtMost(previous, QUEUE_WAIT_MS)
    return release
  }

  const end = (finish: (id: TransactionID) => Promise<void>) => async (incoming: TransactionID | Promise<TransactionID>) => {
    const id = await incoming
    try {
      await finish(id)
    } finally {
      releases.get(id)?.()
      releases.delete(id)
    }
  }

  adapter.beginTransaction = async (options) => {
    const release = await takeTurn()
    try {
      const id = await begin(options)
      if (id === null || id === undefined) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  adapter.commitTransaction = end(commit)
  adapter.rollbackTransaction = end(rollback)
  writeOutsideTransactionsInTurn(adapter, takeTurn)
  return adapter
}

type StatementClient = { execute: (statement: InStatement, args?: unknown) => Promise<unknown> }

/** Statements that write: everything else (reads, pragmas) runs at once. */
const WRITES = /^\s*(insert|update|delete|replace|create|drop|alter|analyze|vacuum|reindex)\b/i

/**
 * Payload also writes outside transactions, on the client's first connection: the jobs runner
 * deletes a finished job, the build refreshes the planner's statistics. Begun while a transaction
 * of this process holds the lock, such a write failed at once with "database is locked", and the
 * failed statement left that connection reading an old snapshot of the database, which every later
 * read outside a transaction saw until the statement was collected: an account created a moment
 * before could not sign in (issue 21). Those writes now take their turn with the transactions.
 */
function writeOutsideTransactionsInTurn(adapter: BaseDatabaseAdapter, takeTurn: () => Promise<() => void>): void {
  const connect = adapter.connect
  if (!connect) return
  adapter.connect = async function (this: BaseDatabaseAdapter & { client?: StatementClient }, options) {
    await connect.call(this, options)
    const client = this.client
    if (!client || inTurn.has(client)) return
    inTurn.add(client)
    const execute = client.execute.bind(client)
    client.execute = async (statement, args) => {
      const sql = typeof statement === 'string' ? statement : statement.sql
      if (!WRITES.test(sql)) return execute(statement, args)
      const release = await takeTurn()
      try {
        return await execute(statement, args)
      } finally {
        release()
      }
    }
  }
}

const inTurn = new WeakSet<object>()

async function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}
