/**
 * `npm run backup -- --out DIR`: an online copy of the SQLite database and the uploaded files
 * (docs/backup.md). Does not start Payload.
 */
import { parseArgs } from 'node:util'

import { PROTECT_WARNING, runCommand } from '../src/backup/cli'

const HELP = `Usage: npm run backup -- --out DIR

Copies the SQLite database while the CMS keeps running (SQLite's VACUUM INTO: one consistent
snapshot; editors are not blocked), checks the copy's integrity, then copies every upload folder
beside it, and writes DIR/backup.json with the size and SHA-256 of each file. Put it back with
npm run restore -- DIR.

Files uploaded or deleted while the copy runs may be missing from (or extra in) DIR/files; the
summary lists any file the copied database names that is not in the backup.

DIR holds personal data: it is created readable by you only; keep it that way.
For MongoDB use mongodump (or npm run export, which works on both databases).

Options:
  --out DIR    a new or empty folder to write the backup into (required)
  --help       show this help

Environment:
  DATABASE_URL    unset or file:… → the SQLite file (default DATA_DIR/chancery.db)
  DATA_DIR        where the SQLite file and uploads live (default data/)
`

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  if (positionals.length) throw new Error(`unexpected argument ${positionals.join(' ')}; see npm run backup -- --help`)
  if (!values.out) throw new Error('--out DIR is required; see npm run backup -- --help')

  const { chooseDatabase } = await import('../src/config/database')
  const { dataDirOf, uploadFolders } = await import('../src/backup/cli')
  const { backupSqlite, formatBytes, sqliteFile } = await import('../src/backup/sqliteBackup')
  const dataDir = dataDirOf(process.env)
  const choice = chooseDatabase(process.env.DATABASE_URL, dataDir)
  if (choice.kind !== 'sqlite') throw new Error('npm run backup copies a SQLite database; for MongoDB use mongodump, or npm run export for a portable archive')
  const { createConfig } = await import('../src/config/createConfig')
  const config = await createConfig(process.env)

  console.log('Backing up…')
  const summary = await backupSqlite({
    database: sqliteFile(choice.url),
    uploads: uploadFolders(config),
    out: values.out,
    now: new Date(),
    onProgress: (line) => console.log(`  ${line}`),
  })
  for (const missing of summary.manifest.missingFiles) console.warn(`  warning: the database names ${missing.collection}/${missing.filename}, which was not in the upload folder`)
  console.log(
    `Backed up the database (${formatBytes(summary.manifest.database.size)}, integrity ${summary.manifest.database.integrity}) ` +
      `and ${summary.manifest.files.length} files to ${summary.dir} (${formatBytes(summary.bytes)}) in ${summary.seconds.toFixed(1)} s.`,
  )
  console.log(PROTECT_WARNING.replace(/^It /, 'The backup '))
}

runCommand('Backup', main)
