import type { Payload } from 'payload'

import { BOOKING_SEQUENCE_PER_YEAR } from './reference'

type Counter = { year: number; next: number }

// The next number of the year, per process: one indexed read when the process starts a year, then
// counted here so concurrent bookings do not queue behind a read. Another process's numbers show
// up as a unique-constraint conflict, after which the count is read again.
const counters = new WeakMap<Payload, Counter | Promise<Counter>>()

async function readCounter(payload: Payload, year: number): Promise<Counter> {
  const latest = await payload.find({
    collection: 'bookings', depth: 0, limit: 1, sort: '-sequence', pagination: false,
    where: { sequence: { greater_than_equal: year * BOOKING_SEQUENCE_PER_YEAR, less_than: (year + 1) * BOOKING_SEQUENCE_PER_YEAR } },
    select: { sequence: true },
    // `sequence` is hidden from every reader; without this the numbering would restart in every process.
    showHiddenFields: true,
  })
  const last = latest.docs[0]?.sequence
  return { year, next: typeof last === 'number' ? last + 1 : year * BOOKING_SEQUENCE_PER_YEAR + 1 }
}

/** The counter for `year`, read from the database when this process has none for it yet or `reread` asks. */
export async function sequenceCounter(payload: Payload, year: number, reread = false): Promise<Counter> {
  let counter = counters.get(payload)
  if (counter instanceof Promise) counter = await counter
  if (!counter || counter.year !== year || reread) {
    const reading = readCounter(payload, year)
    counters.set(payload, reading)
    counter = await reading
    counters.set(payload, counter)
  }
  return counter
}

/** Takes the next number. */
export const take = (counter: Counter): number => counter.next++

/** Gives back a number no row was written with, when nothing was taken after it (a refused booking leaves no gap). */
export function giveBack(counter: Counter, sequence: number): void {
  if (counter.next === sequence + 1) counter.next = sequence
}
