/**
 * `npm run bench:peers` (also `npm run bench -- --peers`): Chancery's full build and Hugo's build
 * of the same benchmark network, each into an empty folder, in one run, side by side.
 *
 * 1. The seeded network (cached, as `npm run bench` seeds it) is exported into a Hugo project
 *    (src/bench/hugoPeer): content, data files, the peer's layouts, static files. Not timed.
 * 2. Chancery builds every site (`buildSites`, as `npm run build:sites` and `npm run bench` do),
 *    in a child process with the bench's heap, measured by /usr/bin/time and a /proc sampler;
 *    then again, into another empty folder, without the sites' search indexes (Hugo makes none).
 * 3. Debian's `hugo` builds the project, measured the same way.
 * Both outputs are counted file by file (census.ts) and printed side by side.
 */
import { execFileSync, fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const CHILD = 'CHANCERY_PEERS_CHILD'
// The heap `npm run bench` gives its building process (scripts/bench.ts), so that this build is that one.
const BUILD_HEAP_MB = 320
const log = (line: string) => process.stderr.write(`${line}\n`)
const SELF = fileURLToPath(import.meta.url)

type Size = { missions: number; locales: number; releases: number }
type ChildTask = { mode: 'seed' | 'export' | 'chancery'; dir: string; size: Size; out?: string; searchIndex?: boolean }

export const HELP = `Usage: npm run bench:peers -- [--missions N] [--locales N] [--releases N] [--json] [--keep]
       npm run bench -- --peers [the same options]

Exports the benchmark network (150 missions × 3 languages × 200 releases by default, seeded
and cached as \`npm run bench\` does) into a Hugo site whose layouts make the same pages as
Chancery's templates (src/bench/hugoPeer), builds it with Debian's hugo (installed with
apt-get when missing and run as root) and the same network with Chancery's full build, each
into an empty folder (and once more without the search indexes, which Hugo does not make),
and prints them side by side: pages, pages and MB written per second, CPU seconds with
children, peak resident set.

Options:
  --missions N   missions in the network (default 150)
  --locales N    languages per mission, from es,en,fr,zh,ar (default 3)
  --releases N   published press releases per mission (default 200)
  --json         print one JSON object instead of a table
  --keep         keep the temporary folders (database, Hugo project, both outputs)
  --help         show this help
`

async function child(task: ChildTask): Promise<void> {
  if (task.mode === 'seed') {
    const { ensureCachedNetwork } = await import('../src/bench/benchDatabase')
    return ensureCachedNetwork(task.size, log)
  }
  const { startBenchPayload } = await import('../src/bench/benchDatabase')
  const { buildDate } = await import('../src/jobs/buildSettings')
  const payload = await startBenchPayload(task.dir)
  try {
    const mediaDir = path.join(task.dir, 'media')
    if (task.mode === 'export') {
      const { exportHugoSite } = await import('../src/bench/hugoPeer/exportHugoSite')
      const summary = await exportHugoSite(payload, { projectDir: path.join(task.dir, 'hugo-project'), mediaDir, today: buildDate(), log })
      fs.writeFileSync(path.join(task.dir, 'export.json'), JSON.stringify(summary))
    } else {
      const { buildSites } = await import('../src/build/buildSites')
      const { cpuWithChildren } = await import('../src/bench/hugoPeer/processMeter')
      log(`Chancery: full build into an empty folder${task.searchIndex === false ? ', without the search indexes' : ''} …`)
      const cpu = cpuWithChildren()
      const started = performance.now()
      const summary = await buildSites(payload, { outDir: path.join(task.dir, task.out!), mediaDir, today: buildDate(), searchIndex: task.searchIndex })
      const seconds = (performance.now() - started) / 1000
      const after = cpuWithChildren()
      const cpuSeconds = after.self - cpu.self + (after.children - cpu.children)
      fs.writeFileSync(path.join(task.dir, `${task.out}.json`), JSON.stringify({ seconds, cpuSeconds, written: summary.written, searchIndexes: summary.searchIndexes ?? null }))
    }
  } finally {
    await payload.destroy()
  }
}

function runInChild(task: ChildTask): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = fork(SELF, [], { env: { ...process.env, [CHILD]: JSON.stringify(task) }, stdio: ['ignore', 2, 'inherit', 'ipc'] })
    proc.on('error', reject)
    proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the ${task.mode} process exited with code ${code}`))))
  })
}

const positive = (name: string, value: string | undefined, fallback: number, max = Infinity) => {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}; got "${value}"`)
  return n
}

