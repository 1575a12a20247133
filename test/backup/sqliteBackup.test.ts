import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { getPayload, initTransaction, killTransaction, createLocalReq } from 'payload'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadFolders } from '../../src/backup/cli'
import { BackupError, backupSqlite, readBackupManifest, restoreSqlite, sqliteFile } from '../../src/backup/sqliteBackup'
import { createConfig } from '../../src/config/createConfig'
import { TEST_SECRET, startTestPayload, type TestPayload } from '../support/testPayload'
import { runScript } from './runScript'
import { forceSchemaPush } from '../support/forcedSchemaPush'

const restorePushSetting = forceSchemaPush()

const NOW = new Date('2026-11-25T10:00:00Z')
const PASSWORD = 'correct horse battery staple 42'

let t: TestPayload
let work: string
let backup: string
let mediaFiles: string[]

const databaseOf = (dataDir: string) => path.join(dataDir, 'test.db')

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-backup-'))
  t = await startTestPayload()
  const { payload } = t
  await payload.create({ collection: 'users', data: { email: 'admin@backup.test', password: PASSWORD, name: 'Admin', role: 'ministry-admin' } })
  await payload.create({ collection: 'topics', data: { name: 'Visados', slug: 'visados' }, locale: 'es' })
  const image = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#034ea2' } }).png().toBuffer()
  await payload.create({ collection: 'media', data: { alt: 'Un rectángulo azul' }, locale: 'es', file: { data: image, mimetype: 'image/png', name: 'blue.png', size: image.length } })
  mediaFiles = fs.readdirSync(path.join(t.dataDir, 'media')).sort()
}, 240_000)

afterAll(async () => {
  await t?.close()
  if (work) fs.rmSync(work, { recursive: true, force: true })
  restorePushSetting()
})

describe('npm run backup (SQLite online backup)', () => {
  it('copies a consistent snapshot while the CMS holds a write transaction open: committed content in, uncommitted out', async () => {
    const req = await createLocalReq({}, t.payload)
    await initTransaction(req)
    await t.payload.create({ collection: 'topics', data: { name: 'Sin confirmar', slug: 'sin-confirmar' }, locale: 'es', req })
    backup = path.join(work, 'backup-1')
    try {
      const summary = await backupSqlite({ database: databaseOf(t.dataDir), uploads: uploadFolders(t.payload.config), out: backup, now: NOW })
      expect(summary.manifest.database.integrity).toBe('ok')
      expect(summary.manifest.files.map((f) => f.path)).toEqual(mediaFiles.map((f) => `files/media/${f}`))
      expect(summary.manifest.missingFiles).toEqual([])
    } finally {
      await killTransaction(req)
    }
    expect(readBackupManifest(backup).createdAt).toBe(NOW.toISOString())
    const copy = createClient({ url: `file:${path.join(backup, 'chancery.db')}` })
    try {
      expect((await copy.execute('SELECT slug FROM topics')).rows.map((row) => row.slug)).toEqual(['visados'])
    } finally {
      copy.close()
    }
  })

  it('is readable by its owner only (it holds personal data)', () => {
    expect((fs.statSync(backup).mode & 0o777).toString(8)).toBe('700')
    expect((fs.statSync(path.join(backup, 'chancery.db')).mode & 0o777).toString(8)).toBe('600')
    expect((fs.statSync(path.join(backup, 'backup.json')).mode & 0o777).toString(8)).toBe('600')
    expect(readBackupManifest(backup).notice).toMatch(/personal data/)
  })

  it('refuses a folder that is not empty', async () => {
    await expect(backupSqlite({ database: databaseOf(t.dataDir), uploads: [], out: backup, now: NOW })).rejects.toThrow(/backup-1 is not empty; back up into a new folder/)
  })

  it('lists a file the database names but the upload folder lacks', async () => {
    const media = path.join(work, 'partial-media')
    fs.cpSync(path.join(t.dataDir, 'media'), media, { recursive: true })
    fs.rmSync(path.join(media, 'blue.png'))
    const summary = await backupSqlite({ database: databaseOf(t.dataDir), uploads: [{ collection: 'media', dir: media }], out: path.join(work, 'backup-missing'), now: NOW })
    expect(summary.manifest.missingFiles).toEqual([{ collection: 'media', filename: 'blue.png' }])
  })
})

