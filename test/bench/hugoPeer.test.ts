import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { takeCensus } from '../../src/bench/hugoPeer/census'
import { hugoVersion } from '../../src/bench/hugoPeer/ensureHugo'
import { exportHugoSite, type ExportSummary } from '../../src/bench/hugoPeer/exportHugoSite'
import { seedNetwork } from '../../src/bench/seedNetwork'
import { buildSites } from '../../src/build/buildSites'
import { startTestPayload, type TestPayload } from '../support/testPayload'

// Two missions in two languages, 25 releases each (and the ministry's five on every site): two news pages per site.
const SIZE = { missions: 2, locales: 2, releases: 25 }
const TODAY = '2026-01-01'

let t: TestPayload
let project: string
let exported: ExportSummary

beforeAll(async () => {
  t = await startTestPayload()
  await seedNetwork(t.payload, SIZE)
  project = path.join(t.dataDir, 'hugo-project')
  exported = await exportHugoSite(t.payload, { projectDir: project, mediaDir: path.join(t.dataDir, 'media'), today: TODAY })
}, 180_000)
afterAll(async () => {
  await t?.close()
})

/** Every file under a folder (following links, as Chancery's sites are links), relative to it. */
function filesUnder(dir: string, rel = ''): string[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    const relPath = rel ? `${rel}/${name}` : name
    return fs.statSync(full).isDirectory() ? filesUnder(full, relPath) : [relPath]
  })
}

const frontMatter = (file: string) => {
  const text = fs.readFileSync(file, 'utf8')
  return { front: JSON.parse(text.slice(0, text.indexOf('\n}\n') + 2)) as Record<string, any>, body: text.slice(text.indexOf('\n}\n') + 3).trim() }
}

// The same markup laid out on other lines: Chancery writes a rich text's paragraphs on one line, Goldmark one a line.
const article = (html: string) => /<article>[\s\S]*<\/article>/.exec(html)![0].replace(/>\s+</g, '><')

describe('exportHugoSite', () => {
  it('writes every release of every site as Markdown with its front matter, one data file per site, the layouts and the config', () => {
    expect(exported).toMatchObject({ missions: 2, sites: 4, releasePages: 4 * 30 })
    const release = frontMatter(path.join(project, 'content/mission-0001/es/news/release-1.md'))
    expect(release.front).toMatchObject({ type: 'release', title: expect.any(String), date: expect.stringMatching(/^\d{4}-/), topicSlugs: expect.any(Array) })
    // The body is Markdown for Hugo to render: no HTML left in it.
    expect(release.body.length).toBeGreaterThan(200)
    expect(release.body).not.toMatch(/<\/?p>/)
    const releases = fs.readdirSync(path.join(project, 'content/mission-0002/en/news')).filter((f) => f !== '_index.md')
    expect(releases).toHaveLength(30)
    const data = JSON.parse(fs.readFileSync(path.join(project, 'data/sites/mission-0001/en.json'), 'utf8'))
    expect(data).toMatchObject({ locale: 'en', base: expect.stringMatching(/\/$/), nav: expect.any(Array), locales: [{ code: 'es' }, { code: 'en' }] })
    expect(fs.existsSync(path.join(project, 'layouts/release/single.html'))).toBe(true)
    expect(JSON.parse(fs.readFileSync(path.join(project, 'config.json'), 'utf8')).outputFormats).toHaveProperty('jsonfeed')
    expect(fs.existsSync(path.join(project, 'static/mission-0001/assets/site.css'))).toBe(true)
  })

  const hugo = hugoVersion()
  if (!hugo) console.warn('hugo is not installed (apt-get install -y hugo): the test that builds the Hugo peer is skipped.')

  it.skipIf(!hugo)('builds with Hugo into the pages Chancery builds: the same paths, the same release pages', async () => {
    const hugoOut = path.join(t.dataDir, 'hugo-out')
    execFileSync('hugo', ['--source', project, '--destination', hugoOut, '--quiet'], { stdio: 'pipe' })
    const chanceryOut = path.join(t.dataDir, 'chancery-out')
    await buildSites(t.payload, { outDir: chanceryOut, mediaDir: path.join(t.dataDir, 'media'), today: TODAY, searchIndex: false })

    for (const mission of ['mission-0001', 'mission-0002']) {
      // News and JSON Feed pages past the first are numbered differently (Chancery's stable archives; Hugo's pager).
      const paged = /news\/(?:archive|page)\/\d+\/|page\/\d+\/feed\.json$|feed-archive-\d+\.json$/
      const chancery = filesUnder(path.join(chanceryOut, mission)).filter((p) => !paged.test(p)).sort()
      const peer = filesUnder(path.join(hugoOut, mission)).filter((p) => !paged.test(p)).sort()
      expect(peer).toEqual(chancery)
      for (const locale of ['es', 'en']) {
        // Paged differently (Chancery's front page holds 20 to 39 releases, stablePages; Hugo's pager 20 a page), each lists every release once.
        const listed = (dir: string) => {
          const pages = filesUnder(path.join(dir, mission, locale, 'news')).filter((p) => /^(?:(?:archive|page)\/\d+\/)?index\.html$/.test(p) && !p.startsWith('page/1/'))
          return pages.flatMap((p) => [...fs.readFileSync(path.join(dir, mission, locale, 'news', p), 'utf8').matchAll(/<h2><a href="[./]*\/?[a-z]{2}\/news\/([^/]+)\/">/g)].map((m) => m[1])).sort()
        }
        expect(listed(hugoOut)).toHaveLength(30)
        expect(listed(hugoOut)).toEqual(listed(chanceryOut))
      }
    }
    for (const page of ['mission-0001/es/news/release-1/index.html', 'mission-0002/en/news/release-7/index.html']) {
      const [ours, theirs] = [chanceryOut, hugoOut].map((dir) => fs.readFileSync(path.join(dir, page), 'utf8'))
      expect(article(theirs)).toBe(article(ours))
      expect(theirs.length).toBeGreaterThan(ours.length * 0.95)
      expect(theirs.length).toBeLessThan(ours.length * 1.05)
    }
    const census = takeCensus(hugoOut)
    expect(census.kinds.releasePages.files).toBe(exported.releasePages)
    expect(census.ministryFiles.files).toBe(0)
  })
})
