import { allowedOrigins, clientAddress, requestOrigin, sitesServedSandboxedHere } from './allowedOrigins'
import { refusal, wantsJson, type CitizenAnswer } from './citizenAnswer'
import type { NetworkFacts } from './networkFacts'
import type { PublicUrlEnv } from './publicUrls'
import { RATE_WINDOW_MS, RateLimiter } from './rateLimiter'
import { BodyTooLargeError, readLimitedBody } from './readLimitedBody'

export type PostContext = { origin: string; json: boolean; params: URLSearchParams; client: string }

/**
 * The checks every public form post passes before its fields are read: a site of the network
 * sent it, as a form, within the size limit. Each refusal says which rule and stores nothing.
 */
export async function admitPost(request: Request, facts: NetworkFacts, env: PublicUrlEnv): Promise<PostContext | CitizenAnswer> {
  const json = wantsJson(request.headers)
  // The sites this server serves itself are sandboxed (an opaque origin): their posts can only
  // say "null". Accepted only then; a deployment with the sites on their own origins never does.
  const opaque = request.headers.get('origin') === 'null' && sitesServedSandboxedHere(env)
  const origin = opaque ? 'null' : requestOrigin(request.headers)
  if (!origin || (!opaque && !allowedOrigins(facts, env).has(origin))) {
    return refusal(json, null, 403, 'origin', `Forms may only be sent from the network's own sites; this post came from ${origin ?? 'no stated origin'}.`)
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') {
    return refusal(json, origin, 415, 'content-type', `Send the form as application/x-www-form-urlencoded, not "${type || 'no content type'}".`)
  }
  let body: string
  try {
    body = await readLimitedBody(request)
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refusal(json, origin, 413, 'too-large', error.message)
    throw error
  }
  return { origin, json, params: new URLSearchParams(body), client: clientAddress(request.headers) }
}

/** Per client address and per mission, separately for each form. */
export class FormRateLimits {
  private readonly clients: RateLimiter
  private readonly missions: RateLimiter

  constructor(limits: { perClient: number; perMission: number }) {
    this.clients = new RateLimiter(limits.perClient, RATE_WINDOW_MS)
    this.missions = new RateLimiter(limits.perMission, RATE_WINDOW_MS)
  }

  /** Null when the post may go on; else the refusal, with Retry-After. */
  check(post: PostContext, mission: string, now: number): CitizenAnswer | null {
    const clientWait = this.clients.take(post.client, now)
    if (clientWait !== null) {
      return refusal(post.json, post.origin, 429, 'rate-limit-client', `Too many forms sent from this address; try again in ${clientWait} seconds.`, { 'retry-after': String(clientWait) })
    }
    const missionWait = this.missions.take(mission, now)
    if (missionWait !== null) {
      return refusal(post.json, post.origin, 429, 'rate-limit-mission', `This mission is receiving too many forms; try again in ${missionWait} seconds.`, { 'retry-after': String(missionWait) })
    }
    return null
  }
}
