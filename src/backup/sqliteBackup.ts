import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { createClient } from '@libsql/client'

import { PERSONAL_DATA_NOTICE } from './archiveFormat'
import { snakeCase } from './writers/sqliteWriter'

/**
 * `npm run backup`: an online copy of the SQLite database (VACUUM INTO, a consistent snapshot
 * taken inside one read transaction: in WAL mode the CMS keeps reading and writing meanwhile)
 * and the upload folders beside it, with a manifest of checksums; `npm run restore` puts such a
 * copy back. Neither starts Payload, so neither pushes a schema onto the database it reads.
 *
 *   <dir>/backup.json            what was copied, when, sizes and SHA-256s
 *   <dir>/chancery.db            the database
 *   <dir>/files/<collection>/…   each upload collection's folder
 */

export const BACKUP_FORMAT = 'chancery-backup'
export const BACKUP_VERSION = 1
export const BACKUP_MANIFEST = 'backup.json'
export const BACKUP_DATABASE = 'chancery.db'

export type UploadFolder = { collection: string; dir: string }

export type BackupFile = { path: string; size: number; sha256: string }

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  database: BackupFile & { integrity: string }
  files: BackupFile[]
  /** Files the database names that were not in the upload folders when the copy was taken. */
  missingFiles: { collection: string; filename: string }[]
  notice: string
}

export type BackupOptions = {
  /** The SQLite file to copy. */
  database: string
  uploads: UploadFolder[]
  out: string
  now: Date
  onProgress?: (line: string) => void
}

export type BackupSummary = { dir: string; manifest: BackupManifest; bytes: number; seconds: number }

export type RestoreOptions = {
  from: string
  /** The SQLite file to restore to. */
  database: string
  uploads: UploadFolder[]
  /** Move an existing database and upload folders aside (to *.before-restore-<time>) instead of refusing. */
  replace?: boolean
  now: Date
  onProgress?: (line: string) => void
}

export type RestoreSummary = { database: string; files: number; movedAside: string[]; seconds: number }

export class BackupError extends Error {}

/** The file a `file:` DATABASE_URL names. */
export function sqliteFile(url: string): string {
  if (!url.startsWith('file:')) throw new BackupError(`not a SQLite database URL: ${url.split(':')[0]}:…`)
  return path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, '').split('?')[0])
}

export async function backupSqlite(options: BackupOptions): Promise<BackupSummary> {
  const started = performance.now()
  const progress = options.onProgress ?? (() => {})
  const source = path.resolve(options.database)
  const out = path.resolve(options.out)
  if (!fs.existsSync(source)) throw new BackupError(`the database ${source} does not exist`)
  if (fs.existsSync(out) && fs.readdirSync(out).length) throw new BackupError(`${out} is not empty; back up into a new folder`)
  fs.mkdirSync(out, { recursive: true, mode: 0o700 })
  fs.chmodSync(out, 0o700)

  const target = path.join(out, BACKUP_DATABASE)
  progress(`copying the database ${source}…`)
  const client = createClient({ url: `file:${source}` })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
  fs.chmodSync(target, 0o600)
  const copy = createClient({ url: `file:${target}` })
  let integrity: string
  let missingFiles: BackupManifest['missingFiles'] = []
  try {
    integrity = await integrityOf(copy)
    if (integrity !== 'ok') throw new BackupError(`the copy failed SQLite's integrity check: ${integrity}`)
    const names = await referencedFiles(copy, options.uploads)
    const files: BackupFile[] = []
    for (const upload of options.uploads) {
      const copied = await copyFolder(upload.dir, path.join(out, 'files', upload.collection), `files/${upload.collection}`)
      files.push(...copied)
      progress(`${upload.collection}: ${copied.length} files copied from ${upload.dir}`)
    }
    const present = new Set(files.map((f) => f.path))
    missingFiles = [...names].filter(([key]) => !present.has(key)).map(([, file]) => file)
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: options.now.toISOString(),
      database: { ...(await describe(target, BACKUP_DATABASE)), integrity },
      files,
      missingFiles,
      notice: PERSONAL_DATA_NOTICE,
    }
    fs.writeFileSync(path.join(out, BACKUP_MANIFEST), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 })
    const bytes = manifest.database.size + files.reduce((sum, f) => sum + f.size, 0)
    return { dir: out, manifest, bytes, seconds: (performance.now() - started) / 1000 }
  } finally {
    copy.close()
  }
}

