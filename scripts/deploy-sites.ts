/**
 * `npm run deploy:sites -- --to TARGET`: publishes the generated sites folder to a folder or an
 * S3-compatible bucket, uploading only the files that changed and deleting removed ones last.
 */
import { parseArgs } from 'node:util'

import { describeTarget, parseTarget } from '../src/deploy/target'
import { deploySites, type DeployProgress } from '../src/deploy/deploySites'
import { openDestination } from '../src/deploy/openDestination'
import { sitesDir } from '../src/server/sitesDir'

const HELP = `Usage: npm run deploy:sites -- --to TARGET [--sites DIR] [--dry-run] [--force] [--list]

Publishes the generated sites (what npm run build:sites and the live rebuilds write) to TARGET,
as a web server or CDN serves them: every file whose bytes differ from what TARGET holds is
uploaded (images and data, then pages, then feeds and sitemaps), then the files the sites
no longer have are deleted. A second run with nothing changed uploads nothing. The build's state
(.chancery/) and every other dot-file are never published, nor deleted at TARGET.

TARGET:
  /srv/www/sites, ./out, file:///srv/www/sites
                   a folder on this machine (an rsync-like copy; files compared by size and
                   content, each replaced by rename). A folder that is not empty must carry the
                   .chancery-sites mark of an earlier deploy, or --force.
  s3://BUCKET[/PREFIX]
                   an S3-compatible bucket; files compared by size and ETag (MD5), uploaded with
                   the Content-Type and Cache-Control deploy/nginx sends (pages and feeds 5 min,
                   assets 1 h, Pagefind's index files a year).

Options:
  --to TARGET      where to publish (required)
  --sites DIR      the sites folder (default SITES_DIR, else dist/sites)
  --dry-run        compare and list what would be uploaded and deleted; change nothing
  --list           print every file uploaded and deleted
  --force          take over a non-empty folder never deployed to (its other files are deleted)
  --help           show this help

Environment for s3:// targets: S3_ENDPOINT (unset: AWS), S3_REGION (default us-east-1),
S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (unset: the SDK's chain), S3_FORCE_PATH_STYLE
(true for most self-hosted stores); DEPLOY_S3_* of the same names instead, when
DEPLOY_S3_ENDPOINT or DEPLOY_S3_ACCESS_KEY_ID is set.
`

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`

function progressLine(): (p: DeployProgress) => void {
  let last = 0
  return (p) => {
    const now = Date.now()
    if (now - last < 1000 && p.checked !== p.total) return
    last = now
    const line = `  ${p.checked}/${p.total} files checked, ${p.uploaded} uploaded (${megabytes(p.uploadedBytes)})`
    process.stderr.write(process.stderr.isTTY ? `\r${line}${p.checked === p.total ? '\n' : ''}` : `${line}\n`)
  }
}

async function main(): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        to: { type: 'string' },
        sites: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    console.error(`deploy:sites: ${(error as Error).message} (see --help)`)
    return 2
  }
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const source = values.sites ? sitesDir({ SITES_DIR: values.sites }) : sitesDir()
  const target = parseTarget(values.to)
  const dryRun = values['dry-run']
  const destination = openDestination(target, process.env, { sitesDir: source, force: values.force, dryRun })
  try {
    console.log(`${dryRun ? 'Comparing' : 'Publishing'} ${source} ${dryRun ? 'with' : 'to'} ${describeTarget(target)}`)
    const summary = await deploySites({
      sitesDir: source,
      destination,
      dryRun,
      onProgress: progressLine(),
      onFile: dryRun || values.list ? (action, p) => console.log(`  ${action === 'upload' ? (dryRun ? 'would upload' : 'upload') : dryRun ? 'would delete' : 'delete'} ${p}`) : undefined,
    })
    const verb = dryRun ? 'would be ' : ''
    if (summary.uploaded === 0 && summary.deleted === 0) {
      console.log(`Nothing to publish: all ${summary.unchanged} files are already at ${describeTarget(target)} (${summary.seconds.toFixed(1)} s).`)
    } else {
      console.log(
        `${dryRun ? 'Dry run' : 'Done'}: ${summary.uploaded} file(s) ${verb}uploaded (${megabytes(summary.uploadedBytes)}), ` +
          `${summary.unchanged} unchanged, ${summary.deleted} ${verb}deleted, in ${summary.seconds.toFixed(1)} s.`,
      )
    }
    return 0
  } finally {
    destination.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`deploy:sites failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
