import { execFileSync } from 'node:child_process'
import os from 'node:os'

import type { SizeResult } from './measureBuilds'

export type Machine = { nproc: number; cpu: string; memoryGB: number; node: string; loadAverage: number[] }

export function describeMachine(): Machine {
  let nproc = os.availableParallelism()
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc
  } catch {
    // nproc is coreutils; without it Node's own count is the same number on Linux.
  }
  return { nproc, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg() }
}

export const TARGET_PAGES_PER_SECOND = 5000
/** The build's memory ceiling with its workers (issue 19: 1 GB, where it was 512 MB on one core). */
export const PEAK_RSS_MB = 1024

export type Target = { name: string; goal: string; pass: boolean; value: string }

/** The targets, judged on the default-size run and the tenth-size run. */
export function judge(main: SizeResult, tenth: SizeResult | null): Target[] {
  const flat = tenth ? main.incrementalP95Ms <= Math.max(tenth.incrementalP95Ms * 1.5, tenth.incrementalP95Ms + 20) : null
  return [
    { name: 'Full build', goal: `≥ ${TARGET_PAGES_PER_SECOND.toLocaleString('en')} pages/s`, pass: main.pagesPerSecond >= TARGET_PAGES_PER_SECOND, value: `${Math.round(main.pagesPerSecond)} pages/s` },
    { name: 'Peak RSS (the build and its workers)', goal: `≤ ${PEAK_RSS_MB} MB`, pass: Math.max(main.peakRssMB, main.maxRssMB) <= PEAK_RSS_MB, value: `${Math.round(Math.max(main.peakRssMB, main.maxRssMB))} MB` },
    { name: 'No-op rebuild', goal: '0 files written', pass: main.noopFilesWritten === 0, value: `${main.noopFilesWritten} files` },
    { name: 'Publish → files on disk', goal: 'p95 ≤ 100 ms', pass: main.incrementalP95Ms <= 100, value: `p95 ${Math.round(main.incrementalP95Ms)} ms` },
    {
      name: 'Latency flat with network size', goal: 'p95 at full size ≤ 1.5 × (or +20 ms) p95 at 1/10',
      pass: flat ?? false, value: tenth ? `${Math.round(main.incrementalP95Ms)} ms vs ${Math.round(tenth.incrementalP95Ms)} ms` : 'not measured',
    },
    ...(main.alert
      ? [{
          name: 'Network-wide critical alert → home and contact of every site', goal: 'p95 over sites ≤ 10 s',
          pass: main.alert.p95Ms <= 10_000, value: `p95 ${(main.alert.p95Ms / 1000).toFixed(1)} s over ${main.alert.sites} sites`,
        }]
      : []),
  ]
}

const ROWS: [string, (r: SizeResult) => string][] = [
  ['network', (r) => `${r.size.missions} × ${r.size.locales} × ${r.size.releases}`],
  ['pages (and feeds, data, assets)', (r) => String(r.pages)],
  ['search index files, in the same seconds', (r) => (r.searchIndexFiles === undefined ? 'counted in pages' : String(r.searchIndexFiles))],
  ['seconds', (r) => r.seconds.toFixed(1)],
  ['build workers (threads)', (r) => (r.buildWorkers === undefined ? '—' : r.buildWorkers > 1 ? String(r.buildWorkers) : 'none (one thread)')],
  ['cpuSeconds', (r) => r.cpuSeconds.toFixed(1)],
  ['pagesPerSecond', (r) => String(Math.round(r.pagesPerSecond))],
  ['pages per CPU-second', (r) => String(Math.round(r.pages / r.cpuSeconds))],
  ['peakRssMB (sampled)', (r) => String(Math.round(r.peakRssMB))],
  ['maxRSS MB (resourceUsage)', (r) => String(Math.round(r.maxRssMB))],
  ['file system alone: the same files, seconds', (r) => r.fsFloorSeconds.toFixed(1)],
  ['file system alone: files per second', (r) => String(Math.round(r.fsFloorFilesPerSecond))],
  ['file system alone: MB written', (r) => String(Math.round(r.fsFloorMB))],
  ['file system alone: CPU-seconds (the kernel\'s)', (r) => `${r.fsFloorCpuSeconds.toFixed(1)} (${r.fsFloorSystemCpuSeconds.toFixed(1)})`],
  ['reading alone (Local API), seconds', (r) => r.readFloorSeconds.toFixed(1)],
  ['reading alone (Local API), CPU-seconds', (r) => r.readFloorCpuSeconds.toFixed(1)],
  ['noopSeconds', (r) => r.noopSeconds.toFixed(1)],
  ['noopFilesWritten', (r) => String(r.noopFilesWritten)],
  ['incrementalP50Ms', (r) => String(Math.round(r.incrementalP50Ms))],
  ['incrementalP95Ms', (r) => String(Math.round(r.incrementalP95Ms))],
  ['  of which the save (p50 ms)', (r) => String(Math.round(r.incrementalSaveP50Ms))],
  ['  after the save returned, p50 / p95 ms', (r) => `${Math.round(r.incrementalAfterSaveP50Ms)} / ${Math.round(r.incrementalAfterSaveP95Ms)}`],
  ['  job done, ministry site too, p50 / p95 ms', (r) => `${Math.round(r.incrementalJobDoneP50Ms)} / ${Math.round(r.incrementalJobDoneP95Ms)}`],
  ['  first publish after start (reads the mission), ms', (r) => String(Math.round(r.firstPublishMs))],
  ['  longest event-loop stall while publishing, ms', (r) => String(Math.round(r.publishEventLoopStallMaxMs))],
  ['incrementalFilesWritten (median)', (r) => String(r.incrementalFilesWritten)],
  ['network-wide alert → home and contact of every site, p50 / p95 / max ms', (r) => (r.alert ? `${Math.round(r.alert.p50Ms)} / ${Math.round(r.alert.p95Ms)} / ${Math.round(r.alert.maxMs)}` : '—')],
  ['  of which the save; the job done (every site), ms', (r) => (r.alert ? `${Math.round(r.alert.saveMs)}; ${Math.round(r.alert.jobDoneMs)}` : '—')],
]

