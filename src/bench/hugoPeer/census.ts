/**
 * What a generator left in its output folder, counted the same way for both: files and bytes by
 * kind, for the missions' sites apart from the ministry's site and from the search index
 * (Pagefind's files), which only Chancery makes. Chancery's sites are links to their current
 * folder (src/build/siteWriter.ts): the census follows each site's link and skips the store.
 */
import fs from 'node:fs'
import path from 'node:path'

export type KindCount = { files: number; bytes: number }
export type Census = {
  /** Mission sites' files by kind: release pages, news index pages, other HTML pages, RSS, JSON Feed, sitemaps, redirects (Hugo's), other (assets, data, robots.txt). */
  kinds: Record<'releasePages' | 'newsIndexPages' | 'otherPages' | 'rss' | 'jsonFeed' | 'sitemaps' | 'redirects' | 'other', KindCount>
  /** Files of the mission sites (every kind above). */
  missionFiles: KindCount
  ministryFiles: KindCount
  searchIndexFiles: KindCount
  /** Everything in the folder, whatever site or kind. */
  total: KindCount
}

const empty = (): KindCount => ({ files: 0, bytes: 0 })

export function kindOf(sitePath: string): keyof Census['kinds'] {
  // Hugo's redirect from a list's first page (news/page/1/) to the list: no page of its own.
  if (/^[a-z]{2}\/news\/page\/1\/index\.html$/.test(sitePath)) return 'redirects'
  if (/^[a-z]{2}\/news\/(?:archive|page)\/\d+\/index\.html$/.test(sitePath) || /^[a-z]{2}\/news\/index\.html$/.test(sitePath)) return 'newsIndexPages'
  if (/^[a-z]{2}\/news\/[^/]+\/index\.html$/.test(sitePath)) return 'releasePages'
  if (sitePath.endsWith('.html')) return 'otherPages'
  if (sitePath.endsWith('sitemap.xml')) return 'sitemaps'
  if (/^[a-z]{2}\/(?:.+\/)?feed\.xml$/.test(sitePath)) return 'rss'
  if (/^[a-z]{2}\/(?:.+\/)?feed(?:-archive-\d+)?\.json$/.test(sitePath) || /^[a-z]{2}\/(?:.+\/)?page\/\d+\/feed\.json$/.test(sitePath)) return 'jsonFeed'
  return 'other'
}

function* walk(dir: string, rel = ''): Generator<{ rel: string; bytes: number }> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const relPath = rel ? `${rel}/${entry.name}` : entry.name
    const stat = fs.statSync(full)
    if (stat.isDirectory()) yield* walk(full, relPath)
    else yield { rel: relPath, bytes: stat.size }
  }
}

/** Counts the sites in `outDir` (each a folder or a link to one; "ministry" is the ministry's). */
export function takeCensus(outDir: string): Census {
  const kinds = Object.fromEntries(['releasePages', 'newsIndexPages', 'otherPages', 'rss', 'jsonFeed', 'sitemaps', 'redirects', 'other'].map((k) => [k, empty()])) as Census['kinds']
  const census: Census = { kinds, missionFiles: empty(), ministryFiles: empty(), searchIndexFiles: empty(), total: empty() }
  const add = (count: KindCount, bytes: number) => {
    count.files++
    count.bytes += bytes
  }
  for (const entry of fs.readdirSync(outDir, { withFileTypes: true })) {
    const full = path.join(outDir, entry.name)
    if (entry.name.startsWith('.')) continue
    if (!fs.statSync(full).isDirectory()) {
      add(census.total, fs.statSync(full).size)
      continue
    }
    for (const file of walk(full)) {
      add(census.total, file.bytes)
      if (file.rel.startsWith('pagefind/')) add(census.searchIndexFiles, file.bytes)
      else if (entry.name === 'ministry') add(census.ministryFiles, file.bytes)
      else {
        add(census.missionFiles, file.bytes)
        add(kinds[kindOf(file.rel)], file.bytes)
      }
    }
  }
  return census
}
