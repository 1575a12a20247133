import { percentile } from './rssSampler'

/**
 * Issue 20's stall test as a load: anonymous clients sending the most expensive requests the API
 * accepts (the bounds of src/security/requestBounds.ts at their limit: depth 1 in pages of 10
 * with every locale, depth 0 in pages of 100, and the GraphQL equivalents), back to back, while
 * one visitor reads a generated page and one editor saves a draft, each measured.
 */
export type AbuseRequest = { label: string; method: 'GET' | 'POST'; path: string; body?: string }

const graphql = (label: string, query: string): AbuseRequest => ({ label, method: 'POST', path: '/api/graphql', body: JSON.stringify({ query }) })

export const COSTLIEST_ACCEPTED: AbuseRequest[] = [
  { label: 'REST missions depth 1 ×10, all locales', method: 'GET', path: '/api/missions?limit=10&depth=1&locale=all' },
  { label: 'REST services depth 1 ×10, all locales', method: 'GET', path: '/api/services?limit=10&depth=1&locale=all' },
  { label: 'REST releases depth 1 ×10, all locales', method: 'GET', path: '/api/press-releases?limit=10&depth=1&locale=all' },
  { label: 'REST missions depth 0 ×100, all locales', method: 'GET', path: '/api/missions?limit=100&depth=0&locale=all' },
  { label: 'REST pages depth 1 ×10, all locales', method: 'GET', path: '/api/mission-pages?limit=10&depth=1&locale=all' },
  graphql('GraphQL missions → offices → services, parent ×10', '{ Missions(limit: 10, locale: all) { docs { id name offices { name services { id title summary } } parent { id name } } } }'),
  graphql('GraphQL services → missions ×10', '{ Services(limit: 10, locale: all) { docs { id title missions { id name offices { name } } } } }'),
  graphql('GraphQL releases with bodies ×10', '{ PressReleases(limit: 10, locale: all) { docs { id title summary body(depth: 1) mission { id name } topics { id name } } } }'),
]

export type Sample = { label: string; status: number; ms: number; bytes: number }

export type LoadPlan = {
  baseUrl: string
  clients: number
  seconds: number
  /** A generated page, e.g. /sites/madrid/es/ */
  pagePath: string
  pageEveryMs: number
  save: { path: string; token: string; everyMs: number }
  requests?: AbuseRequest[]
}

export type LoadResult = { attacks: Sample[]; pages: Sample[]; saves: Sample[]; seconds: number }

async function timed(label: string, url: string, init: RequestInit): Promise<Sample> {
  const started = performance.now()
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
    const body = await response.arrayBuffer()
    return { label, status: response.status, ms: performance.now() - started, bytes: body.byteLength }
  } catch {
    return { label, status: 0, ms: performance.now() - started, bytes: 0 }
  }
}

export async function runAbuseLoad(plan: LoadPlan): Promise<LoadResult> {
  const requests = plan.requests ?? COSTLIEST_ACCEPTED
  const attacks: Sample[] = []
  const pages: Sample[] = []
  const saves: Sample[] = []
  const started = performance.now()
  const until = started + plan.seconds * 1000
  const running = () => performance.now() < until
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  const attacker = async (client: number) => {
    for (let i = client; running(); i += 1) {
      const request = requests[i % requests.length]!
      attacks.push(await timed(request.label, `${plan.baseUrl}${request.path}`, {
        method: request.method,
        // Each client from its own address, as twenty machines would be.
        headers: { 'x-forwarded-for': `198.18.${Math.floor(client / 250)}.${(client % 250) + 1}`, ...(request.body ? { 'content-type': 'application/json' } : {}) },
        body: request.body,
      }))
    }
  }
  const visitor = async () => {
    while (running()) {
      const next = performance.now() + plan.pageEveryMs
      pages.push(await timed('page', `${plan.baseUrl}${plan.pagePath}`, { headers: { 'x-forwarded-for': '192.0.2.200' } }))
      await pause(Math.max(0, next - performance.now()))
    }
  }
  const editor = async () => {
    for (let n = 0; running(); n += 1) {
      const next = performance.now() + plan.save.everyMs
      saves.push(await timed('save', `${plan.baseUrl}${plan.save.path}`, {
        method: 'PATCH',
        headers: { authorization: `JWT ${plan.save.token}`, 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.201' },
        body: JSON.stringify({ summary: `Resumen revisado durante la prueba de carga (${n}).` }),
      }))
      await pause(Math.max(0, next - performance.now()))
    }
  }
  await Promise.all([...Array.from({ length: plan.clients }, (_, c) => attacker(c)), visitor(), editor()])
  return { attacks, pages, saves, seconds: (performance.now() - started) / 1000 }
}

export type Latency = { count: number; p50: number; p95: number; max: number; failed: number }

export function latency(samples: Sample[], ok: (status: number) => boolean = (s) => s >= 200 && s < 300): Latency {
  const ms = samples.map((s) => s.ms)
  return {
    count: samples.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: ms.length ? Math.max(...ms) : NaN,
    failed: samples.filter((s) => !ok(s.status)).length,
  }
}

export function byStatus(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const s of samples) counts[s.status] = (counts[s.status] ?? 0) + 1
  return counts
}

export function summariseAbuse(result: LoadResult, peakRssMiB: number | null) {
  const accepted = result.attacks.filter((s) => s.status === 200)
  const page = latency(result.pages)
  const save = latency(result.saves)
  return {
    seconds: result.seconds,
    attacks: {
      sent: result.attacks.length,
      perSecond: result.attacks.length / result.seconds,
      byStatus: byStatus(result.attacks),
      answeredMiB: accepted.reduce((n, s) => n + s.bytes, 0) / 2 ** 20,
      largestKiB: accepted.reduce((n, s) => Math.max(n, s.bytes), 0) / 1024,
      latency: latency(result.attacks, (s) => s === 200),
    },
    page,
    save,
    peakRssMiB,
    targets: {
      pageP95Under1s: page.p95 < 1000 && page.failed === 0,
      saveP95Under1s: save.p95 < 1000 && save.failed === 0,
      serverUnder1GiB: peakRssMiB === null ? null : peakRssMiB < 1024,
    },
  }
}
