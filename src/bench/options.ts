import { parseArgs } from 'node:util'

export type BenchOptions = {
  missions: number
  locales: number
  releases: number
  incrementalRuns: number
  json: boolean
  keep: boolean
  help: boolean
  /** Skip the run at a tenth of the size (the incremental latency comparison). */
  noTenth: boolean
  /** Where to write the report (default docs/benchmarks.md; "-" for none). */
  doc: string
}

export const HELP = `Usage: npm run bench -- [--missions N] [--locales N] [--releases N] [--json] [--keep]

Builds every mission's site from a synthetic network in a temporary SQLite database and
measures the full build, a rebuild with nothing changed, the same files written again
with nothing rendered (what the disk alone allows), the same content read again through
the Local API with nothing rendered (what reading alone takes), and the latency from
saving a press release to its files on disk; then does the same at a tenth of the
network. It ends with what the 5,000 pages/s target leaves for rendering on this
machine's CPUs once reading and writing alone are counted.

Options:
  --missions N          missions in the network (default 150)
  --locales N           languages per mission, from es,en,fr,zh,ar (default 3)
  --releases N          published press releases per mission (default 200)
  --incremental-runs N  releases published one by one for the latency (default 50)
  --no-tenth            skip the run at a tenth of the size
  --doc FILE            write the report there (default docs/benchmarks.md; - for none)
  --json                print one JSON object instead of a table
  --keep                keep the temporary folders (database, generated sites)
  --help                show this help

The seeded network is cached under the system's temporary folder, keyed by its size.
`

const positive = (name: string, value: string | undefined, fallback: number, max = Infinity) => {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}; got "${value}"`)
  return n
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      missions: { type: 'string' }, locales: { type: 'string' }, releases: { type: 'string' },
      'incremental-runs': { type: 'string' }, doc: { type: 'string' },
      'no-tenth': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  return {
    missions: positive('missions', values.missions, 150),
    locales: positive('locales', values.locales, 3, 5),
    releases: positive('releases', values.releases, 200),
    incrementalRuns: positive('incremental-runs', values['incremental-runs'], 50),
    json: values.json!, keep: values.keep!, help: values.help!, noTenth: values['no-tenth']!,
    doc: values.doc ?? 'docs/benchmarks.md',
  }
}
