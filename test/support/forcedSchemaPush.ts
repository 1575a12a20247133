/**
 * Payload pushes a schema once per process unless told otherwise (PAYLOAD_FORCE_DRIZZLE_PUSH):
 * a file that opens several databases asks for a push each time, and gives the setting back
 * when it ends, since the next test file may run in the same process (vitest.config.ts).
 */
export function forceSchemaPush(): () => void {
  const before = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  return () => {
    if (before === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = before
  }
}
