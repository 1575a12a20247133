/**
 * `npm run bench:appointments`: many clients book appointments at once, over loopback HTTP
 * through the public flow's confirmation (or --in-process through the booking store). Reports
 * bookings per second and latency, then checks from the database that no slot holds more than
 * its places and that every acknowledged booking is stored once.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { getPayload, type Payload } from 'payload'
import { wholeOption } from '../src/bench/wholeOption'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm run bench:appointments -- [--clients N | --rate R] [--total N] [--places N] [--oversubscribe F]
                                   [--in-process | --in-flow | --production [--reuse-build]] [--json] [--keep]

Seeds one mission (Europe/Madrid) with a passport schedule in a temporary SQLite database,
starts the application server on a loopback port (next dev, or with --production the
production build served as npm run serve does), and has N concurrent clients confirm
bookings until TOTAL were asked for, after a warm-up of a fifth as many on slots of their own
(a server that has been up a while runs compiled code). Each slot's places are asked for together, and the run
asks for more than there are (--oversubscribe), so the last place of a slot is contended and
some requests are refused as full. Then it reports bookings per second, latency percentiles
and refusals, and checks from the database that no slot holds more than its places.

Options:
  --clients N         concurrent clients (default 50): a closed loop, which shows the most
                      bookings a second the server takes (its latency is clients / throughput)
  --rate R            instead, send R requests a second whatever the answers (an open loop):
                      the latency at that offered load, counted from when each was due
  --total N           bookings to ask for (default 1000)
  --places N          places per slot (default 3)
  --oversubscribe F   requests per place offered (default 1.2: a sixth refused as full)
  --in-process        call the booking store directly, no server (the database's share alone)
  --in-flow           hand the confirmation post to the flow's handler in this process, no
                      server (the flow's share: guards, checks, store, page, mail; no HTTP or Next)
  --production        serve a production build (next build into .next-bench, a few minutes)
  --reuse-build       with --production: serve the build already in .next-bench
  --json              print one JSON object instead of a table
  --keep              keep the temporary folder (database, outbox)
  --help              show this help

Targets (issue 15): at least 100 bookings per second, p95 at most 150 ms, zero over-bookings.
The throughput is a closed loop's; the p95 that counts is an open loop's at a rate that books
100 a second (--rate 120 with the default oversubscription of 1.2).
`

const TARGET = { bookingsPerSecond: 100, p95: 150 }
const log = (line: string) => process.stderr.write(`${line}\n`)
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SECRET = randomBytes(32).toString('hex')

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      clients: { type: 'string' }, rate: { type: 'string' }, total: { type: 'string' }, places: { type: 'string' }, oversubscribe: { type: 'string' },
      'in-process': { type: 'boolean', default: false }, 'in-flow': { type: 'boolean', default: false }, production: { type: 'boolean', default: false }, 'reuse-build': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  const oversubscribe = values.oversubscribe === undefined ? 1.2 : Number(values.oversubscribe)
  if (!(oversubscribe >= 1 && oversubscribe <= 10)) throw new Error(`--oversubscribe must be a number from 1 to 10; got "${values.oversubscribe}"`)
  if ((values['in-process'] || values['in-flow']) && values.production) throw new Error('--in-process and --in-flow run no server; leave out --production')
  if (values['in-process'] && values['in-flow']) throw new Error('choose one of --in-process and --in-flow')
  if (values.rate !== undefined && values.clients !== undefined) throw new Error('choose one of --clients (a closed loop) and --rate (an open loop)')
  const rate = values.rate === undefined ? undefined : Number(values.rate)
  if (rate !== undefined && !(rate > 0 && rate <= 10_000)) throw new Error(`--rate must be a number of requests a second from 1 to 10000; got "${values.rate}"`)
  return {
    ...values,
    clients: wholeOption('clients', values.clients, 50),
    rate,
    total: wholeOption('total', values.total, 1000),
    places: wholeOption('places', values.places, 3, 50),
    oversubscribe,
  }
}

async function openPayload(dir: string): Promise<Payload> {
  const { createConfig } = await import('../src/config/createConfig')
  return getPayload({
    config: createConfig({ DATABASE_URL: `file:${path.join(dir, 'bench.db')}`, DATA_DIR: dir, PAYLOAD_SECRET: SECRET, NODE_ENV: 'development' }),
    key: `${dir}-${Date.now()}`,
  })
}

/** One mission with one office offering one published service, and a schedule of a realistic size open every day (4,300 slots in its 60 days). */
async function seed(payload: Payload, places: number) {
  const context = { seeding: true }
  await payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', baseUrl: 'http://ministry.bench.example/' }, context })
  const mission = await payload.create({
    collection: 'missions', context,
    data: {
      name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid', siteLocales: ['es'], defaultLocale: 'es',
      baseUrl: 'http://madrid.bench.example/', timeZone: 'Europe/Madrid',
      offices: [{ name: 'Cancillería', isMain: true, address: { street: 'Calle 1', city: 'Madrid', country: 'ES' } }],
    } as never,
  })
  const service = await payload.create({
    collection: 'services', context,
    data: { title: 'Pasaportes', slug: 'passports', summary: 'Renovación de pasaportes', category: 'passports', audience: ['nationals'], missions: [mission.id], _status: 'published' } as never,
  })
  const office = String(mission.offices![0]!.id)
  await payload.update({ collection: 'missions', id: mission.id, context, data: { offices: [{ ...mission.offices![0], services: [service.id] }] } as never })
  const schedule = await payload.create({
    collection: 'appointment-schedules', context,
    data: {
      mission: mission.id, office, service: service.id, slotMinutes: 10, placesPerSlot: places, bookAheadDays: 60, minNoticeHours: 0,
      weeklySchedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '08:00', closes: '20:00' }],
    } as never,
  })
  return { missionSlug: 'madrid', serviceSlug: 'passports', office, scheduleId: schedule.id }
}

