import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { EnquiryInput } from './enquiryInput'
import type { MissionFacts } from './networkFacts'
import { formatReference, SEQUENCE_PER_YEAR } from './reference'

export type StoredEnquiry = { reference: string; duplicate: boolean }

/**
 * The same form sent twice (a double click, a retry after a timeout) is one enquiry. The
 * script's key names one filling of the form; without JavaScript the content itself does.
 */
export function idempotencyKey(missionId: string, input: EnquiryInput): string {
  if (input.key) return `k:${missionId}:${input.key}`
  const content = [missionId, input.email.toLowerCase(), input.name, input.topic, input.message].join('\u0000')
  return `h:${createHash('sha256').update(content).digest('base64url')}`
}

// The next number of the year, per process: one indexed read when the process starts a year,
// then counted here so concurrent posts do not queue behind each other. Another process's
// numbers show up as a unique-constraint conflict, after which the count is read again.
const counters = new WeakMap<Payload, { year: number; next: number } | Promise<{ year: number; next: number }>>()

async function readCounter(payload: Payload, year: number): Promise<{ year: number; next: number }> {
  const latest = await payload.find({
    collection: 'enquiries', depth: 0, limit: 1, sort: '-sequence', pagination: false,
    where: { sequence: { greater_than_equal: year * SEQUENCE_PER_YEAR, less_than: (year + 1) * SEQUENCE_PER_YEAR } },
    select: { sequence: true },
    // `sequence` is hidden from every reader; without this the number would restart at 1 in every process.
    showHiddenFields: true,
  })
  const last = latest.docs[0]?.sequence
  return { year, next: typeof last === 'number' ? last + 1 : year * SEQUENCE_PER_YEAR + 1 }
}

async function nextSequence(payload: Payload, year: number, reread: boolean): Promise<number> {
  let counter = counters.get(payload)
  if (counter instanceof Promise) counter = await counter
  if (!counter || counter.year !== year || reread) {
    const reading = readCounter(payload, year)
    counters.set(payload, reading)
    counter = await reading
    counters.set(payload, counter)
  }
  return counter.next++
}

const conflictOn = (error: unknown): string | null => {
  const errors = (error as { data?: { errors?: { path?: string }[] } }).data?.errors
  return errors?.find((e) => e.path === 'idempotencyKey' || e.path === 'reference' || e.path === 'sequence')?.path ?? null
}

async function existing(payload: Payload, key: string): Promise<string | null> {
  const found = await payload.find({ collection: 'enquiries', depth: 0, limit: 1, pagination: false, where: { idempotencyKey: { equals: key } }, select: { reference: true } })
  return found.docs[0]?.reference ?? null
}

/**
 * Stores one enquiry under a new reference (its acknowledgement is queued with it). Written by the
 * server itself (the collection refuses creates through the API): the form was checked before.
 */
export async function storeEnquiry(payload: Payload, mission: MissionFacts, topicId: string, input: EnquiryInput, now = new Date()): Promise<StoredEnquiry> {
  const key = idempotencyKey(mission.id, input)
  const before = await existing(payload, key)
  if (before) return { reference: before, duplicate: true }
  const year = now.getUTCFullYear()
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const sequence = await nextSequence(payload, year, attempt > 0)
    const reference = formatReference(mission.slug, sequence)
    try {
      await payload.create({
        collection: 'enquiries',
        depth: 0,
        data: {
          reference, sequence, idempotencyKey: key, mission: mission.id, topic: topicId, locale: input.locale,
          name: input.name, email: input.email, phone: input.phone || null, message: input.message, status: 'new',
        },
        // The collection's hook queues the acknowledgement in the same transaction.
        context: { citizenPost: true },
      })
      return { reference, duplicate: false }
    } catch (error) {
      const path = conflictOn(error)
      if (path === 'idempotencyKey') {
        const other = await existing(payload, key)
        if (other) return { reference: other, duplicate: true }
      }
      if (path !== 'reference' && path !== 'sequence') throw error
    }
  }
  throw new Error('Could not allocate an enquiry reference after 5 attempts; the network is writing references from another process too fast.')
}