export async function restoreSqlite(options: RestoreOptions): Promise<RestoreSummary> {
  const started = performance.now()
  const progress = options.onProgress ?? (() => {})
  const from = path.resolve(options.from)
  const manifest = readBackupManifest(from)
  progress(`backup of ${manifest.createdAt}: database ${formatBytes(manifest.database.size)}, ${manifest.files.length} files`)
  await verify(from, [manifest.database, ...manifest.files])
  progress('every file matches its checksum')
  const known = new Set(options.uploads.map((u) => u.collection))
  const foreign = [...new Set(manifest.files.map((f) => f.path.split('/')[1]))].filter((c) => !known.has(c))
  if (foreign.length) throw new BackupError(`the backup holds files for ${foreign.join(', ')}, which keeps no uploaded files here`)

  const database = path.resolve(options.database)
  const stamp = options.now.toISOString().replace(/[:.]/g, '-')
  const occupied = [database, `${database}-wal`, `${database}-shm`].filter((f) => fs.existsSync(f))
  const fullFolders = options.uploads.filter((u) => fs.existsSync(u.dir) && fs.readdirSync(u.dir).length).map((u) => u.dir)
  if ((occupied.length || fullFolders.length) && !options.replace) {
    throw new BackupError(
      `${[...occupied.slice(0, 1), ...fullFolders].join(' and ')} already exist${occupied.length + fullFolders.length > 1 ? '' : 's'}; ` +
        'stop the CMS and pass --replace to move them aside (nothing is deleted), or restore into a new DATA_DIR',
    )
  }
  const movedAside: { from: string; to: string }[] = []
  const created: string[] = []
  try {
    for (const existing of [...occupied, ...fullFolders]) {
      // The write-ahead log keeps its database's name plus -wal, so the set moved aside still opens as one.
      const suffix = existing === database ? '' : existing.slice(database.length)
      const aside = occupied.includes(existing) ? `${database}.before-restore-${stamp}${suffix}` : `${existing}.before-restore-${stamp}`
      fs.renameSync(existing, aside)
      movedAside.push({ from: existing, to: aside })
    }
    for (const upload of options.uploads) {
      const prefix = `files/${upload.collection}/`
      const listed = manifest.files.filter((f) => f.path.startsWith(prefix))
      for (const file of listed) {
        const target = path.join(upload.dir, file.path.slice(prefix.length))
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.copyFileSync(path.join(from, file.path), target, fs.constants.COPYFILE_EXCL)
        created.push(target)
      }
      if (listed.length) progress(`${upload.collection}: ${listed.length} files restored into ${upload.dir}`)
    }
    // The database last: until it is in place, nothing would start on a half-restored folder.
    fs.mkdirSync(path.dirname(database), { recursive: true })
    const partial = `${database}.restoring-${process.pid}`
    created.push(partial)
    fs.copyFileSync(path.join(from, BACKUP_DATABASE), partial)
    fs.chmodSync(partial, 0o600)
    const client = createClient({ url: `file:${partial}` })
    try {
      const integrity = await integrityOf(client)
      if (integrity !== 'ok') throw new BackupError(`the restored database failed SQLite's integrity check: ${integrity}`)
    } finally {
      client.close()
    }
    fs.renameSync(partial, database)
    progress(`database restored to ${database}`)
  } catch (error) {
    // Undo: what was copied goes, what was moved aside comes back.
    for (const file of created) fs.rmSync(file, { force: true })
    for (const { from: original, to: aside } of movedAside.reverse()) {
      fs.rmSync(original, { recursive: true, force: true })
      fs.renameSync(aside, original)
    }
    throw new BackupError(`the restore failed and was undone (${error instanceof Error ? error.message : String(error)})`)
  }
  const files = created.length - 1
  return { database, files, movedAside: movedAside.map((m) => m.to), seconds: (performance.now() - started) / 1000 }
}

