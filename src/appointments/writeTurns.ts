import type { Payload, PayloadRequest } from 'payload'

/** What an operation passes to the adapter so its statements join the open transaction. */
export type WriteReq = Partial<PayloadRequest>

type Op<T> = (req: WriteReq) => Promise<T>
type Pending = { op: Op<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void }
type Batch = { waiting: Pending[]; scheduled: boolean }

const batches = new WeakMap<Payload, Batch>()

/** SQLite has one writer: every write there goes inside a transaction (they take turns, src/config/sqliteWrites.ts). */
export const isSqlite = (payload: Payload): boolean => payload.db.name === 'sqlite'

/**
 * Runs a write alone in its own transaction on SQLite: all of it or none of it. Elsewhere (MongoDB)
 * the callers make each change one single-document write, atomic by itself, and run it directly.
 */
export async function writeAlone<T>(payload: Payload, op: Op<T>): Promise<T> {
  if (!isSqlite(payload)) return op({})
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  try {
    const result = await op({ transactionID } as WriteReq)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    throw error
  }
}

/**
 * Runs a write together with the others that arrive on the same turn of the event loop: one
 * transaction, so one sync to disk for all (with synchronous FULL the sync is most of a commit).
 * Only for operations made of single statements that either apply or fail whole (an insert a
 * unique index refuses): SQLite undoes the refused statement and the transaction goes on, so a
 * failure is the failing caller's alone. Each caller hears of its write once it is committed.
 */
export function writeInBatch<T>(payload: Payload, op: Op<T>): Promise<T> {
  if (!isSqlite(payload)) return op({})
  let batch = batches.get(payload)
  if (!batch) batches.set(payload, (batch = { waiting: [], scheduled: false }))
  const queued = batch
  return new Promise<T>((resolve, reject) => {
    queued.waiting.push({ op, resolve: resolve as (value: unknown) => void, reject })
    if (!queued.scheduled) {
      queued.scheduled = true
      setImmediate(() => void flush(payload, queued))
    }
  })
}

async function flush(payload: Payload, batch: Batch): Promise<void> {
  const ops = batch.waiting.splice(0)
  batch.scheduled = false
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = []
  let transactionID: string | number | undefined
  try {
    transactionID = (await payload.db.beginTransaction()) ?? undefined
    for (const pending of ops) {
      try {
        outcomes.push({ ok: true, value: await pending.op({ transactionID } as WriteReq) })
      } catch (error) {
        outcomes.push({ ok: false, error })
      }
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    for (const pending of ops) pending.reject(error)
    return
  }
  ops.forEach((pending, i) => {
    const outcome = outcomes[i]!
    if (outcome.ok) pending.resolve(outcome.value)
    else pending.reject(outcome.error)
  })
}

const indexes = new WeakMap<Payload, Promise<unknown>>()

/**
 * MongoDB builds a collection's indexes in the background after connecting; until the unique
 * ones exist, two bookings could hold one place. Waits for them once per process (mongoose's
 * Model.init resolves when they are built). SQLite creates them with the table.
 */
export async function uniqueIndexesBuilt(payload: Payload, collection: string): Promise<void> {
  if (isSqlite(payload)) return
  let ready = indexes.get(payload)
  if (!ready) {
    const model = (payload.db as unknown as { collections?: Record<string, { init?: () => Promise<unknown> }> }).collections?.[collection]
    ready = model?.init?.() ?? Promise.resolve()
    indexes.set(payload, ready)
  }
  await ready
}
