import { Worker } from 'node:worker_threads'

// On a thread of its own: the server's main thread goes on with the rebuild job after the
// mission's files are live (the ministry's site), and a timer there would only fire after it.
const WATCHER = `
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const pause = new Int32Array(new SharedArrayBuffer(4))
parentPort.on('message', ({ file, timeoutMs }) => {
  const until = performance.now() + timeoutMs
  while (!fs.existsSync(file) && performance.now() < until) Atomics.wait(pause, 0, 0, 0.2)
  parentPort.postMessage(fs.existsSync(file) ? performance.timeOrigin + performance.now() : null)
})
`

export type FileWatcher = {
  /** Resolves with the time (this thread's performance.now()) the file was first seen, or null after the timeout. */
  appears: (file: string, timeoutMs?: number) => Promise<number | null>
  stop: () => Promise<void>
}

/** Watches for files to appear, checking every 0.2 ms from a worker thread. */
export function startFileWatcher(): FileWatcher {
  const worker = new Worker(WATCHER, { eval: true })
  return {
    appears: (file, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        worker.once('message', (at: number | null) => resolve(at === null ? null : at - performance.timeOrigin))
        worker.once('error', reject)
        worker.postMessage({ file, timeoutMs })
      }),
    stop: async () => {
      await worker.terminate()
    },
  }
}
