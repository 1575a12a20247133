/**
 * `npm run audit`: the presence audit of the network's published content, as a table or
 * (`--json`) as one JSON object.
 */
import { parseArgs } from 'node:util'

import type { Config, SanitizedConfig } from 'payload'

import { DEFAULT_ATTENTION_COUNT, DEFAULT_WINDOW_DAYS } from '../src/audit/auditNetwork'
import { MAX_WINDOW_DAYS, parseInstant, parseWindowDays } from '../src/audit/options'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm run audit -- [--json] [--mission SLUG]... [--window DAYS] [--as-of DATE]

The presence audit of every open mission: accounts per platform, languages served against
those expected, days since the last press release and releases per month, services listed,
missing sections, how it answers enquiries (hours to first reply, share within the charter's
promise, open ones past it), its survey figures and its appointments (next available date,
days of waiting, places used, no-show rate per service), and a conformance score (0-100);
then the network's figures and the missions that most need attention. docs/audit.md
explains every figure and the score.

Options:
  --json           print one JSON object instead of the table
  --mission SLUG   only this mission (repeatable); the network figures cover the selection
  --window DAYS    days over which releases per month, enquiries and survey answers are counted (default ${DEFAULT_WINDOW_DAYS}, at most ${MAX_WINDOW_DAYS})
  --as-of DATE     audit as of this ISO 8601 date or date-time instead of now
  --help           show this help

Environment: DATABASE_URL, DATA_DIR (see README).
`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      mission: { type: 'string', multiple: true },
      window: { type: 'string' },
      'as-of': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  const windowDays = parseWindowDays(values.window, '--window')
  const now = values['as-of'] === undefined ? new Date() : parseInstant(values['as-of'], '--as-of')

  // stdout carries the report and nothing else (`--json | jq` must work): the database
  // adapter's progress output goes to stderr, and Payload logs only errors, there too.
  const writeReport = process.stdout.write.bind(process.stdout)
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write

  const { getPayload } = await import('payload')
  const { createConfig } = await import('../src/config/createConfig')
  const { runAudit } = await import('../src/audit/runAudit')
  const { formatAuditTable } = await import('../src/audit/formatTable')
  const logger: Config['logger'] = { options: { level: 'error' }, destination: process.stderr }
  const payload = await getPayload({ config: { ...(await createConfig(process.env)), logger } as SanitizedConfig })
  try {
    // The operator at the terminal holds the database itself: the whole network is in scope.
    const report = await runAudit(payload, { scope: { kind: 'network' }, now, missions: values.mission, windowDays, attentionCount: DEFAULT_ATTENTION_COUNT })
    await new Promise<void>((resolve, reject) =>
      writeReport(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditTable(report), (error) => (error ? reject(error) : resolve())),
    )
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    const usage = error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    console.error(`audit failed: ${message}${usage ? ' (see npm run audit -- --help)' : ''}`)
    process.exit(usage ? 2 : 1)
  },
)
