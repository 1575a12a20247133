import { startTestPayload, type TestPayload } from './testPayload'

/** Where the MongoDB variants of the integration tests run; unset, they are skipped, saying so. */
export const TEST_MONGODB_URL = process.env.TEST_MONGODB_URL

/**
 * A Payload on a database of its own on the test MongoDB server (`<prefix>_<time>`), dropped
 * when it is closed: each MongoDB variant starts from an empty database and leaves nothing.
 */
export async function startOnFreshMongo(prefix: string): Promise<TestPayload> {
  const parsed = new URL(TEST_MONGODB_URL!)
  parsed.pathname = `/chancery_${prefix}_${Date.now().toString(36)}`
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
