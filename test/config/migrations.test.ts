import fs from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../../src/config/createConfig'
import { appliedMigrations, committedMigrations, madeBySchemaPush, MIGRATION_DIR } from '../../src/config/productionMigrations'
import { driftMessage, latestSnapshot, schemaDrift, type MigrationMaker } from '../../src/config/schemaDrift'
import { tempDirs } from '../support/tempDirs'
import { startTestPayload, TEST_SECRET } from '../support/testPayload'

const tempDir = tempDirs('chancery-migrations-')

type Snapshot = { tables: Record<string, { indexes: Record<string, unknown> }> }

/** A copy of the latest committed snapshot, changed by `change`, alone in a folder of its own. */
function changedSnapshotDir(change: (snapshot: Snapshot) => void): string {
  const latest = latestSnapshot(MIGRATION_DIR)!
  const snapshot = JSON.parse(fs.readFileSync(path.join(MIGRATION_DIR, latest), 'utf8')) as Snapshot
  change(snapshot)
  const dir = tempDir()
  fs.writeFileSync(path.join(dir, latest), JSON.stringify(snapshot))
  return dir
}

describe('the committed SQLite migrations are current (CI fails a collection change without its migration)', () => {
  let payload: Payload
  let maker: MigrationMaker

  beforeAll(async () => {
    const dir = tempDir()
    // Never connected: the schema Payload builds from the collections is all the check needs.
    const config = createConfig({ DATABASE_URL: `file:${path.join(dir, 'unused.db')}`, DATA_DIR: dir, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' })
    payload = await getPayload({ config, key: `migrations-check-${dir}`, disableDBConnect: true, disableOnInit: true })
    maker = payload.db as unknown as MigrationMaker
  }, 120_000)

  afterAll(async () => {
    await payload?.destroy()
  })

  it("the latest migration's snapshot is the schema of the collections (else: npm run migrate:create -- <name>)", async () => {
    const drift = await schemaDrift(maker, MIGRATION_DIR)
    expect(drift.latestSnapshot).not.toBeNull()
    expect(drift.differences, driftMessage(drift)).toEqual([])
  })

  it('src/migrations/index.ts lists every migration file, in order, as the production server loads them', async () => {
    const files = fs.readdirSync(MIGRATION_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort()
    const snapshots = fs.readdirSync(MIGRATION_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort()
    expect((await committedMigrations()).map((m) => m.name)).toEqual(files)
    expect(snapshots).toEqual(files)
  })

  it('reports an index the collections declare and the latest snapshot lacks, naming the command to run', async () => {
    let removed = ''
    const dir = changedSnapshotDir((snapshot) => {
      const indexes = snapshot.tables.press_releases!.indexes
      removed = Object.keys(indexes).sort()[0]!
      delete indexes[removed]
    })
    const drift = await schemaDrift(maker, dir)
    expect(drift.differences).toEqual([`press_releases: index \`${removed}\` is in the collections, not in the migrations`])
    const message = driftMessage(drift)
    expect(message).toContain('npm run migrate:create -- ')
    expect(message).toContain(removed)
  })

  it('reports a table the latest snapshot lacks, and every table when there is no migration at all', async () => {
    const withoutTable = changedSnapshotDir((snapshot) => delete (snapshot.tables as Record<string, unknown>).press_releases)
    expect((await schemaDrift(maker, withoutTable)).differences).toEqual(['schema: table `press_releases` is in the collections, not in the migrations'])

    const none = await schemaDrift(maker, tempDir())
    expect(none.latestSnapshot).toBeNull()
    expect(none.differences.length).toBeGreaterThan(20)
    expect(driftMessage(none)).toContain('src/migrations/ has none')
  })
})

/** Payload started as the production server starts it (NODE_ENV=production: no schema push, the migrations run as it connects). */
async function startInProduction(databaseUrl: string, dataDir: string, log: string[]): Promise<Payload> {
  const before = process.env.NODE_ENV
  ;(process.env as Record<string, string>).NODE_ENV = 'production'
  try {
    const config = await createConfig({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'production' })
    // What Payload logs, kept here (and logged whatever DISABLE_LOGGING says).
    config.logger = { options: { enabled: true, level: 'info' }, destination: { write: (line: string) => void log.push(line) } } as never
    return await getPayload({ config, key: `production-${dataDir}-${Date.now()}` })
  } finally {
    ;(process.env as Record<string, string | undefined>).NODE_ENV = before
  }
}

const open = (databaseUrl: string): Client => createClient({ url: databaseUrl })

describe('a production start on SQLite', () => {
  it('creates the schema of an empty database by the committed migrations, and runs none again at the next start', async () => {
    const dataDir = tempDir()
    const databaseUrl = `file:${path.join(dataDir, 'chancery.db')}`
    const log: string[] = []
    const names = (await committedMigrations()).map((m) => m.name)

    const first = await startInProduction(databaseUrl, dataDir, log)
    try {
      expect(await first.count({ collection: 'press-releases' })).toEqual({ totalDocs: 0 })
      await first.create({ collection: 'topics', data: { name: 'Consular affairs', slug: 'consular' } as never })
    } finally {
      await first.destroy()
    }
    const client = open(databaseUrl)
    try {
      expect(await appliedMigrations(client)).toEqual(names)
      expect(await madeBySchemaPush(client)).toBe(false)
    } finally {
      client.close()
    }
    expect(log.join('\n')).toContain(`Migrating: ${names[0]}`)

    const again: string[] = []
    const second = await startInProduction(databaseUrl, dataDir, again)
    try {
      expect((await second.find({ collection: 'topics' })).docs.map((t) => t.slug)).toEqual(['consular'])
    } finally {
      await second.destroy()
    }
    expect(again.join('\n')).not.toContain('Migrating:')
  }, 180_000)

  it('serves a database made by schema push as it is: one line saying why and what to do, no prompt, no exit, nothing migrated', async () => {
    const pushed = await startTestPayload()
    await pushed.payload.create({ collection: 'topics', data: { name: 'Trade', slug: 'trade' } as never })
    await pushed.payload.destroy()
    const client = open(pushed.databaseUrl)
    try {
      expect(await madeBySchemaPush(client)).toBe(true)

      const log: string[] = []
      // Payload's own migrate would prompt here, then end the process on a closed terminal.
      const payload = await startInProduction(pushed.databaseUrl, pushed.dataDir, log)
      try {
        expect((await payload.find({ collection: 'topics' })).docs.map((t) => t.slug)).toEqual(['trade'])
      } finally {
        await payload.destroy()
      }
      const notices = log.filter((line) => line.includes('Migrations not run'))
      expect(notices).toHaveLength(1)
      expect(notices[0]).toContain('schema push')
      expect(notices[0]).toContain('npm run export')
      expect(log.join('\n')).not.toContain('Migrating:')
      expect(await appliedMigrations(client)).toEqual([])
    } finally {
      client.close()
      fs.rmSync(pushed.dataDir, { recursive: true, force: true })
    }
  }, 180_000)
})
