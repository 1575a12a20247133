import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { createConfig } from '../../src/config/createConfig'
import { appFingerprint, withLock } from './appBuild'

export type TestPayload = { payload: Payload; dataDir: string; databaseUrl: string; close: () => Promise<void> }

export const TEST_SECRET = 'chancery-test-secret-0123456789abcdef'

const DB_FILE = 'test.db'

function openPayload(databaseUrl: string, dataDir: string): Promise<Payload> {
  const config = createConfig({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: dataDir, NODE_ENV: 'test' })
  return getPayload({ config, key: dataDir })
}

let sources: string | undefined
/**
 * An empty SQLite database with the schema of the current sources, made once (Payload's schema
 * push, the slow part of a fresh database: drizzle-kit loads, reads the database and creates
 * every table) and copied for each test file. Named after the sources, so a change to a
 * collection gives a new one; the process reads the sources once, as it loads them once.
 */
async function emptySchemaDatabase(): Promise<string> {
  sources ??= appFingerprint()
  const template = path.join(os.tmpdir(), `chancery-schema-${sources}.db`)
  if (fs.existsSync(template)) return template
  await withLock(`${template}.lock`, async () => {
    if (fs.existsSync(template)) return
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-schema-'))
    // Payload skips the push when this process pushed the same schema before (to another database).
    const forced = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    try {
      const payload = await openPayload(`file:${path.join(dir, DB_FILE)}`, dir)
      // The tables are there: a read fails on a database without them.
      await payload.count({ collection: 'users' })
      // WAL mode: the last tables created may still be in the log, which a copy of the file alone would lose.
      await (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
      await payload.destroy()
      // The rename makes the template appear whole or not at all.
      fs.copyFileSync(path.join(dir, DB_FILE), `${template}.partial`)
      fs.renameSync(`${template}.partial`, template)
    } finally {
      if (forced === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
      else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = forced
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
  return template
}

let pushesOff = 0
/** Payload pushes the schema when it connects outside production, unless it is told a migration is running. */
async function withoutSchemaPush<T>(work: () => Promise<T>): Promise<T> {
  pushesOff += 1
  process.env.PAYLOAD_MIGRATING = 'true'
  try {
    return await work()
  } finally {
    pushesOff -= 1
    if (pushesOff === 0) delete process.env.PAYLOAD_MIGRATING
  }
}

/**
 * A real Payload on a fresh SQLite file in a temporary directory (or on MongoDB when a
 * URL is given). Each call gets its own database, so test files never share state: the SQLite
 * file starts as a copy of an empty database with the current schema.
 */
export async function startTestPayload(options: { databaseUrl?: string; copyOf?: string } = {}): Promise<TestPayload> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-test-'))
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dataDir, DB_FILE)}`
  let payload: Payload
  if (options.databaseUrl) {
    payload = await openPayload(databaseUrl, dataDir)
  } else {
    // A data folder made by makeDataDirTemplate (its database and media), or an empty database.
    if (options.copyOf) fs.cpSync(options.copyOf, dataDir, { recursive: true })
    else fs.copyFileSync(await emptySchemaDatabase(), path.join(dataDir, DB_FILE))
    payload = await withoutSchemaPush(() => openPayload(databaseUrl, dataDir))
  }
  return {
    payload,
    dataDir,
    databaseUrl,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Makes `dir` a data folder that startTestPayload({ copyOf: dir }) copies: a database with the
 * current schema, filled by `fill`, its log checkpointed into the file, and whatever `fill`
 * wrote beside it (media). Made whole or not at all, once, under a lock between processes.
 */
export async function makeDataDirTemplate(dir: string, fill: (payload: Payload, dataDir: string) => Promise<void>): Promise<string> {
  if (fs.existsSync(dir)) return dir
  await withLock(`${dir}.lock`, async () => {
    if (fs.existsSync(dir)) return
    const t = await startTestPayload()
    try {
      await fill(t.payload, t.dataDir)
      await (t.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
      await t.payload.destroy()
      for (const log of ['-wal', '-shm']) fs.rmSync(path.join(t.dataDir, `${DB_FILE}${log}`), { force: true })
      fs.cpSync(t.dataDir, `${dir}.partial`, { recursive: true })
      fs.renameSync(`${dir}.partial`, dir)
    } finally {
      fs.rmSync(t.dataDir, { recursive: true, force: true })
    }
  })
  return dir
}
