/**
 * The pure parts of `npm run bench:start` (scripts/bench-start.ts): its options, what counts as
 * the admin's sign-in page, and the summary of the runs.
 */
import { parseArgs } from 'node:util'

export type StartMode = 'fresh' | 'fresh-database' | 'seeded'

const MODES: StartMode[] = ['fresh', 'fresh-database', 'seeded']

export type StartBenchOptions = { runs: number; modes: StartMode[]; timeoutS: number; json: boolean; help: boolean }

export const START_BENCH_HELP = `Usage: npm run bench:start -- [--runs N] [--mode fresh|fresh-database|seeded|all] [--timeout S] [--json]

Times \`npm start\` from the command to the first 200 of the admin's sign-in page (GET /admin,
redirects followed), N runs per mode, one after the other, each on a free port:

  fresh           an empty data folder, sites folder and Next.js build folders: a fresh clone's
                  first start (seeds the demo network, generates the sites, compiles the admin in
                  Next's development server)
  fresh-database  an empty data and sites folder, with the production build an earlier start
                  prepared (a new database on a checkout that has started before)
  seeded          the data, sites and build folders an earlier start left behind: the second
                  npm start, which serves the production build the first one prepared
                  (each timed run leaves the folders for the next)

The last two share one untimed start, which seeds its data folder, generates the sites and
waits until the production build for the next start is prepared (a few more minutes).

Also prints the seconds to the first 200 of /sites/ministry/es/ and to the line npm start prints
once the sites are generated, and the machine's load average before each run. Temporary folders
go under the system's temporary folder and are removed afterwards.

Options:
  --runs N       timed runs per mode (default 3)
  --mode M       fresh, fresh-database, seeded or all (default all)
  --timeout S    give up on a run after S seconds (default 300)
  --json         print one JSON object instead of a table
  --help         show this help
`

export function parseStartBenchArgs(argv: string[]): StartBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' }, mode: { type: 'string', default: 'all' }, timeout: { type: 'string' },
      json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  const whole = (name: string, value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1; got "${value}"`)
    return n
  }
  if (![...MODES, 'all'].includes(values.mode!)) throw new Error(`--mode must be fresh, fresh-database, seeded or all; got "${values.mode}"`)
  const modes: StartMode[] = values.mode === 'all' ? MODES : [values.mode as StartMode]
  return { runs: whole('runs', values.runs, 3), modes, timeoutS: whole('timeout', values.timeout, 300), json: values.json!, help: values.help! }
}

/**
 * Whether an answer to GET /admin (redirects followed) is the sign-in page. Payload sends a
 * database without users to /admin/create-first-user instead: a 200 there means the server let
 * someone in before the demo users were seeded, which the benchmark reports as a failure.
 */
export function signInAnswer(status: number, finalUrl: string): 'sign-in' | 'not-yet' | 'create-first-user' {
  const { pathname } = new URL(finalUrl)
  if (status !== 200) return 'not-yet'
  if (pathname.startsWith('/admin/create-first-user')) return 'create-first-user'
  return pathname === '/admin' || pathname === '/admin/' || pathname.startsWith('/admin/login') ? 'sign-in' : 'not-yet'
}

/** buildS and written: what npm start's own line says of the site build (its seconds, the files it wrote). */
export type StartRun = { mode: StartMode; run: number; adminS: number; sitesS: number | null; readyS: number | null; buildS?: number | null; written?: number | null; load1: number }

/** The line npm start prints once the production build for the next start is ready (scripts/start.ts). */
export const PREPARED_FOR_NEXT_START = /The production build for the next start is ready/

/** The line npm start prints once it has generated the sites (scripts/start.ts). */
export const SITES_GENERATED = /(\d+) sites, (\d+) files written, \d+ unchanged, \d+ deleted in ([\d.]+) s/

export function siteBuildOf(output: string): { buildS: number; written: number } | null {
  const match = SITES_GENERATED.exec(output)
  return match ? { buildS: Number(match[3]), written: Number(match[2]) } : null
}

export type StartSummary = { mode: StartMode; runs: number; adminS: { min: number; median: number; max: number }; sitesMedianS: number | null; readyMedianS: number | null }

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function summariseStarts(runs: StartRun[]): StartSummary[] {
  const modes = [...new Set(runs.map((r) => r.mode))]
  return modes.map((mode) => {
    const mine = runs.filter((r) => r.mode === mode)
    const admin = mine.map((r) => r.adminS)
    const known = (values: (number | null)[]) => (values.every((v) => v !== null) && values.length ? median(values as number[]) : null)
    return {
      mode,
      runs: mine.length,
      adminS: { min: Math.min(...admin), median: median(admin), max: Math.max(...admin) },
      sitesMedianS: known(mine.map((r) => r.sitesS)),
      readyMedianS: known(mine.map((r) => r.readyS)),
    }
  })
}

const s = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} s`)

/** A Markdown table of every run and the medians, as docs/benchmarks.md shows them. */
export function startTable(runs: StartRun[]): string {
  const lines = [
    '| Start | Run | Admin sign-in page (200) | /sites/ministry/es/ (200) | Sites generated | Site build (files written) | Load (1 min) before |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  const build = (r: StartRun) => (r.buildS === undefined || r.buildS === null ? '—' : `${r.buildS.toFixed(1)} s (${r.written})`)
  for (const r of runs) lines.push(`| ${r.mode} | ${r.run} | ${s(r.adminS)} | ${s(r.sitesS)} | ${s(r.readyS)} | ${build(r)} | ${r.load1.toFixed(2)} |`)
  for (const m of summariseStarts(runs)) lines.push(`| **${m.mode}** | median of ${m.runs} | **${s(m.adminS.median)}** (${s(m.adminS.min)}–${s(m.adminS.max)}) | ${s(m.sitesMedianS)} | ${s(m.readyMedianS)} | | |`)
  return lines.join('\n')
}
