import path from 'node:path'
import { Worker } from 'node:worker_threads'

// On a thread of its own: the server's main thread goes on with the rebuild job after the
// mission's files are live (the ministry's site), and a timer there would only fire after it.
// Woken by the kernel (inotify) when an entry of a folder on the file's path changes, such as
// the site's link being swapped, rather than polling: a thread polling every 0.2 ms takes most
// of a core from the server it measures on a 2-core machine. A slow poll catches what no
// watched folder reports.
const WATCHER = `
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const path = require('node:path')
parentPort.on('message', ({ file, root, timeoutMs, pollMs }) => {
  const watchers = new Map()
  let done = false
  const finish = (at) => {
    if (done) return
    done = true
    clearInterval(poll)
    clearTimeout(timeout)
    for (const watcher of watchers.values()) watcher.close()
    parentPort.postMessage({ at })
  }
  const check = () => {
    if (done) return
    // Folders made since the last check are watched too, then the file is looked for.
    for (let dir = path.dirname(file); dir.startsWith(root) && !watchers.has(dir); dir = path.dirname(dir)) {
      try {
        const watcher = fs.watch(dir, check)
        watcher.on('error', () => undefined)
        watchers.set(dir, watcher)
      } catch {
        // not there yet
      }
      if (dir === root || dir === path.dirname(dir)) break
    }
    if (fs.existsSync(file)) finish(performance.timeOrigin + performance.now())
  }
  const poll = setInterval(check, pollMs)
  const timeout = setTimeout(() => finish(fs.existsSync(file) ? performance.timeOrigin + performance.now() : null), timeoutMs)
  check()
  if (!done) parentPort.postMessage({ watching: true })
})
`

/**
 * Resolves with the time (this thread's performance.now()) the file was first seen, or null
 * after the timeout. `watching` resolves once the watcher thread watches the folders that exist
 * (or has seen the file): a change made before it may be found only by the next poll.
 */
export type Appearance = Promise<number | null> & { watching: Promise<void> }

export type FileWatcher = {
  /**
   * When the file appears. The folders on its path are watched up to `root` (its own folder by
   * default): nothing above it, such as a database's, wakes the watcher. `pollMs` is how often
   * it looks without being woken.
   */
  appears: (file: string, options?: { root?: string; timeoutMs?: number; pollMs?: number }) => Appearance
  stop: () => Promise<void>
}

/** Watches for files to appear, from a worker thread woken by changes to the folders on their path. */
export function startFileWatcher(): FileWatcher {
  const worker = new Worker(WATCHER, { eval: true })
  // One question at a time: the bench waits for each page before it publishes the next release.
  type Question = { resolve: (at: number | null) => void; reject: (error: Error) => void; watching: () => void }
  let pending: Question | null = null
  worker.on('message', (message: { at: number | null } | { watching: true }) => {
    if ('watching' in message) return pending?.watching()
    pending?.watching()
    pending?.resolve(message.at === null ? null : message.at - performance.timeOrigin)
    pending = null
  })
  worker.on('error', (error) => {
    pending?.reject(error)
    pending = null
  })
  return {
    appears: (file, { root = path.dirname(file), timeoutMs = 60_000, pollMs = 5 } = {}) => {
      if (pending) throw new Error('The file watcher answers one question at a time.')
      let watching!: () => void
      const ready = new Promise<void>((resolve) => (watching = resolve))
      const answer = new Promise<number | null>((resolve, reject) => {
        pending = { resolve, reject, watching }
        worker.postMessage({ file, root: path.resolve(root), timeoutMs, pollMs })
      })
      return Object.assign(answer, { watching: ready })
    },
    stop: async () => {
      await worker.terminate()
    },
  }
}
