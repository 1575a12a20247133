import { describe, it } from 'vitest'

import { startTestPayload } from '../support/testPayload'
import { describeAccessMatrix } from './describeAccessMatrix'

const url = process.env.TEST_MONGODB_URL

/** The fixture needs an empty database, so each run gets its own, dropped afterwards. */
function freshDatabaseUrl(base: string): string {
  const parsed = new URL(base)
  parsed.pathname = `/chancery_access_${Date.now().toString(36)}`
  return parsed.toString()
}

async function startOnFreshMongo() {
  const t = await startTestPayload({ databaseUrl: freshDatabaseUrl(url!) })
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
  describeAccessMatrix('MongoDB, Local API', startOnFreshMongo)
} else {
  const reason = 'access matrix on MongoDB skipped: set TEST_MONGODB_URL to run against MongoDB'
  console.log(reason)
  describe.skip(reason, () => {
    it('runs the same access matrix as on SQLite', () => {})
  })
}
