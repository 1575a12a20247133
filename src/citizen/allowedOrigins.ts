import type { NetworkFacts } from './networkFacts'
import { cmsPublicUrl, type PublicUrlEnv } from './publicUrls'

const originOf = (url: string | null | undefined): string | null => {
  if (!url || !URL.canParse(url)) return null
  const { origin } = new URL(url)
  return origin === 'null' ? null : origin
}

/**
 * The origins whose pages may post the network's forms: every open mission's site, the
 * ministry's, where `npm start` serves the sites, and the CMS itself (its own error pages).
 */
export function allowedOrigins(facts: NetworkFacts, env: PublicUrlEnv): Set<string> {
  const origins = new Set<string>()
  for (const mission of facts.missions.values()) {
    const origin = originOf(mission.baseUrl)
    if (origin) origins.add(origin)
  }
  for (const url of [facts.ministryBaseUrl, env.SITES_PUBLIC_URL, cmsPublicUrl(env)]) {
    const origin = originOf(url)
    if (origin) origins.add(origin)
  }
  return origins
}

/**
 * Whether the CMS serves the sites itself under /sites/ (npm start). It serves them sandboxed,
 * so their pages have an opaque origin: their posts say `Origin: null` and send no Referer.
 */
export function sitesServedSandboxedHere(env: PublicUrlEnv): boolean {
  const sites = originOf(env.SITES_PUBLIC_URL)
  return sites !== null && sites === originOf(cmsPublicUrl(env))
}

/** Where a post comes from: browsers send Origin with every form post; Referer is the fallback. */
export function requestOrigin(headers: Headers): string | null {
  return originOf(headers.get('origin')) ?? originOf(headers.get('referer'))
}

/**
 * The client's address for rate limiting. Next sets X-Forwarded-For from the socket when no
 * proxy did; behind a proxy, the last entry is the one the proxy itself added.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1)
  return last ?? 'unknown'
}
