import type { Payload } from 'payload'

type Pending = { data: Record<string, unknown>; resolve: () => void; reject: (error: unknown) => void }
type Batches = { waiting: Pending[]; scheduled: boolean }

const batches = new WeakMap<Payload, Batches>()

/**
 * Inserts one enquiry row together with the others that arrive on the same turn of the event
 * loop: one transaction, one sync to disk for all (with SQLite's synchronous FULL, the sync is
 * most of a commit's cost). A row that breaks a unique constraint fails alone; SQLite undoes
 * that statement and the transaction goes on. Each caller learns of its row once it is committed.
 */
export function insertInBatch(payload: Payload, data: Record<string, unknown>): Promise<void> {
  let batch = batches.get(payload)
  if (!batch) batches.set(payload, (batch = { waiting: [], scheduled: false }))
  const queued = batch
  return new Promise<void>((resolve, reject) => {
    queued.waiting.push({ data, resolve, reject })
    if (!queued.scheduled) {
      queued.scheduled = true
      setImmediate(() => void flush(payload, queued))
    }
  })
}

async function flush(payload: Payload, batch: Batches): Promise<void> {
  const rows = batch.waiting.splice(0)
  batch.scheduled = false
  const outcomes: ({ ok: true } | { ok: false; error: unknown })[] = []
  let transactionID: string | number | undefined
  try {
    transactionID = (await payload.db.beginTransaction()) ?? undefined
    for (const row of rows) {
      try {
        // The adapter keeps a given id only as `customID`; inside `data` it would make up its own.
        await payload.db.create({ collection: 'enquiries', data: row.data, customID: row.data.id as string | undefined, req: { transactionID } as never, returning: false } as Parameters<Payload['db']['create']>[0])
        outcomes.push({ ok: true })
      } catch (error) {
        outcomes.push({ ok: false, error })
      }
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    for (const row of rows) row.reject(error)
    return
  }
  rows.forEach((row, i) => {
    const outcome = outcomes[i]!
    if (outcome.ok) row.resolve()
    else row.reject(outcome.error)
  })
}
