import { cmsPublicUrl, type PublicUrlEnv } from '../citizen/publicUrls'

const originOf = (url: string | null | undefined): string | null => {
  if (!url || !URL.canParse(url)) return null
  const { origin } = new URL(url)
  return origin === 'null' ? null : origin
}

/**
 * The origins whose pages may send state-changing API requests: the CMS's configured public
 * address (behind a proxy the request's own Host may be an internal name), and the origin the
 * request itself was addressed to. A victim's browser cannot forge Origin, Host or
 * X-Forwarded-Host for a cross-site request, so comparing them is sound.
 */
export function ownOrigins(requestUrl: string, headers: Headers, env: PublicUrlEnv): Set<string> {
  const origins = new Set<string>()
  const own = originOf(requestUrl)
  if (own) origins.add(own)
  const protocol = new URL(requestUrl).protocol.replace(':', '')
  // Next names its listening address in request.url, not the host the browser asked for.
  const host = headers.get('host')?.trim()
  if (host) {
    const addressed = originOf(`${protocol}://${host}`)
    if (addressed) origins.add(addressed)
  }
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  if (forwardedHost) {
    const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || protocol
    const forwarded = originOf(`${proto}://${forwardedHost}`)
    if (forwarded) origins.add(forwarded)
  }
  if (env.CMS_PUBLIC_URL?.trim()) origins.add(new URL(cmsPublicUrl(env)).origin)
  return origins
}

/**
 * Payload's `csrf` list: the configured public address only. It is left empty when none is
 * configured (`npm start`, tests on a loopback port), where the API guard's same-origin check
 * (src/security/apiGuard.ts) is the one that refuses foreign origins; with a list, Payload also
 * ignores a session cookie sent from any other origin, the admin's own server functions included.
 */
export function csrfOrigins(env: PublicUrlEnv): string[] {
  return env.CMS_PUBLIC_URL?.trim() ? [new URL(cmsPublicUrl(env)).origin] : []
}

/** Whether a browser sent this request from another site: its Origin, or Sec-Fetch-Site when it sent none. */
export function isForeign(requestUrl: string, headers: Headers, env: PublicUrlEnv): boolean {
  const origin = headers.get('origin')
  if (origin !== null) return origin === 'null' || !ownOrigins(requestUrl, headers, env).has(origin)
  return headers.get('sec-fetch-site') === 'cross-site'
}
