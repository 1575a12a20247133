import { answerSiteRequest } from '../../../../server/siteResponse'
import { sitesDir } from '../../../../server/sitesDir'

// Reads the generated files from disk on every request: they change whenever a build runs.
export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/**
 * The generated sites, as a static host would serve them: /sites/<site>/<locale>/… .
 * The raw request path is used rather than the route's params, which Next has already
 * decoded and stripped of the trailing slash that folder URLs depend on.
 */
async function serve(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const answer = await answerSiteRequest(sitesDir(), { method: request.method, pathname: url.pathname, search: url.search, headers: request.headers })
  return new Response(answer.body as BodyInit | null, { status: answer.status, headers: answer.headers })
}

export const GET = serve
export const HEAD = serve
export const OPTIONS = serve
