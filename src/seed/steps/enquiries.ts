import { SEQUENCE_PER_YEAR } from '../../citizen/reference'
import type { SeedContext } from '../context'
import { ENQUIRIES, type EnquirySeed } from '../data/enquiries'
import { enquiryData, seedIdempotencyKey } from '../documents/enquiry'
import { enquiryTimeline } from '../enquiryTimeline'
import { idFor, type Refs } from '../refs'
import { sequenceCounters } from '../sequences'
import { ensureDocument } from '../writer'

function links(seed: EnquirySeed, refs: Refs) {
  const replier = seed.status === 'answered' || seed.status === 'closed' ? seed.reply.by : null
  const assignee = seed.assignee ?? replier
  return {
    mission: idFor(refs.missions, seed.mission, 'mission'),
    topic: idFor(refs.enquiryTopics, seed.topic, 'enquiry topic'),
    assignee: assignee ? idFor(refs.users, assignee, 'user') : null,
    repliedBy: replier ? idFor(refs.users, replier, 'user') : null,
  }
}

/**
 * Enquiries in every state, dated back from the run so the charter's figures are real ones.
 * Found again by their seed key, not their reference: a reference is only allocated when the
 * enquiry is created, and depends on what the network held then.
 */
export async function seedEnquiries({ payload, report, refs, now }: SeedContext): Promise<void> {
  // Oldest first, so reference numbers grow with the dates as the form's would.
  const planned = ENQUIRIES.map((seed) => ({ seed, timeline: enquiryTimeline(seed, now) }))
    .sort((a, b) => a.timeline.receivedAt.getTime() - b.timeline.receivedAt.getTime())
  const nextSequence = await sequenceCounters(payload, 'enquiries', SEQUENCE_PER_YEAR, new Set(planned.map((p) => p.timeline.receivedAt.getUTCFullYear())))
  for (const { seed, timeline } of planned) {
    const id = await ensureDocument(payload, report, {
      collection: 'enquiries',
      where: { idempotencyKey: { equals: seedIdempotencyKey(seed) } },
      locales: ['es'],
      data: () => enquiryData(seed, timeline, links(seed, refs), nextSequence(timeline.receivedAt.getUTCFullYear())),
    })
    refs.enquiries.set(seed.key, id)
  }
}
