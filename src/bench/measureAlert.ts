import path from 'node:path'
import { Worker } from 'node:worker_threads'

import type { Payload } from 'payload'

import { percentile } from './rssSampler'

export type AlertResult = {
  /** Mission sites the network-wide alert had to reach. */
  sites: number
  /** From the call that publishes the alert to its site's home and contact pages (every language) showing it: over sites. */
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** The save alone (payload.create). */
  saveMs: number
  /** From the save's call to the rebuild job's end (every site refreshed). */
  jobDoneMs: number
}

// On a thread of its own, woken by the kernel when a site's link in the output folder is
// swapped (each site's files land in one swap), with a slow poll for anything it missed: the
// server's thread is busy with the refresh itself, and its timers would fire late.
const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads')
const fs = require('node:fs')
const path = require('node:path')
const { outDir, pages, marker, timeoutMs } = workerData
const pending = new Map(Object.entries(pages))
const seen = {}
const check = (site) => {
  const files = pending.get(site)
  if (!files) return
  try {
    if (files.every((f) => fs.readFileSync(path.join(outDir, site, f), 'utf8').includes(marker))) {
      seen[site] = performance.timeOrigin + performance.now()
      pending.delete(site)
    }
  } catch {}
  if (pending.size === 0) finish()
}
const watcher = fs.watch(outDir, (_, name) => { if (name) check(String(name)) })
const poll = setInterval(() => [...pending.keys()].forEach(check), 250)
const timeout = setTimeout(() => finish(), timeoutMs)
let done = false
function finish() {
  if (done) return
  done = true
  watcher.close(); clearInterval(poll); clearTimeout(timeout)
  parentPort.postMessage({ seen, missing: [...pending.keys()] })
}
parentPort.postMessage({ watching: true })
`

/**
 * A network-wide critical alert published as a ministry editor publishes it, and the time until
 * each mission's site shows it on its home and contact pages in every language (the pages
 * that carry alerts without JavaScript; the others show it through the alerts file written in
 * the same swap). The rebuild job is run as soon as the save returns, as the server's
 * runQueuedJobsNow runs it once the save is committed.
 */
export async function measureNetworkAlert(payload: Payload, dir: string): Promise<AlertResult> {
  const outDir = path.join(dir, 'sites')
  const { docs } = await payload.find({ collection: 'missions', pagination: false, depth: 0, select: { slug: true, siteLocales: true } })
  const pages = Object.fromEntries(docs.map((m) => [m.slug, ((m.siteLocales ?? []) as string[]).flatMap((l) => [`${l}/index.html`, `${l}/contact/index.html`])]))
  const marker = `bench-alert-${Date.now().toString(36)}`
  const worker = new Worker(WATCHER, { eval: true, workerData: { outDir, pages, marker, timeoutMs: 300_000 } })
  const result = new Promise<{ seen: Record<string, number>; missing: string[] }>((resolve, reject) => {
    worker.on('message', (message) => { if (!message.watching) resolve(message) })
    worker.on('error', reject)
  })
  await new Promise<void>((resolve) => worker.once('message', () => resolve()))
  const t0 = performance.timeOrigin + performance.now()
  const now = Date.now()
  await payload.create({
    collection: 'alerts' as never, draft: false, depth: 0, locale: 'es',
    data: {
      severity: 'critical', scope: 'network', title: `Alerta de prueba ${marker}`, text: `Texto de la alerta ${marker}.`,
      startsAt: new Date(now - 60_000).toISOString(), expiresAt: new Date(now + 3_600_000).toISOString(), _status: 'published',
    },
  } as never)
  const saved = performance.timeOrigin + performance.now()
  for (let pass = 0; pass < 10; pass++) await payload.jobs.run({ queue: 'default', limit: 10, silent: true })
  const jobDone = performance.timeOrigin + performance.now()
  const { seen, missing } = await result
  await worker.terminate()
  if (missing.length) throw new Error(`The network-wide alert did not reach ${missing.length} site(s) in five minutes: ${missing.slice(0, 5).join(', ')}…`)
  const latencies = Object.values(seen).map((at) => at - t0)
  return {
    sites: latencies.length,
    p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), maxMs: Math.max(...latencies),
    saveMs: saved - t0, jobDoneMs: jobDone - t0,
  }
}

