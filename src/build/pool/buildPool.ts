import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { WriteSummary } from '../siteWriter'
import type { PoolTask, WorkerBuildOptions, WorkerReply } from './protocol'

/** A site a build worker could not build, or a worker that died: the build fails with it. */
export class BuildWorkerError extends Error {}

/** The pool could not be started (its workers did not load): the build can still run in its own process. */
export class BuildPoolStartError extends Error {}

export const WORKERS_ENV = 'CHANCERY_BUILD_WORKERS'

/**
 * How many build workers a build uses: the option, else CHANCERY_BUILD_WORKERS, else one per
 * CPU this process may use. 1 means none: the building process renders and writes itself.
 */
export function buildWorkerCount(option?: number, env: Record<string, string | undefined> = process.env): number {
  const given = option ?? (env[WORKERS_ENV]?.trim() ? env[WORKERS_ENV] : undefined)
  if (given === undefined) return os.availableParallelism()
  const n = Number(given)
  if (!Number.isInteger(n) || n < 1) throw new Error(`The number of build workers (${option === undefined ? WORKERS_ENV : 'the workers option'}) must be a whole number from 1; got "${given}".`)
  return n
}

// Each worker holds the batch it renders (a few missions' content and pages), not the network:
// a heap sized for that makes V8 collect as it goes instead of growing toward the machine's memory.
export const DEFAULT_WORKER_HEAP_MB = 256

type Task = PoolTask extends infer T ? (T extends PoolTask ? Omit<T, 'id'> : never) : never

type Job = {
  id: number
  task: Task
  sites: string[]
  resolve: (sites: (WriteSummary | null)[]) => void
  reject: (error: Error) => void
}

type Slot = { worker: Worker; index: number; job: Job | null }

// Named at run time and marked ignored: Next's bundler follows a worker path it can work out, and
// pulled tsx (and esbuild's binary package) into the app server's bundle, which failed to build.
// The app server never starts a pool: its rebuilds run in its own process.
const ENTRY_FILE = ['workerEntry', 'mjs'].join('.')
const entry = () => path.join(path.dirname(fileURLToPath(import.meta.url)), ENTRY_FILE)

// Build workers of this process that have not exited: a build leaves none behind (tested).
let running = 0
export const runningBuildWorkers = () => running

function spawn(options: WorkerBuildOptions, heapMb: number): Worker {
  const worker = new Worker(/* webpackIgnore: true */ /* turbopackIgnore: true */ entry(), { workerData: { options }, resourceLimits: { maxOldGenerationSizeMb: heapMb } })
  running++
  worker.once('exit', () => running--)
  return worker
}

/**
 * Worker threads that plan, render and write sites from content read by the building process.
 * Batches are handed out in order to whichever worker is free; a worker's failure fails its
 * batch with the site named, and a worker that dies fails every batch still to come.
 */
export class BuildPool {
  private queue: Job[] = []
  private nextId = 0
  private broken: BuildWorkerError | null = null
  private closing = false
  private waiters: (() => void)[] = []

  private constructor(private readonly slots: Slot[]) {
    for (const slot of slots) this.watch(slot)
  }

  /** Starts `size` workers and waits until each has loaded the renderer. */
  static async start(size: number, options: WorkerBuildOptions, heapMb = DEFAULT_WORKER_HEAP_MB): Promise<BuildPool> {
    const workers = Array.from({ length: size }, () => spawn(options, heapMb))
    try {
      await Promise.all(workers.map(ready))
    } catch (error) {
      await Promise.all(workers.map((w) => w.terminate()))
      throw new BuildPoolStartError(`The build workers could not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    }
    return new BuildPool(workers.map((worker, index) => ({ worker, index, job: null })))
  }

  get size(): number {
    return this.slots.length
  }

  /** Batches handed to the pool that no worker has started yet. */
  get queued(): number {
    return this.queue.length
  }

  /** Builds the sites of one batch in the next free worker. */
  run(task: Task): Promise<(WriteSummary | null)[]> {
    if (this.broken) return Promise.reject(this.broken)
    return new Promise((resolve, reject) => {
      const sites = task.kind === 'missions' ? task.slugs : ['the ministry site']
      this.queue.push({ id: this.nextId++, task, sites, resolve, reject })
      this.dispatch()
    })
  }

  /** Resolves once fewer than `n` batches wait for a worker (or the pool broke): the reader's pace. */
  async untilQueuedBelow(n: number): Promise<void> {
    while (this.queue.length >= n && !this.broken) await new Promise<void>((resolve) => this.waiters.push(resolve))
  }

  /** Stops every worker (they hold nothing once their batches are done). */
  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue
      const job = this.queue.shift()!
      slot.job = job
      slot.worker.postMessage({ ...job.task, id: job.id })
    }
    this.wake()
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w()
  }

  private watch(slot: Slot): void {
    slot.worker.on('message', (reply: WorkerReply) => {
      const job = slot.job
      if (!job || reply.kind === 'ready' || reply.id !== job.id) return
      slot.job = null
      if (reply.kind === 'done') job.resolve(reply.sites)
      else job.reject(new BuildWorkerError(`The site "${reply.site}" could not be built (build worker ${slot.index + 1}): ${reply.message}`))
      this.dispatch()
    })
    const died = (why: string) => {
      if (this.closing) return
      const error = new BuildWorkerError(`Build worker ${slot.index + 1} stopped ${why}${slot.job ? ` while building ${slot.job.sites.map((s) => `"${s}"`).join(', ')}` : ''}.`)
      this.broken ??= error
      slot.job?.reject(error)
      slot.job = null
      for (const job of this.queue.splice(0)) job.reject(this.broken)
      this.wake()
    }
    slot.worker.on('error', (error) => died(`with an error: ${error.stack ?? error.message}`))
    slot.worker.on('exit', (code) => died(`(exit code ${code})`))
  }
}

function ready(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply) => {
      if (reply.kind !== 'ready') return
      worker.off('error', reject)
      worker.off('exit', onExit)
      worker.off('message', onMessage)
      resolve()
    }
    const onExit = (code: number) => reject(new Error(`a worker exited with code ${code} before it was ready`))
    worker.on('message', onMessage)
    worker.once('error', reject)
    worker.once('exit', onExit)
  })
}
