import { expect } from 'vitest'

/**
 * How Payload says no: Forbidden (403), NotFound (404) when a rule narrows what the user
 * may see, a ValidationError (400) from the mission-scope hook, or an APIError (403, 409)
 * from a business rule such as review before publishing.
 */
const REFUSAL_STATUSES = [400, 401, 403, 404, 409]

export function isRefusal(error: unknown): boolean {
  const status = (error as { status?: number } | null)?.status
  return typeof status === 'number' && REFUSAL_STATUSES.includes(status)
}

export async function expectRefused(attempt: Promise<unknown>): Promise<unknown> {
  const outcome = await attempt.then(
    (value) => ({ refused: false as const, value }),
    (error: unknown) => ({ refused: true as const, error }),
  )
  if (!outcome.refused) expect.fail(`expected a refusal, but the operation succeeded: ${JSON.stringify(outcome.value)?.slice(0, 300)}`)
  if (!isRefusal(outcome.error)) throw outcome.error
  return outcome.error
}

/** A list the user may not read at all counts as empty; any other failure is a real error. */
export function refusedAsEmpty(error: unknown): never[] {
  if (isRefusal(error)) return []
  throw error
}
