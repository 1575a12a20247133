/**
 * Work a request starts but does not wait for (a booking's confirmation mail), run one task at a
 * time, each on a fresh turn of the event loop, and while no visitor's request is being answered
 * (see `answering`). Fired all at once, a burst of such tasks
 * interleaves its reads and file writes with every request that arrives meanwhile, and those
 * requests wait behind all of them; in one lane a new request waits behind one task's step at
 * most, and the backlog is worked off in the gaps (docs/benchmarks.md, booking under load).
 */
export type BackgroundLane = {
  /** Queues the task; never rejects (a task reports its own failures). */
  run: (task: () => Promise<unknown>) => void
  /** Resolves once every task queued so far has finished (for a clean stop, and for tests). */
  idle: () => Promise<void>
  readonly waiting: number
}

// Visitors' requests being answered in this process (counted by `answering`).
let answeringNow = 0

/**
 * Counts a visitor's request while it is answered: a lane starts its next task only when none
 * is, or once it has waited `MAX_DEFER_MS` (so a steady stream of requests delays background
 * work, never stops it). A task already started is not interrupted.
 */
export function answering<T>(answer: Promise<T>): Promise<T> {
  answeringNow += 1
  return answer.finally(() => {
    answeringNow -= 1
  })
}

const RETRY_MS = 1
const MAX_DEFER_MS = 250

export function backgroundLane(): BackgroundLane {
  const queue: (() => Promise<unknown>)[] = []
  let running = false
  let idlers: (() => void)[] = []
  let deferredSince: number | null = null

  const next = (): void => {
    if (queue.length > 0 && answeringNow > 0) {
      deferredSince ??= performance.now()
      if (performance.now() - deferredSince < MAX_DEFER_MS) {
        setTimeout(next, RETRY_MS)
        return
      }
    }
    deferredSince = null
    const task = queue.shift()
    if (!task) {
      running = false
      const waiting = idlers
      idlers = []
      for (const resolve of waiting) resolve()
      return
    }
    void Promise.resolve()
      .then(task)
      .catch(() => undefined)
      .then(() => setImmediate(next))
  }

  return {
    run(task) {
      queue.push(task)
      if (!running) {
        running = true
        setImmediate(next)
      }
    },
    idle: () => (running ? new Promise<void>((resolve) => idlers.push(resolve)) : Promise.resolve()),
    get waiting() {
      return queue.length
    },
  }
}

const lanes = new Map<string, BackgroundLane>()

/** This process's lane of that name (one per kind of work, so a slow kind does not hold up another). */
export function laneNamed(name: string): BackgroundLane {
  let lane = lanes.get(name)
  if (!lane) lanes.set(name, (lane = backgroundLane()))
  return lane
}

/** Every lane's backlog finished, or the time is up: what a stopping server waits for. */
export async function lanesIdle(timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))
  const idle = Promise.all([...lanes.values()].map((lane) => lane.idle())).then(() => true as const)
  try {
    return await Promise.race([idle, timeout])
  } finally {
    clearTimeout(timer)
  }
}
