/**
 * The security headers of every answer, by path. They are set on the response before Next (or
 * the fast path of scripts/serve.ts) handles the request, so they reach the admin's pages, the
 * API, media files, the sites, the citizen pages, Next's own assets and error pages alike.
 *
 * A header set here wins over the same header set by a route (Next appends a route's header only
 * when none is present), so this module leaves alone what the routes decide themselves: the
 * sandboxing CSP of /sites/ and /preview/, and the Referrer-Policy of /citizen/ and /preview/.
 */

export type HeaderEnv = Record<string, string | undefined>

/**
 * The admin is Next's app router: its bootstrap scripts are inline, so scripts need
 * 'unsafe-inline' (nonces would need every admin page to be rendered per request by a proxy;
 * docs/security.md). Everything else is this origin only. Development adds what Next's hot
 * reload needs: eval for its source maps and a websocket.
 */
export function adminCsp(development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** JSON and media files: nothing in an answer of the API may run, load anything or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"

/** The citizen pages load the site's stylesheet and form script from the site's own origin, which is configured per mission. */
export const CITIZEN_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'"

const PERMISSIONS = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'

/**
 * HSTS: HSTS_MAX_AGE seconds when set (0 turns it off); otherwise one year when the CMS's public
 * address is https, and none when it is not (a plain-http `npm start` must not be pinned to TLS).
 */
export function hstsHeader(env: HeaderEnv): string | null {
  const configured = env.HSTS_MAX_AGE?.trim()
  if (configured !== undefined && configured !== '') {
    if (!/^\d+$/.test(configured)) throw new Error(`HSTS_MAX_AGE must be a number of seconds, got "${configured}"`)
    return configured === '0' ? null : `max-age=${configured}`
  }
  return env.CMS_PUBLIC_URL?.trim().startsWith('https://') ? 'max-age=31536000' : null
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

/** The path as the router will see it: dot segments and repeated slashes resolved, so `/sites/%2e%2e/admin` is the admin. */
export function routedPath(rawPath: string): string {
  const path = rawPath.split('?')[0]!.replace(/\/{2,}/g, '/')
  try {
    return new URL(`http://host${path.startsWith('/') ? '' : '/'}${path}`).pathname
  } catch {
    return '/'
  }
}

export function securityHeadersFor(rawPath: string, env: HeaderEnv): Record<string, string> {
  const path = routedPath(rawPath)
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' }
  const hsts = hstsHeader(env)
  if (hsts) headers['strict-transport-security'] = hsts
  const development = env.NODE_ENV !== 'production'

  if (under(path, '/sites')) {
    // Pages of the generated sites: their CSP (sandbox) comes from the route.
    return { ...headers, 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'strict-origin-when-cross-origin' }
  }
  if (under(path, '/preview')) {
    // CSP, Referrer-Policy and caching come from the preview route.
    return { ...headers, 'x-frame-options': 'SAMEORIGIN' }
  }
  if (under(path, '/citizen')) {
    return { ...headers, 'x-frame-options': 'DENY', 'content-security-policy': CITIZEN_CSP, 'permissions-policy': PERMISSIONS }
  }
  if (under(path, '/api/graphql-playground')) {
    // Development only (off in production): the playground loads its page from a CDN.
    return { ...headers, 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' }
  }
  if (under(path, '/api')) {
    return { ...headers, 'x-frame-options': 'DENY', 'content-security-policy': API_CSP, 'referrer-policy': 'no-referrer' }
  }
  // The admin, Next's assets and error pages, and anything else.
  return {
    ...headers,
    'x-frame-options': 'DENY',
    'content-security-policy': adminCsp(development),
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': PERMISSIONS,
    'cross-origin-opener-policy': 'same-origin',
  }
}
