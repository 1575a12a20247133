import { formatReference } from '../../citizen/reference'
import type { EnquirySeed } from '../data/enquiries'
import type { EnquiryTimeline } from '../enquiryTimeline'

/** Marks the seed's own enquiries; the form's keys start with "k:" or "h:" (src/citizen/storeEnquiry.ts). */
export const seedIdempotencyKey = (seed: EnquirySeed): string => `seed:${seed.key}`

export type EnquiryLinks = { mission: string; topic: string; assignee: string | null; repliedBy: string | null }

/**
 * The whole enquiry in one create, as if it had been received and answered on its dates: an
 * update would run stampReply (dates of today, the mail job), a create runs neither.
 */
export function enquiryData(seed: EnquirySeed, timeline: EnquiryTimeline, links: EnquiryLinks, sequence: number) {
  const replied = seed.status === 'answered' || seed.status === 'closed' ? seed.reply : null
  return {
    reference: formatReference(seed.mission, sequence),
    sequence,
    idempotencyKey: seedIdempotencyKey(seed),
    mission: links.mission,
    topic: links.topic,
    locale: seed.locale,
    status: seed.status,
    assignee: links.assignee,
    name: `${seed.name} (sample data)`,
    email: seed.email,
    phone: seed.phone ?? null,
    message: seed.message,
    internalNotes: seed.internalNotes ?? null,
    reply: replied?.text ?? null,
    repliedBy: replied ? links.repliedBy : null,
    repliedAt: timeline.firstRepliedAt?.toISOString() ?? null,
    firstRepliedAt: timeline.firstRepliedAt?.toISOString() ?? null,
    closedAt: timeline.closedAt?.toISOString() ?? null,
    createdAt: timeline.receivedAt.toISOString(),
    updatedAt: timeline.updatedAt.toISOString(),
  }
}
