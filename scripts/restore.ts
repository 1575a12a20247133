/**
 * `npm run restore -- DIR`: puts a backup taken by `npm run backup` back (docs/backup.md).
 * Does not start Payload.
 */
import { parseArgs } from 'node:util'

import { runCommand } from '../src/backup/cli'

const HELP = `Usage: npm run restore -- DIR [--replace]

Puts back the SQLite database and uploaded files of a backup written by npm run backup, after
checking every file against DIR/backup.json. Stop the CMS first.

Where the database file or an upload folder already exists the restore is refused, unless
--replace is given: then they are moved aside to <name>.before-restore-<time> (nothing is
deleted). If anything fails, what was copied is removed and what was moved aside comes back.

What is restored is what was: retention rules apply again from their next run. Rebuild the sites
afterwards (npm run build:sites, or npm start).

Options:
  --replace    move an existing database and upload folders aside instead of refusing
  --help       show this help

Environment:
  DATABASE_URL    unset or file:… → the SQLite file to restore to (default DATA_DIR/chancery.db)
  DATA_DIR        where the SQLite file and uploads live (default data/)
`

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { replace: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  if (positionals.length !== 1) throw new Error('give exactly one backup folder; see npm run restore -- --help')

  const { chooseDatabase } = await import('../src/config/database')
  const { dataDirOf, uploadFolders } = await import('../src/backup/cli')
  const { restoreSqlite, sqliteFile } = await import('../src/backup/sqliteBackup')
  const dataDir = dataDirOf(process.env)
  const choice = chooseDatabase(process.env.DATABASE_URL, dataDir)
  if (choice.kind !== 'sqlite') throw new Error('npm run restore puts back a SQLite database; DATABASE_URL selects MongoDB (use mongorestore, or npm run import)')
  const { createConfig } = await import('../src/config/createConfig')
  const config = await createConfig(process.env)

  console.log(`Restoring ${positionals[0]}…`)
  const summary = await restoreSqlite({
    from: positionals[0],
    database: sqliteFile(choice.url),
    uploads: uploadFolders(config),
    replace: values.replace,
    now: new Date(),
    onProgress: (line) => console.log(`  ${line}`),
  })
  for (const aside of summary.movedAside) console.log(`  moved aside: ${aside}`)
  console.log(`Restored the database to ${summary.database} and ${summary.files} files in ${summary.seconds.toFixed(1)} s. Rebuild the sites: npm run build:sites.`)
}

runCommand('Restore', main)
