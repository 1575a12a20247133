import { Worker } from 'node:worker_threads'

// A worker thread, because the build runs long synchronous stretches during which a timer on
// the main thread would never fire; the resident set it reads is the whole process's.
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads')
let peak = process.memoryUsage.rss()
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()) }, workerData.everyMs)
parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(Math.max(peak, process.memoryUsage.rss())) })
`

/** The largest resident set seen, sampled every `everyMs` while a piece of work runs, in MiB. */
export function startRssSampler(everyMs = 50): { stop: () => Promise<number> } {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { everyMs } })
  return {
    stop: () =>
      new Promise<number>((resolve, reject) => {
        worker.once('message', (peak: number) => {
          void worker.terminate()
          resolve(peak / 2 ** 20)
        })
        worker.once('error', reject)
        worker.postMessage('stop')
      }),
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}
