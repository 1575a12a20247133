/**
 * Payload pushes the schema to a new SQLite database only when the schema differs from the last
 * one this process pushed (to any database), unless PAYLOAD_FORCE_DRIZZLE_PUSH says otherwise.
 * A vitest process runs file after file (vitest.config.ts), so a file that opens a new database
 * with Payload itself, rather than through startTestPayload's copy of an empty one, asks for the
 * push, and gives the setting back afterwards.
 */
export function forceSchemaPush(): () => void {
  const before = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  return () => {
    if (before === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = before
  }
}

/** `open` (a Payload started on a new database) with the schema pushed whatever this process pushed before. */
export async function withSchemaPush<T>(open: () => Promise<T>): Promise<T> {
  const restore = forceSchemaPush()
  try {
    return await open()
  } finally {
    restore()
  }
}