describe('npm run restore', () => {
  let restored: string
  let payload: Payload | undefined

  afterAll(async () => {
    await payload?.destroy()
  })

  it('puts the database and the files back into a new data folder; everything is there and everyone signs in', async () => {
    restored = path.join(work, 'restored')
    const config = await createConfig({ DATABASE_URL: `file:${databaseOf(restored)}`, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: restored, NODE_ENV: 'test' })
    const summary = await restoreSqlite({ from: backup, database: databaseOf(restored), uploads: uploadFolders(config), now: NOW })
    expect(summary.files).toBe(mediaFiles.length)
    expect(summary.movedAside).toEqual([])
    for (const file of mediaFiles) {
      expect(fs.readFileSync(path.join(restored, 'media', file)).equals(fs.readFileSync(path.join(t.dataDir, 'media', file))), file).toBe(true)
    }
    payload = await getPayload({ config, key: restored })
    const topics = await payload.find({ collection: 'topics', locale: 'es', depth: 0 })
    expect(topics.docs.map((d) => d.slug)).toEqual(['visados'])
    expect((await payload.find({ collection: 'media', depth: 0 })).docs[0].filename).toBe('blue.png')
    expect((await payload.login({ collection: 'users', data: { email: 'admin@backup.test', password: PASSWORD } })).user?.email).toBe('admin@backup.test')
  })

  it('refuses to overwrite an existing database; with --replace moves it aside, deleting nothing', async () => {
    await payload?.destroy()
    payload = undefined
    const config = await createConfig({ DATABASE_URL: `file:${databaseOf(restored)}`, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: restored, NODE_ENV: 'test' })
    const options = { from: backup, database: databaseOf(restored), uploads: uploadFolders(config), now: NOW }
    await expect(restoreSqlite(options)).rejects.toThrow(/test\.db and .*media already exist; stop the CMS and pass --replace/)
    const summary = await restoreSqlite({ ...options, replace: true })
    const stamp = '2026-11-25T10-00-00-000Z'
    expect(summary.movedAside).toContain(`${databaseOf(restored)}.before-restore-${stamp}`)
    expect(summary.movedAside).toContain(`${path.join(restored, 'media')}.before-restore-${stamp}`)
    expect(fs.readdirSync(path.join(restored, 'media')).sort()).toEqual(mediaFiles)
    expect(fs.readdirSync(`${path.join(restored, 'media')}.before-restore-${stamp}`).sort()).toEqual(mediaFiles)
  })

  it('refuses a damaged backup before touching anything, naming the file', async () => {
    const damaged = path.join(work, 'damaged')
    fs.cpSync(backup, damaged, { recursive: true })
    const file = path.join(damaged, 'files', 'media', 'blue.png')
    const bytes = fs.readFileSync(file)
    bytes[bytes.length - 1] ^= 0xff
    fs.writeFileSync(file, bytes)
    const target = path.join(work, 'never-written')
    const restore = restoreSqlite({ from: damaged, database: databaseOf(target), uploads: [{ collection: 'media', dir: path.join(target, 'media') }], now: NOW })
    await expect(restore).rejects.toThrow(BackupError)
    await expect(restore).rejects.toThrow(/files\/media\/blue\.png in .*damaged is damaged: its SHA-256 does not match backup\.json/)
    expect(fs.existsSync(target)).toBe(false)
    await expect(restoreSqlite({ from: work, database: databaseOf(target), uploads: [], now: NOW })).rejects.toThrow(/is not a Chancery backup: it has no backup\.json/)
  })
})

describe('the backup and restore commands', () => {
  const run = (script: string, args: string[], env: Record<string, string>) => runScript(script, args, { PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test', ...env })

  it('back up and restore from the command line, with a summary line and the personal-data warning', async () => {
    const out = path.join(work, 'cli-backup')
    const backedUp = await run('backup.ts', ['--out', out], { DATA_DIR: t.dataDir, DATABASE_URL: `file:${databaseOf(t.dataDir)}` })
    expect(backedUp.status, backedUp.stderr).toBe(0)
    expect(backedUp.stdout).toMatch(new RegExp(`Backed up the database \\(.*, integrity ok\\) and ${mediaFiles.length} files to .*cli-backup \\(.*\\) in [\\d.]+ s\\.`))
    expect(backedUp.stdout).toMatch(/personal data/)
    const target = path.join(work, 'cli-restored')
    const restoredRun = await run('restore.ts', [out], { DATA_DIR: target, DATABASE_URL: '' })
    expect(restoredRun.status, restoredRun.stderr).toBe(0)
    expect(restoredRun.stdout).toMatch(new RegExp(`Restored the database to .*cli-restored/chancery\\.db and ${mediaFiles.length} files`))
    expect(fs.readdirSync(path.join(target, 'media')).sort()).toEqual(mediaFiles)
  }, 300_000)

  it('refuse MongoDB, with the tools to use instead; name a wrong option', async () => {
    const [backup, export_] = await Promise.all([
      run('backup.ts', ['--out', path.join(work, 'never')], { DATABASE_URL: 'mongodb://localhost:1/chancery' }),
      run('export.ts', ['--outt', 'x'], {}),
    ])
    expect(backup.status).toBe(1)
    expect(backup.stderr).toMatch(/Backup failed: npm run backup copies a SQLite database; for MongoDB use mongodump, or npm run export/)
    expect(export_.status).toBe(1)
    expect(export_.stderr).toMatch(/Export failed: Unknown option '--outt'/)
  }, 120_000)

  it('every command explains itself with --help, touching no database', async () => {
    const never = path.join(work, 'help-never-created')
    const scripts = ['export', 'import', 'backup', 'restore']
    const results = await Promise.all(scripts.map((name) => run(`${name}.ts`, ['--help'], { DATA_DIR: never, DATABASE_URL: '' })))
    results.forEach((result, i) => {
      expect(result.status, scripts[i]).toBe(0)
      expect(result.stdout).toMatch(new RegExp(`^Usage: npm run ${scripts[i]} -- `))
    })
    expect(fs.existsSync(never)).toBe(false)
  }, 120_000)
})

it('sqliteFile reads the file a DATABASE_URL names', () => {
  expect(sqliteFile('file:/srv/chancery/data/chancery.db')).toBe('/srv/chancery/data/chancery.db')
  expect(sqliteFile('file:///srv/chancery.db')).toBe('/srv/chancery.db')
  expect(() => sqliteFile('mongodb://x')).toThrow(BackupError)
})
