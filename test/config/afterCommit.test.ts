import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { afterCommit } from '../../src/config/afterCommit'
import { startTestPayload, type TestPayload } from '../support/testPayload'

let db: TestPayload

beforeAll(async () => {
  db = await startTestPayload()
}, 120_000)

afterAll(async () => {
  await db?.close()
})

const nextTurns = () => new Promise((resolve) => setTimeout(resolve, 50))

/** Whether a topic with this slug is visible outside any transaction (what a jobs runner would see). */
const visible = async (slug: string) =>
  (await db.payload.find({ collection: 'topics', where: { slug: { equals: slug } }, depth: 0, locale: 'es' })).docs.length === 1

describe('afterCommit', () => {
  it('runs the callback once the transaction is committed, when what it wrote is visible to everyone', async () => {
    const { payload } = db
    const transactionID = await payload.db.beginTransaction()
    const req = { payload, transactionID: transactionID! } as PayloadRequest
    await payload.create({ collection: 'topics', data: { name: 'Confirmado', slug: 'confirmado' }, locale: 'es', req })
    const seen: boolean[] = []
    afterCommit(req, () => void visible('confirmado').then((v) => seen.push(v)))
    await nextTurns()
    expect(seen).toEqual([])
    await payload.db.commitTransaction(transactionID!)
    await nextTurns()
    expect(seen).toEqual([true])
  })

  it('never runs the callback of a transaction rolled back', async () => {
    const { payload } = db
    const transactionID = await payload.db.beginTransaction()
    const req = { payload, transactionID: transactionID! } as PayloadRequest
    await payload.create({ collection: 'topics', data: { name: 'Anulado', slug: 'anulado' }, locale: 'es', req })
    let calls = 0
    afterCommit(req, () => calls++)
    await payload.db.rollbackTransaction(transactionID!)
    await nextTurns()
    expect(calls).toBe(0)
    expect(await visible('anulado')).toBe(false)
    // The next transaction's callbacks are its own.
    const next = await payload.db.beginTransaction()
    afterCommit({ payload, transactionID: next! }, () => calls++)
    await payload.db.commitTransaction(next!)
    await nextTurns()
    expect(calls).toBe(1)
  })

  it('runs the callback of a write made outside any transaction on the next turn', async () => {
    let calls = 0
    afterCommit({ payload: db.payload, transactionID: undefined }, () => calls++)
    expect(calls).toBe(0)
    await nextTurns()
    expect(calls).toBe(1)
  })

  it('waits for a transaction still being begun', async () => {
    const { payload } = db
    const begun = payload.db.beginTransaction() as Promise<string | number>
    let calls = 0
    afterCommit({ payload, transactionID: begun }, () => calls++)
    const id = await begun
    await nextTurns()
    expect(calls).toBe(0)
    await payload.db.commitTransaction(id)
    await nextTurns()
    expect(calls).toBe(1)
  })
})
