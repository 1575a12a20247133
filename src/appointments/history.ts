import { randomBytes } from 'node:crypto'

import type { HistoryAction } from './types'

export type HistoryEntry = { id: string; at: string; action: HistoryAction; by: string; note?: string | null }

/**
 * One line of a booking's history. Rows carry their own id because the store writes through
 * the database adapter, where Payload's field hooks that would otherwise give one do not run.
 */
export function historyEntry(action: HistoryAction, by: string, at: Date, note?: string | null): HistoryEntry {
  return { id: randomBytes(12).toString('hex'), at: at.toISOString(), action, by, ...(note ? { note } : {}) }
}

/** A unique value for a spent idempotency key or a released place: never null (MongoDB's unique index counts nulls as equal). */
export const released = (bookingId: string) => `released:${bookingId}`
export const retiredKey = (bookingId: string, nonce: string) => `retired:${bookingId}:${nonce}`
