/**
 * `npm run import -- FILE`: loads an archive written by `npm run export` into an empty database
 * (docs/backup.md).
 */
import { parseArgs } from 'node:util'

import { PROTECT_WARNING, plural, runCommand } from '../src/backup/cli'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm run import -- FILE

Loads an archive written by npm run export into an EMPTY database: every document, version,
global, user (password hashes kept: everyone signs in as before) and uploaded file, with the
ids and dates they had. A database that holds anything is refused, as is an upload folder that
already holds one of the archive's files.

The whole archive is checked first (format version, every entry's size and SHA-256, collections
and locales this Chancery knows); then everything is written in one transaction, so a failure
leaves the database empty again. On MongoDB that needs a replica set; without one a failure says
that the database holds part of the archive and must be dropped.

Nothing runs on the way in: no site is rebuilt, no mail is sent, and retention rules are not
applied to what is restored (a backup restores what was; they apply again from the next run).
Build the sites afterwards: npm run build:sites.

Do not start the CMS on the new database before importing: npm start seeds an empty database.

Options:
  --help       show this help

Environment:
  DATABASE_URL    unset or file:… → SQLite under DATA_DIR (default); mongodb://… → MongoDB
  DATA_DIR        where the SQLite file and uploads live (default data/)
  PAYLOAD_SECRET  required when NODE_ENV=production
`

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  if (positionals.length !== 1) throw new Error('give exactly one archive file; see npm run import -- --help')

  const { getPayload } = await import('payload')
  const { createConfig } = await import('../src/config/createConfig')
  const { importArchive } = await import('../src/backup/importArchive')
  const payload = await getPayload({ config: createConfig(process.env) })
  try {
    console.log(`Importing ${positionals[0]} into the ${payload.db.name} database…`)
    const summary = await importArchive(payload, { file: positionals[0], onProgress: (line) => console.log(`  ${line}`) })
    for (const missing of summary.missingFiles) console.warn(`  warning: ${missing.collection} ${missing.id} names ${missing.filename}, which was already missing when the archive was written`)
    console.log(
      `Imported ${plural(summary.documents, 'document')}, ${plural(summary.versions, 'version')}, ${plural(summary.globals, 'global')} and ${plural(summary.files, 'file')} ` +
        `in ${summary.seconds.toFixed(1)} s. Build the sites now: npm run build:sites.`,
    )
    console.log(`The archive ${PROTECT_WARNING.replace(/^It /, '')} Delete it when it is no longer needed.`)
  } finally {
    await payload.destroy()
  }
}

runCommand('Import', main)
