/** Read: CMS_PUBLIC_URL, SITES_PUBLIC_URL, PORT. */
export type PublicUrlEnv = Record<string, string | undefined>

/**
 * The CMS's public address, where the generated sites' forms post and where its citizen pages
 * live. In production the sites are on other origins, so it must be configured; `npm start`
 * serves both from one origin, which is the fallback.
 */
export function cmsPublicUrl(env: PublicUrlEnv): string {
  const configured = env.CMS_PUBLIC_URL?.trim()
  if (configured) {
    let url: URL
    try {
      url = new URL(configured)
    } catch {
      throw new Error(`CMS_PUBLIC_URL must be an absolute http(s) address such as https://cms.ministry.example, got "${configured}"`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`CMS_PUBLIC_URL must be an http(s) address, got "${configured}"`)
    }
    return url.href.replace(/\/+$/, '')
  }
  const sites = env.SITES_PUBLIC_URL?.trim()
  if (sites && URL.canParse(sites)) return new URL(sites).origin
  return `http://localhost:${env.PORT || '3000'}`
}

/** Where the citizen pages of the CMS live, below its public address. */
export const citizenPaths = {
  enquiries: '/citizen/enquiries',
  received: '/citizen/enquiries/received',
  survey: '/citizen/survey',
  surveyThanks: '/citizen/survey/thanks',
} as const
