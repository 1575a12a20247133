import { createHash, randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { insertInBatch } from './enquiryBatches'
import type { EnquiryInput } from './enquiryInput'
import type { MissionFacts } from './networkFacts'
import { formatReference, SEQUENCE_PER_YEAR } from './reference'

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

const CONFLICT_PATHS = new Set(['idempotencyKey', 'idempotency_key', 'reference', 'sequence'])

/** Which unique field a failed insert collided on (the adapters name it in a ValidationError). */
const conflictOn = (error: unknown): string | null => {
  const errors = (error as { data?: { errors?: { path?: string }[] } }).data?.errors
  const path = errors?.find((e) => e.path && CONFLICT_PATHS.has(e.path))?.path ?? null
  return path === 'idempotency_key' ? 'idempotencyKey' : path
}

async function existing(payload: Payload, key: string): Promise<{ id: string; reference: string } | null> {
  const found = await payload.find({ collection: 'enquiries', depth: 0, limit: 1, pagination: false, where: { idempotencyKey: { equals: key } }, select: { reference: true } })
  const doc = found.docs[0]
  return doc ? { id: doc.id, reference: doc.reference } : null
}

export type StoredEnquiry = { id: string; reference: string; duplicate: boolean }

/**
 * Stores one enquiry under a new reference. The form was checked field by field before
 * (enquiryInput.ts) and the database holds the unique references and keys, so the row is
 * written through the adapter directly: Payload's create would validate it again and read it
 * back, which made a post cost ten times as much. Rows arriving together share one
 * transaction and so one sync to disk (enquiryBatches.ts); each is still acknowledged only
 * once its transaction is committed.
 */
export async function storeEnquiry(payload: Payload, mission: MissionFacts, topicId: string, input: EnquiryInput, now = new Date()): Promise<StoredEnquiry> {
  const key = idempotencyKey(mission.id, input)
  const year = now.getUTCFullYear()
  const stamp = now.toISOString()
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const sequence = await nextSequence(payload, year, attempt > 0)
    const reference = formatReference(mission.slug, sequence)
    const id = randomUUID()
    try {
      await insertInBatch(payload, {
        id, reference, sequence, idempotencyKey: key, mission: mission.id, topic: topicId, locale: input.locale,
        name: input.name, email: input.email, phone: input.phone || null, message: input.message, status: 'new',
        createdAt: stamp, updatedAt: stamp,
      })
      return { id, reference, duplicate: false }
    } catch (error) {
      const path = conflictOn(error)
      if (path === 'idempotencyKey') {
        const other = await existing(payload, key)
        if (other) return { ...other, duplicate: true }
      }
      if (path !== 'reference' && path !== 'sequence') throw error
    }
  }
  throw new Error('Could not allocate an enquiry reference after 5 attempts; the network is writing references from another process too fast.')
}
