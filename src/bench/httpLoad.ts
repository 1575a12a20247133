/** What `npm run bench:http` measures at each address, and how one run's answers are summed up. */

export type HttpTarget = {
  name: string
  method: 'GET' | 'POST'
  path: string
  body?: string
  headers?: Record<string, string>
}

export type HttpRun = { latenciesMs: number[]; statuses: Record<string, number>; seconds: number; bytes: number }

export type HttpSummary = {
  requests: number
  /** Answers with a 2xx or 304 status, per second. */
  perSecond: number
  p50: number
  p95: number
  p99: number
  max: number
  /** Answers by status, so a run that measured refusals shows it. */
  statuses: Record<string, number>
  kibPerRequest: number
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0)

export function summariseHttp(run: HttpRun): HttpSummary {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b)
  const ok = Object.entries(run.statuses).reduce((sum, [status, n]) => sum + (/^2\d\d$|^304$/.test(status) ? n : 0), 0)
  return {
    requests: sorted.length,
    perSecond: run.seconds > 0 ? ok / run.seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    statuses: run.statuses,
    kibPerRequest: sorted.length ? run.bytes / sorted.length / 1024 : 0,
  }
}

/**
 * The four addresses the issue names: a generated page and a feed (static files through the
 * `/sites/` route), a page of the REST API, and the same ten releases through GraphQL. The API
 * reads are an editor's (signed in), as the admin makes them: anonymous API readers share a
 * small gate on purpose (docs/security.md), which would be measured instead of the server.
 */
export function httpTargets(site: { mission: string; locale: string }, token: string): HttpTarget[] {
  const auth = { authorization: `JWT ${token}` }
  const base = `/sites/${encodeURIComponent(site.mission)}/${encodeURIComponent(site.locale)}`
  return [
    { name: 'generated page', method: 'GET', path: `${base}/` },
    { name: 'RSS feed', method: 'GET', path: `${base}/feed.xml` },
    { name: 'REST /api/press-releases?limit=10', method: 'GET', path: '/api/press-releases?limit=10', headers: auth },
    {
      name: 'GraphQL, 10 press releases',
      method: 'POST',
      path: '/api/graphql',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ PressReleases(limit: 10) { docs { id title slug publishedAt } } }' }),
    },
  ]
}
