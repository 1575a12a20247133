import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '../../config/afterCommit'
import { runQueuedJobsNow } from '../../jobs/runQueuedJobsNow'
import { SEND_REVIEW_MAIL, type ReviewMailInput } from './reviewMailJob'

type QueueMail = (args: { task: typeof SEND_REVIEW_MAIL; input: ReviewMailInput; req: PayloadRequest }) => Promise<unknown>

/** Queued with the save, so a rolled-back save tells nobody, and run once the save is committed. */
export async function queueReviewMail(payload: Payload, input: ReviewMailInput, req: PayloadRequest): Promise<void> {
  await (payload.jobs.queue as unknown as QueueMail)({ task: SEND_REVIEW_MAIL, input, req })
  afterCommit(req, () => runQueuedJobsNow(payload))
}
