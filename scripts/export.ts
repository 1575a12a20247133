/**
 * `npm run export -- --out FILE`: the whole database and its uploaded files in one portable
 * archive (docs/backup.md), importable into an empty SQLite or MongoDB database.
 */
import { parseArgs } from 'node:util'

import { PROTECT_WARNING, plural, runCommand } from '../src/backup/cli'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm run export -- --out FILE [--force]

Writes every collection, global, locale, version history, user (with password hashes) and
uploaded file into one archive (a gzipped tar; name it *.tar.gz), which npm run import loads
into an empty database of either kind. The same content always gives the same bytes.

The archive holds personal data: it is written readable by you only; keep it that way.
It reads the live database collection by collection: run it while nobody edits (or stop the
CMS) for a copy whose documents are all from one moment; npm run backup takes an online snapshot.

Options:
  --out FILE   the archive to write (required)
  --force      replace FILE if it exists
  --help       show this help

Environment:
  DATABASE_URL    unset or file:… → SQLite under DATA_DIR (default); mongodb://… → MongoDB
  DATA_DIR        where the SQLite file and uploads live (default data/)
  PAYLOAD_SECRET  required when NODE_ENV=production
`

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  if (positionals.length) throw new Error(`unexpected argument ${positionals.join(' ')}; see npm run export -- --help`)
  if (!values.out) throw new Error('--out FILE is required; see npm run export -- --help')

  const { getPayload } = await import('payload')
  const { createConfig } = await import('../src/config/createConfig')
  const { exportArchive } = await import('../src/backup/exportArchive')
  const { formatBytes } = await import('../src/backup/sqliteBackup')
  const payload = await getPayload({ config: createConfig(process.env) })
  try {
    console.log(`Exporting the ${payload.db.name} database…`)
    const summary = await exportArchive(payload, { out: values.out, force: values.force, onProgress: (line) => console.log(`  ${line}`) })
    for (const missing of summary.missingFiles) console.warn(`  warning: ${missing.collection} ${missing.id} names ${missing.filename}, which is not on disk; the archive lists it as missing`)
    const documents = summary.collections.reduce((sum, c) => sum + c.documents, 0)
    const versions = summary.collections.reduce((sum, c) => sum + (c.versions ?? 0), 0)
    const globals = summary.globals.filter((g) => g.saved).length
    console.log(
      `Exported ${plural(documents, 'document')}, ${plural(versions, 'version')}, ${plural(globals, 'global')} and ${plural(summary.files, 'file')} ` +
        `to ${summary.file} (${formatBytes(summary.bytes)}) in ${summary.seconds.toFixed(1)} s.`,
    )
    console.log(PROTECT_WARNING)
  } finally {
    await payload.destroy()
  }
}

runCommand('Export', main)
