import type { Payload, TaskConfig } from 'payload'

export const ANONYMISE_EXPIRED = 'anonymiseCitizenData'

const DAY_MS = 24 * 60 * 60 * 1000

/** What an anonymised enquiry keeps: its reference, mission, topic, language, status and dates, for the figures. */
const ENQUIRY_PERSONAL_DATA = { name: null, email: null, phone: null, message: null, reply: null, internalNotes: null, idempotencyKey: null }

export type AnonymiseSummary = { enquiries: number; surveyComments: number; retentionDays: number }

/**
 * The retention rule of the charter: closed enquiries, and survey comments, lose their personal
 * data once the Ministry's retention period has passed since closing (or since the answer).
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
  return { enquiries: enquiries.docs.length, surveyComments: comments.docs.length, retentionDays }
}

/** Once a day, at 03:30 server time, on the jobs queue the server runs. */
export const anonymiseExpiredTask: TaskConfig<{ input: Record<string, never>; output: AnonymiseSummary }> = {
  slug: ANONYMISE_EXPIRED,
  label: 'Anonymise expired citizen data',
  inputSchema: [],
  outputSchema: [
    { name: 'enquiries', type: 'number' },
    { name: 'surveyComments', type: 'number' },
    { name: 'retentionDays', type: 'number' },
  ],
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const summary = await anonymiseExpired(req.payload)
    // Counts only: what was removed never reaches a log.
    req.payload.logger.info(`Retention: anonymised ${summary.enquiries} enquiries and ${summary.surveyComments} survey comments older than ${summary.retentionDays} days.`)
    return { output: summary }
  },
}
