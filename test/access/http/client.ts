/** A tiny REST and GraphQL client for one running server, signed in as somebody or nobody. */
export type Client = {
  rest: (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any; text: string; headers: Headers }>
  graphql: (query: string) => Promise<{ status: number; data: any; errors: { message: string }[] | undefined; text: string }>
}

/**
 * `next dev` restarts parts of itself when a file it watches changes (tsconfig.json is rewritten
 * whenever another test starts its own server), refusing connections for a moment. A refused
 * connection never reached the app, so trying again cannot apply a request twice.
 */
async function fetchPatiently(url: string, init: RequestInit, diagnostics?: () => string): Promise<Response> {
  const deadline = Date.now() + 90_000
  for (;;) {
    try {
      return await fetch(url, init)
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code
      if (code !== 'ECONNREFUSED' || Date.now() > deadline) {
        throw new Error(`${init.method} ${url} failed (${code ?? String(error)})${diagnostics ? `; server log:\n${diagnostics().slice(-3000)}` : ''}`)
      }
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

export function clientFor(baseUrl: string, token?: string, diagnostics?: () => string): Client {
  const headers = (): Record<string, string> => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `JWT ${token}` } : {}),
  })
  const rest: Client['rest'] = async (method, path, body) => {
    const res = await fetchPatiently(`${baseUrl}${path}`, { method, headers: headers(), body: body === undefined ? undefined : JSON.stringify(body) }, diagnostics)
    const text = await res.text()
    let json: any
    try { json = JSON.parse(text) } catch { json = undefined }
    return { status: res.status, json, text, headers: res.headers }
  }
  const graphql: Client['graphql'] = async (query) => {
    const { status, json, text } = await rest('POST', '/api/graphql', { query })
    return { status, data: json?.data, errors: json?.errors, text }
  }
  return { rest, graphql }
}

/** Signs in over REST, as the admin's login form does. */
export async function logIn(baseUrl: string, email: string, password: string, diagnostics?: () => string): Promise<string> {
  const { status, json, text } = await clientFor(baseUrl, undefined, diagnostics).rest('POST', '/api/users/login', { email, password })
  if (status !== 200 || typeof json?.token !== 'string') throw new Error(`login of ${email} failed with ${status}: ${text.slice(0, 300)}`)
  return json.token
}
