import type { CollectionSlug, Payload } from 'payload'

import { SEEDING_CONTEXT } from './writer'

/**
 * The next free reference number of each year in a collection numbered `year × perYear + n`,
 * read once: references run through the whole network, so the seed's own continue after
 * whatever the forms have already stored.
 */
export async function sequenceCounters(payload: Payload, collection: CollectionSlug, perYear: number, years: Set<number>): Promise<(year: number) => number> {
  const next = new Map<number, number>()
  for (const year of years) {
    const latest = await payload.find({
      collection, depth: 0, limit: 1, pagination: false, sort: '-sequence', context: SEEDING_CONTEXT,
      where: { sequence: { greater_than_equal: year * perYear, less_than: (year + 1) * perYear } },
      // The sequence is a hidden field: without this it is read as missing and numbering restarts at 1.
      select: { sequence: true } as never, showHiddenFields: true,
    })
    const last = (latest.docs[0] as { sequence?: unknown } | undefined)?.sequence
    next.set(year, typeof last === 'number' ? last + 1 : year * perYear + 1)
  }
  return (year) => {
    const sequence = next.get(year)!
    next.set(year, sequence + 1)
    return sequence
  }
}
