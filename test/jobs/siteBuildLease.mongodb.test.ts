import { describe, it } from 'vitest'

import { startTestPayload } from '../support/testPayload'
import { describeSiteBuildLease } from './siteBuildLeaseSuite'

const url = process.env.TEST_MONGODB_URL

/** The lease on MongoDB (one findOneAndUpdate per step): a fresh database per run, dropped afterwards. */
async function startOnFreshMongo() {
  const parsed = new URL(url!)
  parsed.pathname = `/chancery_lease_${Date.now().toString(36)}`
  const t = await startTestPayload({ databaseUrl: parsed.toString() })
  return {
    ...t,
    close: async () => {
      const connection = (t.payload.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } }).connection
      await connection?.dropDatabase()
      await t.close()
    },
  }
}

if (url) {
  describeSiteBuildLease('MongoDB', startOnFreshMongo)
} else {
  const reason = 'site build lease on MongoDB skipped: set TEST_MONGODB_URL to run it against MongoDB'
  console.log(reason)
  describe.skip(reason, () => {
    it('gives the lease to one server at a time, as on SQLite', () => {})
  })
}