export function readBackupManifest(dir: string): BackupManifest {
  const file = path.join(dir, BACKUP_MANIFEST)
  if (!fs.existsSync(file)) throw new BackupError(`${dir} is not a Chancery backup: it has no ${BACKUP_MANIFEST}`)
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new BackupError(`${file} is not valid JSON (${(error as Error).message})`)
  }
  if (manifest?.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Chancery backup manifest (format ${JSON.stringify(manifest?.format)})`)
  if (manifest.version !== BACKUP_VERSION) throw new BackupError(`${file} is backup format version ${JSON.stringify(manifest.version)}; this Chancery reads version ${BACKUP_VERSION}`)
  const entries = [manifest.database, ...(Array.isArray(manifest.files) ? manifest.files : [])]
  for (const entry of entries) {
    if (!entry || typeof entry.path !== 'string' || !isInside(entry.path) || !Number.isInteger(entry.size) || !/^[0-9a-f]{64}$/.test(String(entry.sha256))) {
      throw new BackupError(`${file} lists a malformed entry: ${JSON.stringify(entry)}`)
    }
  }
  if (manifest.database.path !== BACKUP_DATABASE) throw new BackupError(`${file}: database.path must be ${BACKUP_DATABASE}`)
  return manifest
}

/** A relative path below the backup folder: no absolute paths, no "..". */
function isInside(relative: string): boolean {
  return !path.isAbsolute(relative) && relative.split('/').every((part) => part && part !== '.' && part !== '..')
}

async function verify(dir: string, entries: BackupFile[]): Promise<void> {
  for (const entry of entries) {
    const file = path.join(dir, entry.path)
    if (!fs.existsSync(file)) throw new BackupError(`${entry.path} is listed in ${BACKUP_MANIFEST} but missing from ${dir}`)
    const actual = await describe(file, entry.path)
    if (actual.size !== entry.size || actual.sha256 !== entry.sha256) {
      throw new BackupError(`${entry.path} in ${dir} is damaged: its ${actual.size !== entry.size ? 'size' : 'SHA-256'} does not match ${BACKUP_MANIFEST}`)
    }
  }
}

async function describe(file: string, relative: string): Promise<BackupFile> {
  const hash = createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return { path: relative, size: fs.statSync(file).size, sha256: hash.digest('hex') }
}

/** Copies a folder's files (sub-folders too, leftover import staging folders not), hashing them on the way. */
async function copyFolder(from: string, to: string, prefix: string): Promise<BackupFile[]> {
  if (!fs.existsSync(from)) return []
  const copied: BackupFile[] = []
  const entries = fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const entry of entries) {
    if (entry.name.startsWith('.chancery-import-')) continue
    const source = path.join(from, entry.name)
    if (entry.isDirectory()) {
      copied.push(...(await copyFolder(source, path.join(to, entry.name), `${prefix}/${entry.name}`)))
      continue
    }
    if (!entry.isFile()) continue
    fs.mkdirSync(to, { recursive: true, mode: 0o700 })
    const target = path.join(to, entry.name)
    const hash = createHash('sha256')
    let size = 0
    await pipeline(
      fs.createReadStream(source),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk)
          size += chunk.length
          yield chunk
        }
      },
      fs.createWriteStream(target, { mode: 0o600 }),
    )
    copied.push({ path: `${prefix}/${entry.name}`, size, sha256: hash.digest('hex') })
  }
  return copied
}

type SqlClient = ReturnType<typeof createClient>

async function integrityOf(client: SqlClient): Promise<string> {
  const { rows } = await client.execute('PRAGMA integrity_check')
  return rows.map((row) => String(Object.values(row)[0])).join('; ')
}

/**
 * The files the copied database names, by backup path: the `filename` column and every
 * `…_filename` column (image sizes) of each upload collection's table.
 */
async function referencedFiles(client: SqlClient, uploads: UploadFolder[]): Promise<Map<string, { collection: string; filename: string }>> {
  const names = new Map<string, { collection: string; filename: string }>()
  for (const { collection } of uploads) {
    const table = snakeCase(collection)
    const { rows: columns } = await client.execute({ sql: 'SELECT name FROM pragma_table_info(?)', args: [table] })
    const fileColumns = columns.map((c) => String(c.name)).filter((name) => name === 'filename' || name.endsWith('_filename'))
    if (!fileColumns.length) continue
    const { rows } = await client.execute(`SELECT ${fileColumns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`)
    for (const row of rows) {
      for (const column of fileColumns) {
        const filename = row[column]
        if (typeof filename === 'string' && filename) names.set(`files/${collection}/${filename}`, { collection, filename })
      }
    }
  }
  return names
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value.toFixed(1)} ${units[unit]}`
}
