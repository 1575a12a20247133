import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import type { BaseDatabaseAdapter } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { reuseTransactionConnections, setTransactionSynchronous } from './sqliteConnections'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-connections-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** The adapter's connect as db-sqlite does it: a client and the configuration it was made from. */
async function connectedClient(): Promise<Client> {
  const clientConfig = { url: `file:${path.join(dir, 'sync.db')}` }
  const adapter = {
    async connect(this: { client?: Client; clientConfig?: typeof clientConfig }) {
      this.client = createClient(clientConfig)
      this.clientConfig = clientConfig
    },
  } as unknown as BaseDatabaseAdapter & { client: Client }
  reuseTransactionConnections(adapter, { busyTimeoutMs: 1000, synchronous: 'FULL' })
  await adapter.connect!({ hotReload: false })
  return adapter.client
}

async function syncInTransaction(client: Client): Promise<number> {
  const tx = await client.transaction('write')
  const { rows } = await tx.execute('PRAGMA synchronous')
  await tx.commit()
  return Number(Object.values(rows[0]!)[0])
}

describe('setTransactionSynchronous', () => {
  it('changes the sync mode of the transactions begun next, on kept and new connections, and gives the one before', async () => {
    const client = await connectedClient()
    expect(await syncInTransaction(client)).toBe(2) // FULL, the adapter's setting
    expect(setTransactionSynchronous(client, 'OFF')).toBe('FULL')
    expect(await syncInTransaction(client)).toBe(0) // the kept connection, set between two transactions
    // Two at once: the second runs on a connection opened now, which is relaxed too.
    const [a, b] = await Promise.all([client.transaction('read'), client.transaction('read')])
    const levels = await Promise.all([a, b].map(async (tx) => Number(Object.values((await tx.execute('PRAGMA synchronous')).rows[0]!)[0])))
    await Promise.all([a.commit(), b.commit()])
    expect(levels).toEqual([0, 0])
    expect(setTransactionSynchronous(client, undefined)).toBe('OFF')
    expect(await syncInTransaction(client)).toBe(2)
    client.close()
  })

  it('answers null for a client whose transactions are not on kept connections', () => {
    const plain = createClient({ url: ':memory:' })
    expect(setTransactionSynchronous(plain, 'OFF')).toBeNull()
    plain.close()
  })
})
