/**
 * `npm run bench`: builds every mission's site from a synthetic network and measures the full
 * build, a no-op rebuild and the latency from publishing a press release to its files on disk.
 * Each network size is measured in its own child process, so that one run's memory does not
 * count in the next one's peak.
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseBenchArgs, HELP, type BenchOptions } from '../src/bench/options'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const CHILD = 'CHANCERY_BENCH_CHILD'
const BUILD_HEAP_MB = 320
const log = (line: string) => process.stderr.write(`${line}\n`)

type ChildTask = { mode: 'seed' | 'build' | 'publish'; dir: string; size: { missions: number; locales: number; releases: number }; runs: number }

async function child(task: ChildTask): Promise<void> {
  if (task.mode === 'seed') {
    const { ensureCachedNetwork } = await import('../src/bench/benchDatabase')
    return ensureCachedNetwork(task.size, log)
  }
  const { startBenchPayload } = await import('../src/bench/benchDatabase')
  const payload = await startBenchPayload(task.dir)
  try {
    if (task.mode === 'build') {
      const { measureBuilds } = await import('../src/bench/measureBuilds')
      fs.writeFileSync(path.join(task.dir, 'build.json'), JSON.stringify(await measureBuilds(payload, task.dir, task.size, log)))
    } else {
      const { publishedMission } = await import('../src/bench/measureBuilds')
      const { measurePublishes } = await import('../src/bench/measurePublishes')
      log(`Publishing ${task.runs} press releases one by one, rebuilt by the jobs queue as the server does …`)
      const publishes = await measurePublishes(payload, task.dir, publishedMission(task.size), task.runs)
      const { measureNetworkAlert } = await import('../src/bench/measureAlert')
      log('Publishing a network-wide critical alert, until every site\'s home and contact pages show it …')
      fs.writeFileSync(path.join(task.dir, 'publish.json'), JSON.stringify({ ...publishes, alert: await measureNetworkAlert(payload, task.dir) }))
    }
  } finally {
    await payload.destroy()
  }
}

function runInChild(task: ChildTask): Promise<void> {
  return new Promise((resolve, reject) => {
    // The build holds one batch of missions at a time; a heap sized for that (not for the
    // machine's 24 GB) makes V8 collect as it goes instead of growing until it is told to.
    // Its build workers (src/build/pool) get heaps of their own, set by the pool.
    // The publishes run in a server's process, with Node's default heap, as `npm start` does.
    const execArgv = task.mode === 'build' ? [...process.execArgv, `--max-old-space-size=${BUILD_HEAP_MB}`] : process.execArgv
    const proc = fork(fileURLToPath(import.meta.url), [], { execArgv, env: { ...process.env, [CHILD]: JSON.stringify(task) }, stdio: ['ignore', 2, 'inherit', 'ipc'] })
    proc.on('error', reject)
    proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the measuring process exited with code ${code}`))))
  })
}

async function main(): Promise<void> {
  // `--peers`: Chancery's full build beside Hugo's of the same network (scripts/bench-peers.ts).
  if (process.argv.includes('--peers')) return (await import('./bench-peers')).runPeers(process.argv.slice(2).filter((a) => a !== '--peers'))
  const options = parseBenchArgs(process.argv.slice(2))
  if (options.help) {
    process.stdout.write(HELP)
    return
  }
  const { copyCachedNetwork, isCached } = await import('../src/bench/benchDatabase')
  const { describeMachine, judge, markdownBudget, markdownTable, markdownTargets, table, throughputBudget } = await import('../src/bench/report')
  const { writeBenchmarkDoc } = await import('../src/bench/benchmarkDoc')
  const { sizeResult } = await import('../src/bench/measureBuilds')
  const machine = describeMachine()

  const main = { missions: options.missions, locales: options.locales, releases: options.releases }
  const sizes = [main, ...(options.noTenth ? [] : [{ ...main, missions: Math.max(1, Math.round(main.missions / 10)) }])]
  const results = []
  const dirs: string[] = []
  try {
    for (const size of sizes) {
      const task = { size, runs: options.incrementalRuns }
      if (!isCached(size)) await runInChild({ ...task, mode: 'seed', dir: '' })
      const { dir } = copyCachedNetwork(size)
      dirs.push(dir)
      await runInChild({ ...task, mode: 'build', dir })
      // Another process, as the app server is another process than `npm run build:sites`.
      await runInChild({ ...task, mode: 'publish', dir })
      const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
      results.push(sizeResult(read('build.json'), read('publish.json'), task.runs))
    }
  } finally {
    // Only after every measurement: deleting 100,000 files keeps this disk busy for a while
    // (ext4 journal and discard), and the next run would be measured against it.
    if (!options.keep) for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
  }
  const targets = judge(results[0], results[1] ?? null)
  const budget = throughputBudget(results[0], machine.nproc)
  const budgetMarkdown = markdownBudget(budget)
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim()
  if (options.doc !== '-') writeBenchmarkDoc(options.doc, { machine, command, results, targets, tableMarkdown: markdownTable(results), targetsMarkdown: markdownTargets(targets), budgetMarkdown })

  const [first, tenth] = results
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...first, tenth: tenth ?? null, targets, throughputBudget: budget, machine })}\n`)
  } else {
    process.stdout.write(`${table(results)}\n\n${targets.map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value} (target ${t.goal})`).join('\n')}\n\n${budgetMarkdown}\n`)
  }
  if (options.keep) log(`Kept: ${dirs.join(', ')}`)
}

const task = process.env[CHILD]
;(task ? child(JSON.parse(task) as ChildTask) : main()).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