export async function runPeers(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      missions: { type: 'string' }, locales: { type: 'string' }, releases: { type: 'string' },
      json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  const size = { missions: positive('missions', values.missions, 150), locales: positive('locales', values.locales, 3, 5), releases: positive('releases', values.releases, 200) }
  const { ensureHugo } = await import('../src/bench/hugoPeer/ensureHugo')
  const hugo = ensureHugo(log)
  const { copyCachedNetwork, isCached } = await import('../src/bench/benchDatabase')
  const { measureProcess } = await import('../src/bench/hugoPeer/processMeter')
  const { takeCensus } = await import('../src/bench/hugoPeer/census')
  const { markdownPeerTable, verdict } = await import('../src/bench/hugoPeer/peerTable')
  const { describeMachine } = await import('../src/bench/report')
  const machine = describeMachine()

  if (!isCached(size)) await runInChild({ mode: 'seed', dir: '', size })
  const { dir } = copyCachedNetwork(size)
  try {
    log(`Exporting the network into a Hugo project (${path.join(dir, 'hugo-project')}) …`)
    await runInChild({ mode: 'export', dir, size })
    const exported = JSON.parse(fs.readFileSync(path.join(dir, 'export.json'), 'utf8'))
    log(`  ${exported.contentFiles} content files, ${exported.staticFiles} static files in ${exported.seconds.toFixed(1)} s`)
    // Each build starts with the disk's write-back of the step before done.
    execFileSync('sync')

    const execArgv = [...process.execArgv, `--max-old-space-size=${BUILD_HEAP_MB}`]
    const loads: Record<string, number[]> = {}
    // Chancery's full build makes every site's search index too (Pagefind, src/search), which Hugo
    // does not: built a second time without it, into another empty folder, for the like-for-like figure.
    const buildChancery = async (name: string, out: string, searchIndex: boolean) => {
      loads[name] = os.loadavg()
      const measured = await measureProcess(process.execPath, [...execArgv, SELF], { env: { ...process.env, [CHILD]: JSON.stringify({ mode: 'chancery', dir, size, out, searchIndex }) }, stdio: ['ignore', 2, 'inherit'] })
      if (measured.exitCode !== 0) throw new Error(`Chancery's build exited with code ${measured.exitCode}`)
      const result = JSON.parse(fs.readFileSync(path.join(dir, `${out}.json`), 'utf8'))
      execFileSync('sync')
      return {
        name, seconds: result.seconds, cpuSeconds: result.cpuSeconds, peakRssMB: measured.peakTreeRssMB,
        processSeconds: measured.seconds, processCpuSeconds: measured.cpuSeconds, processMaxRssMB: measured.maxRssMB,
        census: takeCensus(path.join(dir, out)), searchIndexes: result.searchIndexes,
      }
    }
    const chancery = await buildChancery('Chancery', 'chancery-out', true)
    const chanceryNoSearch = await buildChancery('Chancery, no search index', 'chancery-nosearch-out', false)

    log(`Hugo (${hugo.split(' ').slice(0, 2).join(' ')}): build into an empty folder …`)
    const hugoOut = path.join(dir, 'hugo-out')
    loads.Hugo = os.loadavg()
    const hugoProcess = await measureProcess('hugo', ['--source', path.join(dir, 'hugo-project'), '--destination', hugoOut, '--quiet'], { stdio: ['ignore', 2, 'inherit'] })
    if (hugoProcess.exitCode !== 0) throw new Error(`hugo exited with code ${hugoProcess.exitCode}`)
    execFileSync('sync')

    const runs = [
      chancery,
      chanceryNoSearch,
      {
        name: 'Hugo', seconds: hugoProcess.seconds, cpuSeconds: hugoProcess.cpuSeconds, peakRssMB: hugoProcess.peakTreeRssMB,
        processSeconds: hugoProcess.seconds, processCpuSeconds: hugoProcess.cpuSeconds, processMaxRssMB: hugoProcess.maxRssMB,
        census: takeCensus(hugoOut),
      },
    ]
    const summary = `${verdict(runs[0], runs[2])}. ${verdict(runs[1], runs[2])}`
    const loadAtEnd = os.loadavg()
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ size, hugo, machine, exported, runs, verdict: summary, loads, loadAtEnd })}\n`)
    } else {
      const load = machine.loadAverage.map((n) => n.toFixed(1)).join(' / ')
      const at = Object.entries(loads).map(([name, l]) => `${name} ${l.map((n) => n.toFixed(1)).join(' / ')}`).join('; ')
      process.stdout.write(`Network ${size.missions} × ${size.locales} × ${size.releases}; ${machine.nproc} CPUs, load average at start ${load} (before each build: ${at}); ${hugo}\n\n${markdownPeerTable(runs)}\n\n${summary}.\n`)
      if (chancery.searchIndexes) process.stdout.write(`Chancery's search indexes (Pagefind, in its own processes, counted in its CPU seconds): ${chancery.searchIndexes.sites} sites, ${chancery.searchIndexes.seconds.toFixed(1)} s added up.\n`)
    }
  } finally {
    // Deleting 250,000 files keeps this disk busy for a while: only after every measurement.
    if (values.keep) log(`Kept: ${dir}`)
    else fs.rmSync(dir, { recursive: true, force: true })
  }
}

const task = process.env[CHILD]
const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === SELF
if (task || isEntry) {
  ;(task ? child(JSON.parse(task) as ChildTask) : runPeers(process.argv.slice(2))).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`bench:peers failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      process.exit(1)
    },
  )
}
