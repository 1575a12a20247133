import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

type TransactionID = number | string
type Callback = () => void

const WAITING = Symbol('chancery.afterCommit')
type Tracked = BaseDatabaseAdapter & { [WAITING]?: Map<TransactionID, Callback[]> }

/**
 * Lets work wait for a transaction's commit. Payload has no hook after the commit (afterChange
 * and afterOperation run inside the transaction), and what a transaction wrote is invisible to
 * every other connection until then: a job queued in a save cannot be run before it.
 */
export function runCallbacksAfterCommit<T extends BaseDatabaseAdapter>(adapter: T): T {
  const tracked = adapter as T & Tracked
  const waiting = (tracked[WAITING] = new Map<TransactionID, Callback[]>())
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const id = await incoming
    await commit(id)
    const callbacks = waiting.get(id) ?? []
    waiting.delete(id)
    // Not inside the commit: a failing callback must not make a committed save look failed.
    for (const callback of callbacks) setImmediate(callback)
  }
  adapter.rollbackTransaction = async (incoming) => {
    const id = await incoming
    waiting.delete(id)
    await rollback(id)
  }
  return adapter
}

/**
 * Runs `callback` once what this request wrote is committed: right after the commit, on the
 * next turn of the event loop when it writes outside a transaction, never when it rolls back.
 */
export function afterCommit(req: Pick<PayloadRequest, 'payload' | 'transactionID'>, callback: Callback): void {
  const waiting = (req.payload.db as unknown as Tracked)[WAITING]
  const register = (id: TransactionID | null | undefined) => {
    if (id === undefined || id === null || !waiting) setImmediate(callback)
    else waiting.set(id, [...(waiting.get(id) ?? []), callback])
  }
  const id = req.transactionID
  if (id instanceof Promise) void id.then(register, () => undefined)
  else register(id)
}