export function table(results: SizeResult[]): string {
  const labels = ['', ...results.map((r, i) => (i === 0 ? 'default size' : '1/10 size'))]
  const lines = [labels, ...ROWS.map(([name, f]) => [name, ...results.map(f)])]
  const widths = labels.map((_, c) => Math.max(...lines.map((l) => l[c].length)))
  return lines.map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n')
}

export function markdownTable(results: SizeResult[]): string {
  const head = `| measure | ${results.map((_, i) => (i === 0 ? 'default size' : '1/10 size')).join(' | ')} |`
  const rule = `|---|${results.map(() => '---:').join('|')}|`
  return [head, rule, ...ROWS.map(([name, f]) => `| ${name} | ${results.map(f).join(' | ')} |`)].join('\n')
}

/** How the CPU time the throughput target allows compares with what reading and writing alone take. */
export type ThroughputBudget = {
  pages: number
  cpus: number
  /** The wall time the target allows for this network. */
  seconds: number
  /** That time on every CPU of the machine. */
  cpuSeconds: number
  readCpuSeconds: number
  writeCpuSeconds: number
  /** What reading and writing leave for everything else (rendering, hashing, the writer's bookkeeping). */
  leftCpuSeconds: number
  /** What everything else took in the measured build: its CPU time less the two floors'. */
  restCpuSeconds: number
}

export function throughputBudget(r: SizeResult, cpus: number): ThroughputBudget {
  const seconds = r.pages / TARGET_PAGES_PER_SECOND
  const cpuSeconds = seconds * cpus
  const floors = r.readFloorCpuSeconds + r.fsFloorCpuSeconds
  return {
    pages: r.pages, cpus, seconds, cpuSeconds, readCpuSeconds: r.readFloorCpuSeconds, writeCpuSeconds: r.fsFloorCpuSeconds,
    leftCpuSeconds: cpuSeconds - floors, restCpuSeconds: r.cpuSeconds - floors,
  }
}

export function markdownBudget(b: ThroughputBudget): string {
  const row = (name: string, value: number) => `| ${name} | ${value.toFixed(1)} |`
  return [
    `| ${b.pages.toLocaleString('en')} pages at ${TARGET_PAGES_PER_SECOND.toLocaleString('en')} a second on ${b.cpus} CPUs | CPU-seconds |`,
    '|---|---:|',
    row(`the build's time, ${b.seconds.toFixed(1)} s, on every CPU`, b.cpuSeconds),
    row('reading alone (Local API)', b.readCpuSeconds),
    row('writing the files alone', b.writeCpuSeconds),
    row('left for rendering, hashing and the rest', b.leftCpuSeconds),
    row('what the rest took in this build (its CPU time less the two above)', b.restCpuSeconds),
  ].join('\n')
}

export function markdownTargets(targets: Target[]): string {
  return ['| target | goal | measured | result |', '|---|---|---:|---|', ...targets.map((t) => `| ${t.name} | ${t.goal} | ${t.value} | ${t.pass ? 'pass' : '**fail**'} |`)].join('\n')
}
