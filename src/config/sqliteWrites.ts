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
    let release!: () => void
    const done = new Promise<void>((resolve) => (release = resolve))
    const previous = last
    last = previous.then(() => done)
    await waitAtMost(previous, QUEUE_WAIT_MS)
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
  return adapter
}


async function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}
