import { handleEndpoints } from 'payload'

import type { TestPayload } from './testPayload'

export type RestAnswer = { status: number; json: any; text: string }
export type Rest = (method: string, path: string, body?: unknown, options?: { formData?: FormData; rawBody?: string }) => Promise<RestAnswer>

/**
 * Payload's REST API as the Next route serves it (the same `handleEndpoints`, body parsing,
 * authentication and error answers), called in-process on a test's own Payload: what a client
 * sends reaches exactly the code a real request reaches, without starting a server.
 *
 * Payload starts its job crons on the first request; CHANCERY_AUTORUN_JOBS=false (set by
 * `withoutJobRunner`) keeps them from running site rebuilds inside the test.
 */
export function restClient(t: TestPayload, token?: string): Rest {
  return async (method, path, body, options = {}) => {
    const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
    let requestBody: BodyInit | undefined
    if (options.formData) requestBody = options.formData
    else if (options.rawBody !== undefined || body !== undefined) {
      headers.set('Content-Type', 'application/json')
      requestBody = options.rawBody ?? JSON.stringify(body)
    }
    const request = new Request(`http://localhost${path}`, { method, headers, body: requestBody })
    const response = await handleEndpoints({ config: t.payload.config, path: path.split('?')[0], request, payloadInstanceCacheKey: t.dataDir })
    const text = await response.text()
    let json: any
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: response.status, json, text }
  }
}

/** A token as the login endpoint issues it. */
export async function tokenFor(t: TestPayload, email: string, password: string): Promise<string> {
  const { token } = await t.payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}

/** Field errors of a 400 answer, as [path, message] pairs. */
export function fieldErrorsOf(answer: RestAnswer): [string, string][] {
  const errors = (answer.json?.errors ?? []) as { data?: { errors?: { path: string; message: string }[] } }[]
  return errors.flatMap((e) => (e.data?.errors ?? []).map((f) => [f.path, f.message] as [string, string]))
}

/** Keeps the job crons Payload starts on the first REST request from running anything; returns what undoes it. */
export function withoutJobRunner(): () => void {
  const previous = process.env.CHANCERY_AUTORUN_JOBS
  process.env.CHANCERY_AUTORUN_JOBS = 'false'
  return () => {
    if (previous === undefined) delete process.env.CHANCERY_AUTORUN_JOBS
    else process.env.CHANCERY_AUTORUN_JOBS = previous
  }
}
