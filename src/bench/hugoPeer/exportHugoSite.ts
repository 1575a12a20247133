/**
 * The benchmark network as a Hugo project (`npm run bench:peers`): one content section per
 * mission and language holding its press releases as Markdown, its other pages, its topics
 * and alerts feeds; one data file per site for the shell (siteData); the layouts of
 * src/bench/hugoPeer/layouts; and the files Chancery copies as they are (stylesheet,
 * scripts, JSON data, media) as Hugo static files. Read through the same Local API reads as
 * Chancery's build (readForBuild), so both generators start from the same views.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { withAlerts } from '../../alerts/siteAlerts'
import { loadSharedFor, readForBuild } from '../../build/buildSites'
import { planMissionSite } from '../../build/planMissionSite'
import type { RawNetwork } from '../../content/loadNetwork'
import { missionSiteView } from '../../content/missionSiteView'
import type { LocaleCode, MissionSiteView, ReleaseView } from '../../content/viewModels'
import { messagesFor } from '../../../templates/i18n'
import { hugoConfig } from './hugoConfig'
import { htmlToMarkdown } from './markdown'
import { otherPages } from './pageBodies'
import { hugoImage, hugoSiteData, siteBase } from './siteData'

export const LAYOUTS_DIR = fileURLToPath(new URL('./layouts', import.meta.url))

export type ExportOptions = { projectDir: string; mediaDir: string; today: string; now?: Date; log?: (line: string) => void }
export type ExportSummary = { missions: number; sites: number; releasePages: number; contentFiles: number; staticFiles: number; seconds: number }

/** A content file with JSON front matter (Hugo reads a file that starts with "{" that way). */
function writeContent(file: string, front: Record<string, unknown>, body = ''): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(front, null, 1)}\n\n${body}\n`)
}

function releaseFront(site: MissionSiteView, release: ReleaseView) {
  return {
    type: 'release', title: release.title, date: release.publishedAt, lastmod: release.updatedAt, summary: release.summary, id: release.id,
    topics: release.topics, topicSlugs: release.topics.map((t) => t.slug),
    hero: release.heroImage ? hugoImage(release.heroImage, siteBase(site)) : null,
    origin: release.origin?.name ?? null, author: release.origin ? 'mission' : 'ministry',
  }
}

/** One mission's site in one language: its section, its pages, its feeds' sections, its data file. */
function exportSite(root: string, site: MissionSiteView, slug: string): { releases: number; files: number } {
  const { locale } = site
  const t = messagesFor(locale)
  const dir = path.join(root, 'content', slug, locale)
  let files = 0
  const write = (name: string, front: Record<string, unknown>, body?: string) => {
    writeContent(path.join(dir, name), front, body)
    files++
  }
  fs.mkdirSync(path.join(root, 'data', 'sites', slug), { recursive: true })
  fs.writeFileSync(path.join(root, 'data', 'sites', slug, `${locale}.json`), JSON.stringify(hugoSiteData(site)))
  write('_index.md', { type: 'sitehome', title: site.mission.name, mission: slug, locale, outputs: ['html', 'feedxml', 'jsonfeed', 'localesitemap'], cascade: { mission: slug, locale } })
  write('news/_index.md', { type: 'news', title: t.news.title })
  for (const release of site.releases) write(`news/${release.slug}.md`, releaseFront(site, release), htmlToMarkdown(release.bodyHtml))
  // Chancery writes a feed pair for every topic its releases carry; so does this.
  const topics = new Map(site.releases.flatMap((r) => r.topics.map((topic) => [topic.slug, topic.name] as const)))
  write('topics/_index.md', { type: 'topics', _build: { render: 'never' } })
  for (const [topic, name] of topics) write(`topics/${topic}/_index.md`, { type: 'topic', title: `${site.mission.name}: ${name}`, topic, outputs: ['feedxml', 'jsonfeed'] })
  write('alerts/_index.md', { type: 'alerts', outputs: ['feedxml', 'jsonfeed'], alerts: (site.alerts ?? []).map((a) => ({ id: a.id, title: a.title, text: a.text, startsAt: a.startsAt, updatedAt: a.updatedAt })) })
  write('services/_index.md', { type: 'services', title: t.services.title, intro: t.services.intro })
  for (const page of otherPages(site)) {
    const front = { type: 'page', title: page.title, description: page.description, nav: page.nav, kind: page.kind, ...(page.lastmod ? { lastmod: page.lastmod } : {}) }
    // Chancery's 404 page is <locale>/404.html, linked absolutely (it is served at any URL).
    write(`${page.name}.md`, page.kind === 'not-found' ? { ...front, url: `/${slug}/${locale}/404.html`, notFound: true } : front, page.body)
  }
  return { releases: site.releases.length, files }
}

/** Files Chancery writes into a mission's site as they are (no template): Hugo copies them from static/. */
function exportStatic(root: string, raw: RawNetwork, slug: string, locales: LocaleCode[], options: ExportOptions): number {
  const plan = planMissionSite(raw, slug, { today: options.today, now: options.now })
  const generated = (p: string) => locales.some((l) => p.startsWith(`${l}/`)) || p === 'sitemap.xml' || p === 'robots.txt'
  let count = 0
  const put = (rel: string, contents: string | Buffer) => {
    const file = path.join(root, 'static', slug, rel)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, contents)
    count++
  }
  for (const file of plan.files) if (!generated(file.path)) put(file.path, file.contents as string)
  for (const media of plan.media) put(media.path, fs.readFileSync(path.join(options.mediaDir, media.filename)))
  return count
}

/** Writes the Hugo project of the whole network into `projectDir` (emptied first). */
export async function exportHugoSite(payload: Payload, options: ExportOptions): Promise<ExportSummary> {
  const started = performance.now()
  const root = options.projectDir
  fs.rmSync(root, { recursive: true, force: true })
  fs.mkdirSync(root, { recursive: true })
  fs.writeFileSync(path.join(root, 'config.json'), `${JSON.stringify(hugoConfig(), null, 2)}\n`)
  fs.cpSync(LAYOUTS_DIR, path.join(root, 'layouts'), { recursive: true })

  const shared = await loadSharedFor(payload, {})
  const targets = shared.missions.map((m) => m.slug as string)
  const summary: ExportSummary = { missions: 0, sites: 0, releasePages: 0, contentFiles: 0, staticFiles: 0, seconds: 0 }
  // Only the missions' batches: the ministry's site is not part of the peer (see docs/benchmarks.md).
  for await (const read of readForBuild(payload, shared, targets, { missions: targets, now: options.now })) {
    if (read.kind !== 'missions') continue
    for (const slug of read.slugs) {
      const mission = read.raw.missions.find((m) => m.slug === slug)!
      const locales = mission.siteLocales as LocaleCode[]
      writeContent(path.join(root, 'content', slug, '_index.md'), { type: 'mission', mission: slug, locales, base: (mission.baseUrl as string).replace(/\/?$/, '/'), outputs: ['sitemapindex', 'robotstxt'] })
      for (const locale of locales) {
        const site = withAlerts(missionSiteView(read.raw, slug, locale), read.raw.alerts, options.now ?? new Date())
        const done = exportSite(root, site, slug)
        summary.sites++
        summary.releasePages += done.releases
        summary.contentFiles += done.files
      }
      summary.staticFiles += exportStatic(root, read.raw, slug, locales, options)
      summary.missions++
    }
    options.log?.(`  exported ${summary.missions} of ${targets.length} missions`)
  }
  summary.seconds = (performance.now() - started) / 1000
  return summary
}