async function main(): Promise<void> {
  const opts = options()
  if (opts.help) {
    process.stdout.write(HELP)
    return
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-appointments-'))
  const { availability } = await import('../src/appointments/slots')
  const { loadScheduleRules } = await import('../src/appointments/schedules')
  const load = await import('../src/bench/appointmentLoad')
  try {
    log(`Seeding one mission and its passport schedule into ${dir} …`)
    let payload = await openPayload(dir)
    const seeded = await seed(payload, opts.places)
    const rules = (await loadScheduleRules(payload, seeded.scheduleId))!
    // Slots from tomorrow on, so none goes by during the run.
    const open = availability(rules, new Date(Date.now() + 86_400_000), new Map()).flatMap((d) => d.slots.map((s) => s.start))
    const wanted = Math.ceil(opts.total / (opts.places * opts.oversubscribe))
    // A server that has been up a while runs compiled code: a fifth as many requests first, on
    // slots of their own and asking for more places than they have, so refusals warm up too.
    const warmTotal = Math.max(5, Math.round(opts.total / 5))
    const warmWanted = Math.ceil(warmTotal / (opts.places * opts.oversubscribe))
    if (open.length < warmWanted + wanted) throw new Error(`the schedule offers ${open.length} slots; the run needs ${warmWanted + wanted}: ask for fewer bookings`)
    const warmSlots = open.slice(0, warmWanted)
    const slots = open.slice(warmWanted, warmWanted + wanted)
    const warmUp = { clients: opts.clients, total: warmTotal, slots: warmSlots, places: opts.places, runId: 'warm' }
    const run = { clients: opts.clients, total: opts.total, slots, places: opts.places, runId: 'run' }
    const loadLabel = opts.rate ? `sent at ${opts.rate} a second (open loop)` : `from ${opts.clients} concurrent clients`

    let results
    let seconds
    let cpuMsPerRequest: number | undefined
    let server: { stop: () => Promise<void> } | undefined
    let warmMails = 0
    // Seconds from the last answer until every confirmation of the run was written (over HTTP).
    let mailLag: { mails: number; seconds: number | null } | undefined
    try {
      let attempt
      const here = opts['in-process'] || opts['in-flow']
      if (opts['in-process']) {
        attempt = load.inProcess(payload, rules, 'run')
        await load.runLoad(warmUp, load.inProcess(payload, rules, 'warm'))
      } else if (opts['in-flow']) {
        process.env.CITIZEN_LIMIT_PER_CLIENT = String(opts.total * 2)
        process.env.CITIZEN_LIMIT_PER_MISSION = String(opts.total * 2)
        const origin = 'http://cms.bench.example'
        process.env.CMS_PUBLIC_URL = origin
        const { answerAppointmentPost } = await import('../src/appointments/flow/appointmentServer')
        const target = { url: `${origin}/citizen/appointments`, origin, mission: seeded.missionSlug, service: seeded.serviceSlug, office: seeded.office, timeZone: rules.timeZone }
        const answer = (request: Request) => answerAppointmentPost(payload, request)
        const warm = await load.runLoad(warmUp, load.inFlow(answer, target, 'warm'))
        if (!warm.some((r) => r.outcome === 'booked')) throw new Error(`the booking flow refused every warm-up booking (${warm.map((r) => r.outcome).join(', ')})`)
        // The warm-up's confirmation mails are not the run's.
        await (await import('../src/server/backgroundLane')).lanesIdle(120_000)
        attempt = load.inFlow(answer, target, 'run')
      } else {
        await payload.destroy()
        process.env.CITIZEN_LIMIT_PER_CLIENT = String(opts.total * 2)
        process.env.CITIZEN_LIMIT_PER_MISSION = String(opts.total * 2)
        const { startNextServer } = await import('../test/support/nextServer')
        const { productionBuildForBench } = await import('../src/bench/nextBuild')
        const productionBuild = opts.production ? productionBuildForBench(ROOT, opts['reuse-build'], log) : undefined
        log(`Starting the application server (${opts.production ? 'npm run serve, production build' : 'next dev'}) …`)
        const running = await startNextServer({
          databaseUrl: `file:${path.join(dir, 'bench.db')}`, dataDir: dir, productionBuild, env: (url) => ({ CMS_PUBLIC_URL: url }),
        })
        server = running
        const target = {
          url: `${running.url}/citizen/appointments`, origin: running.url, mission: seeded.missionSlug, service: seeded.serviceSlug,
          office: seeded.office, timeZone: rules.timeZone,
        }
        log(`Warming up: ${warmTotal} requests (the first posts compile the route) …`)
        const warm = opts.rate
          ? await load.runLoadAtRate(warmUp, opts.rate, load.overHttp(target, 'warm'))
          : await load.runLoad(warmUp, load.overHttp(target, 'warm'))
        if (!warm.some((r) => r.outcome === 'booked')) {
          throw new Error(`the booking flow refused every warm-up booking (${warm.map((r) => r.outcome).join(', ')}); is POST /citizen/appointments in place?\n${running.output().slice(-2000)}`)
        }
        // The server writes confirmations in the background: the run starts once the warm-up's are written.
        warmMails = warm.filter((r) => r.outcome === 'booked').length
        await mailsWritten(dir, warmMails, 60_000)
        attempt = load.overHttp(target, 'run')
      }
      log(`Booking: ${opts.total} requests for ${slots.length} slots of ${opts.places} places ${loadLabel} …`)
      const started = performance.now()
      const cpu = process.cpuUsage()
      const progress = (done: number) => log(`  ${done} / ${opts.total}`)
      results = opts.rate ? await load.runLoadAtRate(run, opts.rate, attempt, progress) : await load.runLoad(run, attempt, progress)
      seconds = (performance.now() - started) / 1000
      if (server) {
        const booked = results.filter((r) => r.outcome === 'booked').length
        const answered = performance.now()
        const written = await mailsWritten(dir, warmMails + booked, 120_000)
        mailLag = { mails: booked, seconds: written ? (performance.now() - answered) / 1000 : null }
      }
      // In-flow, the confirmation mails go on in this process's background lane after the answers:
      // their CPU counts too, as it does for a server.
      if (opts['in-flow']) await (await import('../src/server/backgroundLane')).lanesIdle(120_000)
      const used = process.cpuUsage(cpu)
      // In-process, this process does all the work: its CPU time per request does not depend on what else the machine runs.
      if (here) cpuMsPerRequest = (used.user + used.system) / 1000 / opts.total
    } finally {
      await server?.stop()
    }

    if (!opts['in-process'] && !opts['in-flow']) payload = await openPayload(dir)
    let stored
    try {
      const found = await payload.find({
        collection: 'bookings', depth: 0, pagination: false, where: { schedule: { equals: seeded.scheduleId } },
        select: { reference: true, slotStart: true, place: true, status: true },
      })
      stored = found.docs.map((d) => ({ reference: d.reference, slotStart: d.slotStart, place: d.place, status: d.status }))
    } finally {
      await payload.destroy()
    }
    const summary = load.summariseBookings(results, seconds)
    // The warm-up's bookings are in the database too, on slots of their own.
    const check = load.checkCapacity(results, stored, opts.places)
    const machine = `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
    const mode = opts['in-process'] ? 'in-process (booking store, no HTTP)' : opts['in-flow'] ? 'in-flow (the flow\'s handler, no HTTP or Next)' : opts.production ? 'npm run serve (production build)' : 'next dev'
    // A closed loop shows the most the server takes, and its latency is only clients / throughput;
    // an open loop's bookings a second are the rate offered. Each target is judged where it means something.
    const verdicts = {
      throughput: opts.rate ? null : summary.bookingsPerSecond >= TARGET.bookingsPerSecond,
      latency: opts.rate ? summary.p95 <= TARGET.p95 : null,
      capacity: check.overBooked === 0 && check.missing === 0 && check.twice === 0,
    }
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ machine, mode, ...(opts.rate ? { rate: opts.rate } : { clients: opts.clients }), places: opts.places, slots: slots.length, summary, cpuMsPerRequest, mailLag, check, verdicts }, null, 2)}\n`)
    } else {
      const ms = (n: number) => `${n.toFixed(1)} ms`
      const pass = (ok: boolean | null) => (ok === null ? `judged in ${opts.rate ? 'a closed loop (leave out --rate)' : 'an open loop (--rate 120)'}` : ok ? 'pass' : 'FAIL')
      process.stdout.write([
        `Machine: ${machine}`,
        `Server: ${mode}`,
        `Load: ${opts.total} requests for ${slots.length} slots × ${opts.places} places ${loadLabel}, in ${summary.seconds.toFixed(1)} s`,
        `Booked: ${summary.booked} (${summary.bookingsPerSecond.toFixed(0)}/s; target ≥ ${TARGET.bookingsPerSecond}/s: ${pass(verdicts.throughput)}); requests ${summary.requestsPerSecond.toFixed(0)}/s`,
        `Refused: ${JSON.stringify(summary.refused)}`,
        ...(cpuMsPerRequest === undefined ? [] : [`CPU: ${cpuMsPerRequest.toFixed(2)} ms a request in this process${opts['in-flow'] ? ', its confirmation mail included' : ''} (at most ${(1000 / cpuMsPerRequest).toFixed(0)} requests/s on one core)`]),
        `Latency: p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)} (target ≤ ${TARGET.p95} ms: ${pass(verdicts.latency)}), p99 ${ms(summary.p99)}, max ${ms(summary.max)}`,
        ...(mailLag ? [`Mail: ${mailLag.seconds === null ? `not every one of the ${mailLag.mails} confirmations was written within 120 s` : `the ${mailLag.mails} confirmations written ${mailLag.seconds.toFixed(1)} s after the last answer`}`] : []),
        `Database: ${check.stored} bookings for ${check.acknowledged} acknowledged (missing ${check.missing}, twice ${check.twice}); ` +
          `${check.slotsUsed} slots used, fullest ${check.fullestSlot} of ${opts.places}; over-booked slots ${check.overBooked}: ${pass(verdicts.capacity)}`,
        '',
      ].join('\n'))
    }
    if (!verdicts.capacity) process.exitCode = 2
  } finally {
    if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true })
    else log(`Kept ${dir}`)
  }
}

/** Waits until the outbox holds `count` messages (the server writes them in the background); false when the time ran out. */
async function mailsWritten(dir: string, count: number, timeoutMs: number): Promise<boolean> {
  const outbox = path.join(dir, 'outbox')
  const until = performance.now() + timeoutMs
  for (;;) {
    const written = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith('.eml') && !f.startsWith('.')).length : 0
    if (written >= count) return true
    if (performance.now() > until) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

main().catch((error: unknown) => {
  console.error(`bench:appointments failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
