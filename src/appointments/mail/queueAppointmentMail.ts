import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { afterCommit } from '../../config/afterCommit'
import { runQueuedJobsNow } from '../../jobs/runQueuedJobsNow'
import { SEND_APPOINTMENT_MAIL, type AppointmentMailInput } from './appointmentMailJob'

type QueueMail = (args: { task: typeof SEND_APPOINTMENT_MAIL; input: AppointmentMailInput; req: Partial<PayloadRequest> }) => Promise<unknown>
const queue = (payload: Payload) => payload.jobs.queue as unknown as QueueMail

/**
 * Queued inside a save's own transaction: a rolled-back save sends nothing, and on SQLite a write
 * beside the open transaction would wait on it while blocking the event loop that must finish it.
 * Run as soon as the save is committed.
 */
export async function queueWithSave(payload: Payload, input: AppointmentMailInput, req: PayloadRequest): Promise<void> {
  await queue(payload)({ task: SEND_APPOINTMENT_MAIL, input, req })
  afterCommit(req, () => runQueuedJobsNow(payload))
}

/** After a failed direct send: in a transaction of its own, so it takes its turn among this process's writes; the queue retries it. */
export async function queueForRetry(payload: Payload, input: AppointmentMailInput): Promise<void> {
  const req = await createLocalReq({}, payload)
  const id = (await payload.db.beginTransaction()) ?? undefined
  req.transactionID = id
  try {
    await queue(payload)({ task: SEND_APPOINTMENT_MAIL, input, req })
    if (id !== undefined) await payload.db.commitTransaction(id)
  } catch (error) {
    if (id !== undefined) await payload.db.rollbackTransaction(id).catch(() => undefined)
    throw error
  }
}
