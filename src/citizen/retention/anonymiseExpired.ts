import { createLocalReq, type Payload, type TaskConfig } from 'payload'

import { anonymiseBookings } from './anonymiseBookings'

export const ANONYMISE_EXPIRED = 'anonymiseCitizenData'

const DAY_MS = 24 * 60 * 60 * 1000

/** What an anonymised enquiry keeps: its reference, mission, topic, language, status and dates, for the figures. */
const ENQUIRY_PERSONAL_DATA = { name: null, email: null, phone: null, message: null, reply: null, internalNotes: null, idempotencyKey: null }

export type AnonymiseSummary = { enquiries: number; surveyComments: number; retentionDays: number; bookings: number; bookingRetentionDays: number }

/**
 * The retention rule of the charter: closed enquiries, and survey comments, lose their personal
 * data once the Ministry's retention period has passed since closing (or since the answer);
 * appointment bookings, once their own (shorter) period has passed since the appointment.
 */
export async function anonymiseExpired(payload: Payload, now = new Date()): Promise<AnonymiseSummary> {
  const ministry = await payload.findGlobal({ slug: 'ministry', depth: 0 })
  const retentionDays = ministry.citizenAttention?.enquiryRetentionDays ?? 365
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString()
  const stamp = { anonymisedAt: now.toISOString() }
  const enquiries = await payload.update({
    collection: 'enquiries', depth: 0,
    where: { and: [{ status: { equals: 'closed' } }, { closedAt: { less_than: cutoff } }, { anonymisedAt: { exists: false } }] },
    data: { ...ENQUIRY_PERSONAL_DATA, ...stamp },
    context: { citizenRetention: true },
  })
  const comments = await payload.update({
    collection: 'survey-responses', depth: 0,
    where: { and: [{ createdAt: { less_than: cutoff } }, { comment: { exists: true } }, { anonymisedAt: { exists: false } }] },
    data: { comment: null, ...stamp },
  })
  // Read loosely until the generated types know the field; the Ministry global's default is 30.
  const bookingRetentionDays = (ministry.citizenAttention as { bookingRetentionDays?: number | null } | undefined)?.bookingRetentionDays ?? 30
  const bookings = await anonymiseBookings(payload, bookingRetentionDays, now)
  return { enquiries: enquiries.docs.length, surveyComments: comments.docs.length, retentionDays, bookings, bookingRetentionDays }
}

/** Run by the jobs queue; queued once a day by the server (queueRetentionDaily). */
export const anonymiseExpiredTask: TaskConfig<{ input: Record<string, never>; output: AnonymiseSummary }> = {
  slug: ANONYMISE_EXPIRED,
  label: 'Anonymise expired citizen data',
  inputSchema: [],
  outputSchema: [
    { name: 'enquiries', type: 'number' },
    { name: 'surveyComments', type: 'number' },
    { name: 'retentionDays', type: 'number' },
    { name: 'bookings', type: 'number' },
    { name: 'bookingRetentionDays', type: 'number' },
  ],
  handler: async ({ req }) => {
    const summary = await anonymiseExpired(req.payload)
    // Counts only: what was removed never reaches a log.
    req.payload.logger.info(
      `Retention: anonymised ${summary.enquiries} enquiries and ${summary.surveyComments} survey comments older than ${summary.retentionDays} days, ` +
      `and ${summary.bookings} appointment bookings older than ${summary.bookingRetentionDays} days.`,
    )
    return { output: summary }
  },
}

const DAY_MS_QUEUE = 24 * 60 * 60 * 1000

/**
 * Queues the retention job now and then once a day. Not Payload's task `schedule`: its
 * scheduler records every tick in a global outside any transaction, which on SQLite collides
 * with editors' saves ("database is locked") every second. The job itself runs on the queue.
 */
export function queueRetentionDaily(payload: Payload): NodeJS.Timeout {
  const queue = async () => {
    const req = await createLocalReq({}, payload)
    const id = (await payload.db.beginTransaction()) ?? undefined
    req.transactionID = id
    try {
      await (payload.jobs.queue as unknown as (args: { task: string; input: object; req: unknown }) => Promise<unknown>)({ task: ANONYMISE_EXPIRED, input: {}, req })
      if (id !== undefined) await payload.db.commitTransaction(id)
    } catch (error) {
      if (id !== undefined) await payload.db.rollbackTransaction(id).catch(() => undefined)
      payload.logger.error({ err: error, msg: 'Could not queue the retention job' })
    }
  }
  const first = setTimeout(() => void queue(), 60_000)
  first.unref()
  const daily = setInterval(() => void queue(), DAY_MS_QUEUE)
  daily.unref()
  return daily
}
