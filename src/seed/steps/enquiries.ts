import type { Payload } from 'payload'

import { SEQUENCE_PER_YEAR } from '../../citizen/reference'
import type { SeedContext } from '../context'
import { ENQUIRIES, type EnquirySeed } from '../data/enquiries'
import { enquiryData, seedIdempotencyKey } from '../documents/enquiry'
import { enquiryTimeline } from '../enquiryTimeline'
import { idFor, type Refs } from '../refs'
import { SEEDING_CONTEXT, ensureDocument } from '../writer'

/**
 * The next free reference number of each year, read once: references run through the whole
 * network, so the seed's own continue after whatever the forms have already stored.
 */
async function sequenceCounters(payload: Payload, years: Set<number>): Promise<(year: number) => number> {
  const next = new Map<number, number>()
  for (const year of years) {
    const latest = await payload.find({
      collection: 'enquiries', depth: 0, limit: 1, pagination: false, sort: '-sequence', context: SEEDING_CONTEXT,
      where: { sequence: { greater_than_equal: year * SEQUENCE_PER_YEAR, less_than: (year + 1) * SEQUENCE_PER_YEAR } },
      // The sequence is a hidden field: without this it is read as missing and numbering restarts at 1.
      select: { sequence: true }, showHiddenFields: true,
    })
    const last = latest.docs[0]?.sequence
    next.set(year, typeof last === 'number' ? last + 1 : year * SEQUENCE_PER_YEAR + 1)
  }
  return (year) => {
    const sequence = next.get(year)!
    next.set(year, sequence + 1)
    return sequence
  }
}

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
  const nextSequence = await sequenceCounters(payload, new Set(planned.map((p) => p.timeline.receivedAt.getUTCFullYear())))
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
