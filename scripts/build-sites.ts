/**
 * `npm run build:sites`: generates every mission's site (pages, feeds, sitemaps) from the
 * published content, writing only files whose bytes changed.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { cmsPublicUrl } from '../src/citizen/publicUrls'
import { isLocaleCode, LOCALE_CODES, type LocaleCode } from '../src/config/locales'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm run build:sites -- [--out DIR] [--mission SLUG]... [--locale CODE]... [--full]

Generates the static site of every mission (or of the given ones) from published content.
Each site is written to DIR/<mission-slug>/ atomically; files whose bytes did not change
are not rewritten, and pages of unpublished or deleted content are removed.

Options:
  --out DIR        output folder (default dist/sites, or SITES_DIR)
  --mission SLUG   only this mission (repeatable)
  --locale CODE    only this language (repeatable): ${LOCALE_CODES.join(', ')}
  --full           trust no record of earlier builds: re-render every file and compare it with
                   the bytes on disk, not the build's manifest; still writes only what differs
                   (unchanged files keep inode and mtime), so it repairs files edited, added or
                   deleted by hand and a damaged manifest
  --feed-size N    items in each main feed (default 50, or FEED_SIZE); older items stay in JSON Feed pages
  --public-url URL serve-from address: each mission's site at URL/<slug>/ instead of its base URL
  --help           show this help

The build takes the site build lease that the app servers' rebuilds take (one build of the
sites at a time across every server on the database): while a server is building, it waits.

Environment: DATABASE_URL, DATA_DIR (see README), SITES_DIR, SITES_PUBLIC_URL, CMS_PUBLIC_URL (where the forms post), WEBSUB_HUB_URL, FEED_SIZE.
`

function progressBar(done: number, total: number, label: string): void {
  if (!process.stderr.isTTY) {
    process.stderr.write(`  ${done}/${total} ${label}\n`)
    return
  }
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stderr.write(`\r  [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${label.padEnd(30).slice(0, 30)}`)
  if (done === total) process.stderr.write('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      mission: { type: 'string', multiple: true },
      locale: { type: 'string', multiple: true },
      full: { type: 'boolean', default: false },
      'feed-size': { type: 'string' },
      'public-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  const locales = values.locale ?? []
  const bad = locales.filter((l) => !isLocaleCode(l))
  if (bad.length) throw new Error(`--locale ${bad.join(', ')} is not one of ${LOCALE_CODES.join(', ')}`)

  const feedSizeText = values['feed-size'] ?? process.env.FEED_SIZE
  const feedSize = feedSizeText === undefined ? undefined : Number(feedSizeText)
  if (feedSize !== undefined && !(Number.isInteger(feedSize) && feedSize > 0)) {
    throw new Error(`--feed-size (or FEED_SIZE) must be a whole number above 0, got "${feedSizeText}"`)
  }
  const outDir = path.resolve(values.out ?? process.env.SITES_DIR ?? path.join('dist', 'sites'))
  const dataDir = path.resolve(process.env.DATA_DIR ?? 'data')
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../src/config/createConfig')
  const { buildSites } = await import('../src/build/buildSites')
  const payload = await getPayload({ config: createConfig(process.env) })
  try {
    console.log(`Building sites into ${outDir}`)
    const { fetchMissingMedia } = await import('../src/build/mediaFromBucket')
    const fetched = await fetchMissingMedia(payload, path.join(dataDir, 'media'), process.env)
    if (fetched) console.log(`${fetched} media file(s) brought from the bucket (S3_BUCKET)`)
    const { SiteBuildLease } = await import('../src/jobs/siteBuildLease')
    const lease = new SiteBuildLease(payload)
    const holder = await lease.read()
    if (holder?.holder && Date.parse(holder.expiresAt) > Date.now()) {
      console.log(`Waiting for the site build lease: ${holder.holder} is building the sites…`)
    }
    const summary = await lease.hold(() => buildSites(payload, {
      outDir,
      mediaDir: path.join(dataDir, 'media'),
      today: new Date().toISOString().slice(0, 10),
      missions: values.mission,
      locales: locales as LocaleCode[],
      full: values.full,
      publicUrl: values['public-url'] ?? process.env.SITES_PUBLIC_URL,
      cmsUrl: cmsPublicUrl({ ...process.env, SITES_PUBLIC_URL: values['public-url'] ?? process.env.SITES_PUBLIC_URL }),
      hubUrl: process.env.WEBSUB_HUB_URL || null,
      feedSize,
      onProgress: progressBar,
    }))
    const pages = summary.written + summary.unchanged
    console.log(
      `Done: ${summary.sites.length} site(s), ${pages} files — ${summary.written} written, ${summary.unchanged} unchanged, ` +
        `${summary.deleted} deleted${summary.removedSites.length ? `, sites removed: ${summary.removedSites.join(', ')}` : ''} ` +
        `in ${summary.seconds.toFixed(1)} s.`,
    )
    for (const note of summary.notes) console.log(note)
    const failed = summary.pings.filter((p) => p.status === null || p.status >= 300)
    if (summary.pings.length) console.log(`WebSub: ${summary.pings.length - failed.length} of ${summary.pings.length} feed changes announced${failed.length ? `; failed: ${failed.map((f) => `${f.topic} (${f.error ?? f.status})`).join(', ')}` : ''}.`)
  } finally {
    await payload.destroy()
  }
}

main().catch((error: unknown) => {
  console.error(`build:sites failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
