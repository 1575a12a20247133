import { describe, it } from 'vitest'

import { startTestPayload } from '../support/testPayload'
import { describeStore } from './storeSuite'

const url = process.env.TEST_MONGODB_URL

/** The store's guarantees on MongoDB: a fresh database per run, dropped afterwards. */
async function startOnFreshMongo() {
  const parsed = new URL(url!)
  parsed.pathname = `/chancery_store_${Date.now().toString(36)}`
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
  describeStore('MongoDB', startOnFreshMongo)
} else {
  const reason = 'booking store on MongoDB skipped: set TEST_MONGODB_URL to run it against MongoDB'
  console.log(reason)
  describe.skip(reason, () => {
    it('runs the same booking store tests as on SQLite', () => {})
  })
}
