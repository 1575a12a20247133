import { describe, expect, it } from 'vitest'

import { createConfig } from '../../src/config/createConfig'
import { COMPOUND_INDEXES, QUERIED_FIELDS, indexOf } from './helpers/queryIndexes'

const config = await createConfig({ DATABASE_URL: 'file:/nonexistent/query-indexes.db', PAYLOAD_SECRET: 'query-indexes-test-secret-0123456789', NODE_ENV: 'test' })
const collection = (slug: string) => {
  const found = config.collections.find((c) => c.slug === slug)
  if (!found) throw new Error(`no collection "${slug}" in the configuration`)
  return found
}

describe('indexes for the app’s queries (declared in collections/, made by both adapters)', () => {
  for (const [slug, queries] of Object.entries(QUERIED_FIELDS)) {
    it(`${slug}: every field its queries filter or sort on is indexed`, () => {
      const missing = queries.flatMap((q) => q.fields.filter((field) => !indexOf(collection(slug), field)).map((field) => `${field} (${q.by})`))
      expect(missing).toEqual([])
    })
  }

  for (const [slug, indexes] of Object.entries(COMPOUND_INDEXES)) {
    it(`${slug}: its multi-field queries have their compound indexes (${indexes.map((i) => i.join('+')).join(', ')})`, () => {
      const declared = collection(slug).sanitizedIndexes.map((index) => index.fields.map((f) => f.path).join('+'))
      for (const fields of indexes) expect(declared).toContain(fields.join('+'))
    })
  }

  it('covers every collection of the configuration that the app queries by its fields', () => {
    // Payload's own (jobs, preferences, locks, migrations, kv), and those read whole (topics, platforms, users by login; media is another's).
    const readWhole = new Set(['topics', 'social-platforms', 'users', 'media'])
    const unlisted = config.collections.map((c) => c.slug).filter((s) => !s.startsWith('payload-') && !readWhole.has(s) && !(s in QUERIED_FIELDS))
    expect(unlisted).toEqual([])
  })
})
