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
  // One question at a time: the bench waits for each page before it publishes the next release.
  let pending: { resolve: (at: number | null) => void; reject: (error: Error) => void } | null = null
  worker.on('message', (at: number | null) => {
    pending?.resolve(at === null ? null : at - performance.timeOrigin)
    pending = null
  })
  worker.on('error', (error) => {
    pending?.reject(error)
    pending = null
  })
  return {
    appears: (file, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        if (pending) throw new Error('The file watcher answers one question at a time.')
        pending = { resolve, reject }
        worker.postMessage({ file, timeoutMs })
      }),
    stop: async () => {
      await worker.terminate()
    },
  }
}
