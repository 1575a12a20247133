import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { CitizenAnswer } from '../../../citizen/citizenAnswer'

/** The citizen routes' one way from a framework-free answer to a Response. */
export async function respond(make: (payload: Payload) => Promise<CitizenAnswer>): Promise<Response> {
  const payload = await getPayload({ config })
  const answer = await make(payload)
  return new Response(answer.status === 204 || answer.status === 303 || answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers })
}
