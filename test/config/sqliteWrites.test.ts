import { spawn } from 'node:child_process'
import { once } from 'node:events'

import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { BUSY_TIMEOUT_MS } from '../../src/config/sqliteWrites'
import { startTestPayload, type TestPayload } from '../support/testPayload'

let db: TestPayload

beforeAll(async () => {
  db = await startTestPayload()
}, 120_000)

afterAll(async () => {
  await db?.close()
})

type Row = Record<string, unknown>
const client = () => (db.payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Row[] }> } }).client

const topicNames = async () =>
  (await db.payload.find({ collection: 'topics', limit: 100, depth: 0, locale: 'es' })).docs.map((d) => d.name).sort()

/**
 * Another process holding SQLite's write lock for `ms`, as `npm run seed` beside the server
 * would. Resolves once it holds the lock, with a promise of the time (epoch ms) it let go.
 */
async function lockFromAnotherProcess(file: string, ms: number): Promise<Promise<number>> {
  const script = `
    const Database = require('libsql')
    const db = new Database(process.argv[1])
    db.exec('BEGIN IMMEDIATE')
    console.log('locked')
    setTimeout(() => { db.exec('COMMIT'); console.log('released ' + Date.now()); db.close() }, Number(process.argv[2]))
  `
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  while (!output.includes('locked')) await once(child.stdout!, 'data')
  return once(child, 'exit').then(([code]) => {
    expect(code).toBe(0)
    return Number(/released (\d+)/.exec(output)![1])
  })
}

describe('SQLite writes from several places at once', () => {
  it('two saves begun together in one process both succeed, one after the other', async () => {
    const { payload } = db
    const first = await payload.db.beginTransaction()
    const req = { transactionID: first! } as Partial<PayloadRequest>
    await payload.create({ collection: 'topics', data: { name: 'Primero', slug: 'primero' }, locale: 'es', req })
    // The jobs runner saving while an officer's save is still open: this used to fail with
    // "database is locked".
    const second = payload.create({ collection: 'topics', data: { name: 'Segundo', slug: 'segundo' }, locale: 'es' })
    await new Promise((resolve) => setTimeout(resolve, 200))
    await payload.db.commitTransaction(first!)
    await second
    expect(await topicNames()).toEqual(expect.arrayContaining(['Primero', 'Segundo']))
  })

  it('a transaction rolled back lets the next one through and keeps none of its writes', async () => {
    const { payload } = db
    const first = await payload.db.beginTransaction()
    await payload.create({ collection: 'topics', data: { name: 'Descartado', slug: 'descartado' }, locale: 'es', req: { transactionID: first! } as Partial<PayloadRequest> })
    const next = payload.create({ collection: 'topics', data: { name: 'Siguiente', slug: 'siguiente' }, locale: 'es' })
    await payload.db.rollbackTransaction(first!)
    await next
    const names = await topicNames()
    expect(names).toContain('Siguiente')
    expect(names).not.toContain('Descartado')
  })

  it('a write outside any transaction waits for the transaction in progress instead of failing, and reads outside transactions then see every commit', async () => {
    const { payload } = db
    await payload.create({ collection: 'topics', data: { name: 'Borrable', slug: 'borrable' }, locale: 'es' })
    const open = await payload.db.beginTransaction()
    await payload.create({ collection: 'topics', data: { name: 'Abierto', slug: 'abierto' }, locale: 'es', req: { transactionID: open! } as Partial<PayloadRequest> })
    // As the jobs runner deletes a finished job: no transaction, on the client's first connection.
    // It failed at once with "database is locked", and that connection then read an old snapshot.
    const outside = payload.db.deleteMany({ collection: 'topics', where: { slug: { equals: 'borrable' } } })
    await new Promise((resolve) => setTimeout(resolve, 200))
    await payload.db.commitTransaction(open!)
    await outside
    // An account saved next, as an administrator adds an editor: a read outside a transaction (the sign-in's) finds it.
    await payload.create({ collection: 'topics', data: { name: 'Después', slug: 'despues' }, locale: 'es' })
    const names = await topicNames()
    expect(names).toEqual(expect.arrayContaining(['Abierto', 'Después']))
    expect(names).not.toContain('Borrable')
  })

  it('a save waits for another process that is writing, on every connection, instead of failing', async () => {
    const file = db.databaseUrl.replace(/^file:/, '')
    for (const name of ['Tercero', 'Cuarto']) {
      expect((await client().execute('PRAGMA busy_timeout')).rows[0].timeout).toBe(BUSY_TIMEOUT_MS)
      const released = await lockFromAnotherProcess(file, 500)
      await db.payload.create({ collection: 'topics', data: { name, slug: name.toLowerCase() }, locale: 'es' })
      expect(Date.now()).toBeGreaterThanOrEqual(await released)
    }
    expect(await topicNames()).toEqual(expect.arrayContaining(['Tercero', 'Cuarto']))
  })

  it('transactions reuse kept connections, set up once, and reads stay on the first one', async () => {
    const { payload } = db
    type Tx = { execute: (sql: string) => Promise<{ rows: Row[] }>; commit: () => Promise<void> }
    const transaction = (client() as unknown as { transaction: () => Promise<Tx> }).transaction
    // A temporary table lives on one connection only: the next transaction sees it only if it runs on the same.
    const first = await transaction()
    await first.execute('CREATE TEMP TABLE kept_connection (n INTEGER)')
    await first.commit()
    const second = await transaction()
    expect((await second.execute("SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'kept_connection'")).rows[0].n).toBe(1)
    expect((await second.execute('PRAGMA busy_timeout')).rows[0].timeout).toBe(BUSY_TIMEOUT_MS)
    expect((await second.execute('PRAGMA synchronous')).rows[0].synchronous).toBe(2)
    await second.commit()
    await payload.create({ collection: 'topics', data: { name: 'Quinto', slug: 'quinto' }, locale: 'es' })
    // The client's own connection was never handed to a transaction, so it never saw the temporary table.
    expect((await client().execute("SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'kept_connection'")).rows[0].n).toBe(0)
    expect(await topicNames()).toContain('Quinto')
  })

  it('a COMMIT the database refuses is rolled back, logged (Payload would drop the error) and its connection serves the next transaction', async () => {
    type Tx = { execute: (sql: string) => Promise<{ rows: Row[] }>; commit: () => Promise<void> }
    const transaction = (client() as unknown as { transaction: () => Promise<Tx> }).transaction
    const logged = vi.spyOn(db.payload.logger, 'error')
    const failing = await transaction()
    await failing.execute('CREATE TEMP TABLE IF NOT EXISTS fk_parent (id INTEGER PRIMARY KEY)')
    await failing.execute('CREATE TEMP TABLE IF NOT EXISTS fk_child (parent INTEGER REFERENCES fk_parent(id) DEFERRABLE INITIALLY DEFERRED)')
    // A deferred foreign key is checked at COMMIT, which SQLite then refuses.
    await failing.execute('INSERT INTO fk_child (parent) VALUES (42)')
    await expect(failing.commit()).rejects.toThrow(/FOREIGN KEY/)
    expect(logged.mock.calls.map(([message]) => String(message))).toContainEqual(expect.stringMatching(/^SQLite COMMIT failed, the transaction was rolled back: .*FOREIGN KEY/))
    logged.mockRestore()
    const next = await transaction()
    expect((await next.execute("SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'fk_child'")).rows[0].n).toBe(0)
    await next.commit()
  })

  it('the database file is in WAL mode, so readers do not wait for writers', async () => {
    expect((await client().execute('PRAGMA journal_mode')).rows[0].journal_mode).toBe('wal')
  })
})
