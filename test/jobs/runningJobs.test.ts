import type { CollectionSlug, TaskConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { releaseJobs, runningJobIds, trackRunningJobs } from '../../src/jobs/runningJobs'
import { startTestPayload, type TestPayload } from '../support/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
}, 120_000)

afterAll(async () => {
  await t?.close()
})

const jobs = 'payload-jobs' as CollectionSlug
const queueJob = async (processing: boolean) =>
  String((await t.payload.db.create({ collection: jobs, data: { taskSlug: 'citizenMail', input: {}, queue: 'default', processing } })).id)
const processing = async (id: string) => Boolean((await t.payload.db.findOne<{ id: string; processing?: boolean }>({ collection: jobs, where: { id: { equals: id } } }))?.processing)

describe('jobs cut off by a stop', () => {
  it('a tracked task is listed as running while its handler runs, and not after, even when it fails', async () => {
    const seen: string[][] = []
    const task = trackRunningJobs({
      slug: 'probe',
      handler: async ({ job }: { job: { id: string } }) => {
        seen.push(runningJobIds())
        if (job.id === 'fails') throw new Error('SMTP went away')
        return { output: {} }
      },
    } as unknown as TaskConfig<any>)
    const run = (id: string) => (task.handler as (args: unknown) => Promise<unknown>)({ job: { id }, input: {}, req: {} })
    await run('works')
    await expect(run('fails')).rejects.toThrow('SMTP went away')
    expect(seen).toEqual([['works'], ['fails']])
    expect(runningJobIds()).toEqual([])
  })

  it('releases only the given jobs still marked processing, so the next start runs them again; another server’s stay marked', async () => {
    const cutOff = await queueJob(true)
    const otherServers = await queueJob(true)
    const queued = await queueJob(false)
    expect(await releaseJobs(t.payload, [cutOff, queued])).toBe(1)
    expect(await processing(cutOff)).toBe(false)
    expect(await processing(otherServers)).toBe(true)
    expect(await processing(queued)).toBe(false)
    expect(await releaseJobs(t.payload, [])).toBe(0)
  })
})
