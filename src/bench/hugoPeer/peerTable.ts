/**
 * The two generators side by side, as Markdown (the doc's table and the console's): pages,
 * pages a second, MB written a second, CPU seconds, peak resident set, and the page counts
 * kind by kind, so that a reader sees both built the same pages.
 */
import type { Census } from './census'

export type GeneratorRun = {
  name: string
  /** The build alone: Chancery's buildSites call; Hugo's whole process (reading its content is its build). */
  seconds: number
  cpuSeconds: number
  peakRssMB: number
  /** The same process measured whole by /usr/bin/time (Chancery's includes starting Payload). */
  processSeconds: number
  processCpuSeconds: number
  processMaxRssMB: number
  census: Census
  notes?: string
}

const MB = 1e6
const f1 = (n: number) => n.toFixed(1)
const int = (n: number) => Math.round(n).toLocaleString('en-US')

/** HTML pages, feeds and sitemaps of the missions' sites: what both generators make from templates. */
export const templatedFiles = (c: Census) =>
  c.kinds.releasePages.files + c.kinds.newsIndexPages.files + c.kinds.otherPages.files + c.kinds.rss.files + c.kinds.jsonFeed.files + c.kinds.sitemaps.files

export function peerRows(runs: GeneratorRun[]): string[][] {
  const row = (label: string, value: (r: GeneratorRun) => string) => [label, ...runs.map(value)]
  const kind = (label: string, k: keyof Census['kinds']) => row(label, (r) => `${int(r.census.kinds[k].files)} (${f1(r.census.kinds[k].bytes / r.census.kinds[k].files / 1000 || 0)} kB each)`)
  return [
    row('pages (HTML, feeds, sitemaps) of the missions\' sites', (r) => int(templatedFiles(r.census))),
    kind('  release pages', 'releasePages'),
    kind('  news index pages', 'newsIndexPages'),
    kind('  other HTML pages', 'otherPages'),
    kind('  RSS feeds', 'rss'),
    kind('  JSON Feed pages', 'jsonFeed'),
    kind('  sitemaps', 'sitemaps'),
    kind('  redirects (news/page/1/ to news/)', 'redirects'),
    kind('  other files (assets, data, robots.txt)', 'other'),
    row('ministry site files', (r) => int(r.census.ministryFiles.files)),
    row('search index files (Pagefind)', (r) => int(r.census.searchIndexFiles.files)),
    row('all files written', (r) => int(r.census.total.files)),
    row('MB written', (r) => f1(r.census.total.bytes / MB)),
    row('build seconds', (r) => f1(r.seconds)),
    row('pages per second', (r) => int(templatedFiles(r.census) / r.seconds)),
    row('files per second (all)', (r) => int(r.census.total.files / r.seconds)),
    row('MB written per second', (r) => f1(r.census.total.bytes / MB / r.seconds)),
    row('CPU seconds (children included)', (r) => f1(r.cpuSeconds)),
    row('pages per CPU-second', (r) => int(templatedFiles(r.census) / r.cpuSeconds)),
    row('peak RSS MB (process tree)', (r) => int(r.peakRssMB)),
    row('whole process: seconds / CPU seconds / max RSS MB', (r) => `${f1(r.processSeconds)} / ${f1(r.processCpuSeconds)} / ${int(r.processMaxRssMB)}`),
  ]
}

export function markdownPeerTable(runs: GeneratorRun[]): string {
  const rows = peerRows(runs)
  return [`| measure | ${runs.map((r) => r.name).join(' | ')} |`, `|---|${runs.map(() => '---:').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

/** "Hugo is ahead by 1.8× in pages per second" and the like, from the two runs. */
export function verdict(chancery: GeneratorRun, hugo: GeneratorRun): string {
  const ratio = (a: number, b: number) => (a >= b ? `${(a / b).toFixed(2)}×` : `${(b / a).toFixed(2)}×`)
  const rate = (r: GeneratorRun) => templatedFiles(r.census) / r.seconds
  const perCpu = (r: GeneratorRun) => templatedFiles(r.census) / r.cpuSeconds
  const ahead = (a: number, b: number, what: string) => `${a >= b ? chancery.name : hugo.name} is ahead in ${what} by ${ratio(a, b)}`
  return [
    ahead(rate(chancery), rate(hugo), 'pages per second'),
    ahead(perCpu(chancery), perCpu(hugo), 'pages per CPU-second'),
    `${chancery.peakRssMB <= hugo.peakRssMB ? chancery.name : hugo.name} needs ${ratio(chancery.peakRssMB, hugo.peakRssMB)} less memory at its peak`,
  ].join('; ')
}
