import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '../../config/afterCommit'
import { runQueuedJobsNow } from '../../jobs/runQueuedJobsNow'
import { SEND_CITIZEN_MAIL, type CitizenMailInput } from './citizenMailJob'

type QueueMail = (args: { task: typeof SEND_CITIZEN_MAIL; input: CitizenMailInput; req: PayloadRequest }) => Promise<unknown>

/** Queued with the save, so a rolled-back save sends nothing, and run once the save is committed. */
export async function queueCitizenMail(payload: Payload, input: CitizenMailInput, req: PayloadRequest): Promise<void> {
  await (payload.jobs.queue as unknown as QueueMail)({ task: SEND_CITIZEN_MAIL, input, req })
  afterCommit(req, () => runQueuedJobsNow(payload))
}
