import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { stoppableJobs } from './stopJobs'

/** A cron as croner's Cron answers a stop: busy while the run it began goes on. */
type CronLike = { stop: () => void; isStopped: () => boolean; isBusy: () => boolean }

/** The parts of Payload a stop touches: its job crons and jobs.run, here a run that lasts `ms`. */
function jobsOf(ms: number) {
  const runs: string[] = []
  const payload = {
    crons: [] as CronLike[],
    jobs: {
      run: async () => {
        runs.push('started')
        await new Promise((resolve) => setTimeout(resolve, ms))
        runs.push('ended')
        return { jobStatus: {}, remainingJobsFromQueried: 0 }
      },
    },
    destroy: async () => {},
  }
  return { payload, runs, asPayload: payload as unknown as Payload }
}

/** The jobs a stop releases, recorded instead of written: which ids it was given. */
function releasesOf(running: string[]) {
  const released: string[][] = []
  return { released, jobs: { running: () => running, release: async (_: Payload, ids: string[]) => (released.push(ids), ids.length) } }
}

describe('stoppableJobs', () => {
  it('waits for a run in progress to end, and starts no run asked for after the stop', async () => {
    const { asPayload, runs } = jobsOf(300)
    const { jobs, released } = releasesOf(['job-1'])
    const stopper = stoppableJobs(asPayload, jobs)
    void asPayload.jobs.run({})
    const stopped = await stopper.stop(5_000)
    expect(stopped).toEqual({ finished: true, unfinished: 0, released: 0 })
    expect(released).toEqual([])
    expect(runs).toEqual(['started', 'ended'])
    await asPayload.jobs.run({})
    expect(runs).toEqual(['started', 'ended'])
  })

  it('stops the crons and waits for the run a cron began before the stopper existed', async () => {
    const { payload, asPayload, runs } = jobsOf(0)
    let busy = true
    let stopped = false
    const cron: CronLike = { stop: () => void (stopped = true), isStopped: () => stopped, isBusy: () => busy }
    payload.crons.push(cron)
    const stopper = stoppableJobs(asPayload)
    const stopping = stopper.stop(5_000)
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect(cron.isStopped()).toBe(true)
    expect(payload.crons).toEqual([])
    busy = false
    expect(await stopping).toEqual({ finished: true, unfinished: 0, released: 0 })
    expect(runs).toEqual([])
  })

  it('gives up after the grace, saying how many runs were cut off, and releases the jobs they were running for the next start', async () => {
    const { asPayload } = jobsOf(2_000)
    const { jobs, released } = releasesOf(['job-7', 'job-8'])
    const stopper = stoppableJobs(asPayload, jobs)
    void asPayload.jobs.run({})
    const started = Date.now()
    expect(await stopper.stop(200)).toEqual({ finished: false, unfinished: 1, released: 2 })
    expect(released).toEqual([['job-7', 'job-8']])
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})
