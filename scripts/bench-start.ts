/**
 * `npm run bench:start`: how long a person waits after `npm start` before the admin answers, on
 * a fresh clone, on an empty data folder beside the build an earlier start prepared, and on the
 * folders an earlier start left. Results: docs/benchmarks.md.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseStartBenchArgs, PREPARED_FOR_NEXT_START, signInAnswer, siteBuildOf, SITES_GENERATED, START_BENCH_HELP, startTable, summariseStarts, type StartMode, type StartRun } from '../src/bench/firstStart'
import { preparedBuildDir } from '../src/start/preparedBuild'
import { stopLikeCtrlC } from '../src/start/processGroup'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const log = (line: string) => process.stderr.write(`${line}\n`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The folders one start works in; `seeded` runs share them. */
type Folders = { dataDir: string; distDir: string; tsconfig: string }

function newFolders(port: number): Folders {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-start-'))
  const tsconfig = `tsconfig.bench-start-${port}.json`
  fs.writeFileSync(path.join(ROOT, tsconfig), JSON.stringify({ extends: './tsconfig.json' }))
  return { dataDir, distDir: `.next-bench-start-${port}`, tsconfig }
}

function removeFolders(f: Folders): void {
  fs.rmSync(f.dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  fs.rmSync(path.join(ROOT, f.distDir), { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  for (const prepared of [preparedBuildDir(f.distDir), `${preparedBuildDir(f.distDir)}.lock`]) {
    fs.rmSync(path.join(ROOT, prepared), { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  }
  fs.rmSync(path.join(ROOT, f.tsconfig), { force: true })
}

type Started = { child: ChildProcess; output: () => string; readyAt: () => number | null }

/** `npm start` as a user runs it, in its own process group, on the given folders and port. */
function npmStart(f: Folders, port: number, t0: number): Started {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: f.dataDir,
    SITES_DIR: path.join(f.dataDir, 'sites'),
    NEXT_DIST_DIR: f.distDir,
    NEXT_TSCONFIG_PATH: f.tsconfig,
  }
  for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'SITES_PUBLIC_URL', 'NODE_ENV', 'VITEST']) delete env[name]
  const child = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  let readyAt: number | null = null
  const take = (d: Buffer) => {
    output += d
    if (readyAt === null && SITES_GENERATED.test(output)) readyAt = (Date.now() - t0) / 1000
  }
  child.stdout!.on('data', take)
  child.stderr!.on('data', take)
  return { child, output: () => output, readyAt: () => readyAt }
}

/** Stops a start as Ctrl-C in its terminal does, so that Next writes its cache whole (src/start/processGroup.ts). */
async function stop(child: ChildProcess): Promise<void> {
  if (!(await stopLikeCtrlC(child.pid!))) log('The start was still running 60 s after SIGINT: what was left of it was killed.')
}

/** Seconds from t0 to the first answer for which `accept` holds; polls until the deadline. */
async function firstAnswer(url: string, t0: number, deadline: number, started: Started, accept: (res: Response) => boolean): Promise<number> {
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`npm start exited with ${started.child.exitCode}:\n${started.output().slice(-3000)}`)
    const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) }).catch(() => null)
    if (res) {
      await res.arrayBuffer().catch(() => undefined)
      if (accept(res)) return (Date.now() - t0) / 1000
    }
    await sleep(res ? 250 : 100)
  }
  throw new Error(`no answer from ${url} in time:\n${started.output().slice(-3000)}`)
}

/**
 * One start: the admin's sign-in page timed from the command; the sites and the build alongside.
 * `untilPrepared`: it is stopped only once the production build for the next start is ready.
 */
async function timedStart(mode: StartMode, run: number, f: Folders, port: number, timeoutS: number, untilPrepared = false): Promise<StartRun> {
  const load1 = os.loadavg()[0]
  const t0 = Date.now()
  const deadline = t0 + timeoutS * 1000
  const started = npmStart(f, port, t0)
  const base = `http://127.0.0.1:${port}`
  try {
    const sites = firstAnswer(`${base}/sites/ministry/es/`, t0, deadline, started, (res) => res.status === 200).catch(() => null)
    const adminS = await firstAnswer(`${base}/admin`, t0, deadline, started, (res) => {
      const answer = signInAnswer(res.status, res.url)
      if (answer === 'create-first-user') throw new Error('the admin offered to create the first user: the server opened the database before the demo users were seeded')
      return answer === 'sign-in'
    })
    // The sites and the build finish after the admin answers, or the run fails.
    const sitesS = await sites
    while (started.readyAt() === null && Date.now() < deadline && started.child.exitCode === null) await sleep(200)
    if (untilPrepared) {
      log('  … waiting for the production build it prepares for the next start')
      const until = Date.now() + 900_000
      while (!PREPARED_FOR_NEXT_START.test(started.output()) && Date.now() < until && started.child.exitCode === null) await sleep(500)
      if (!PREPARED_FOR_NEXT_START.test(started.output())) throw new Error(`the start prepared no production build for the next one:\n${started.output().slice(-3000)}`)
    }
    const built = siteBuildOf(started.output())
    const result = { mode, run, adminS, sitesS, readyS: started.readyAt(), buildS: built?.buildS ?? null, written: built?.written ?? null, load1 }
    log(
      `  ${mode} #${run}: admin ${adminS.toFixed(1)} s, /sites/ ${sitesS?.toFixed(1) ?? '—'} s, sites generated ${result.readyS?.toFixed(1) ?? '—'} s ` +
        `(build ${built ? `${built.buildS} s, ${built.written} files written` : '—'}; load ${load1.toFixed(2)})`,
    )
    return result
  } finally {
    await stop(started.child)
  }
}

async function main(): Promise<void> {
  const opts = parseStartBenchArgs(process.argv.slice(2))
  if (opts.help) {
    process.stdout.write(START_BENCH_HELP)
    return
  }
  const runs: StartRun[] = []
  if (opts.modes.includes('fresh')) {
    // Nothing of an earlier start: no data, no development folder, no prepared build.
    for (let i = 1; i <= opts.runs; i++) {
      const port = await freePort()
      const f = newFolders(port)
      try {
        runs.push(await timedStart('fresh', i, f, port, opts.timeoutS))
      } finally {
        removeFolders(f)
      }
    }
  }
  const later = opts.modes.filter((mode) => mode !== 'fresh')
  if (later.length) {
    const port = await freePort()
    const f = newFolders(port)
    try {
      log('  one untimed start seeds the data folder, generates the sites and prepares the production build for the next start…')
      await timedStart('fresh', 0, f, port, opts.timeoutS, true)
      for (const mode of later) {
        for (let i = 1; i <= opts.runs; i++) {
          if (mode === 'seeded') {
            runs.push(await timedStart(mode, i, f, port, opts.timeoutS))
            continue
          }
          // An empty data folder beside the kept build folders.
          const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-start-'))
          try {
            runs.push(await timedStart(mode, i, { ...f, dataDir }, port, opts.timeoutS))
          } finally {
            fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
          }
        }
      }
    } finally {
      removeFolders(f)
    }
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ runs, summary: summariseStarts(runs), cpus: os.cpus().length, node: process.version }, null, 2)}\n`)
  else process.stdout.write(`${startTable(runs)}\n`)
}

main().catch((error: unknown) => {
  console.error(`bench:start failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
