/**
 * A load of contact-form posts from many concurrent clients over HTTP, as browsers with the
 * site's script send them (JSON answers), with what came back for each: enough to check that
 * exactly the acknowledged enquiries were stored, none twice.
 */
export type PostResult = { status: number; ms: number; reference: string | null }

export type LoadOptions = {
  url: string
  origin: string
  mission: string
  topic: string
  clients: number
  total: number
  /** Posts of this run are told apart from another run's by this prefix in their keys. */
  runId: string
  /**
   * Posts per second for all clients together (open loop): post i is due at i / rate seconds,
   * and its latency counts from then, so a server that falls behind is not excused by clients
   * that waited for it. Unset: every client posts again as soon as it is answered (saturation).
   */
  rate?: number
}

export async function postEnquiries(options: LoadOptions, onProgress?: (done: number) => void): Promise<PostResult[]> {
  const results: PostResult[] = new Array(options.total)
  let next = 0
  let done = 0
  const origin = performance.now()
  const worker = async (client: number) => {
    for (;;) {
      const index = next++
      if (index >= options.total) return
      const due = options.rate ? origin + (index * 1000) / options.rate : null
      if (due !== null && due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()))
      const body = new URLSearchParams({
        mission: options.mission, locale: 'es', name: `Bench ${client}`, email: `bench-${index}@example.org`,
        topic: options.topic, message: `Consulta de prueba número ${index}.`, consent: 'yes', key: `${options.runId}-${index}`,
      })
      const started = due ?? performance.now()
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: {
            origin: options.origin, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded',
            // One address per simulated client, as 50 visitors would have.
            'x-forwarded-for': `198.51.100.${client + 1}`,
          },
          body,
        })
        const text = await response.text()
        const reference = response.ok ? (JSON.parse(text) as { reference?: string }).reference ?? null : null
        results[index] = { status: response.status, ms: performance.now() - started, reference }
      } catch {
        results[index] = { status: 0, ms: performance.now() - started, reference: null }
      }
      done += 1
      if (done % 500 === 0) onProgress?.(done)
    }
  }
  await Promise.all(Array.from({ length: options.clients }, (_, c) => worker(c)))
  return results
}

export type LoadSummary = {
  posted: number
  accepted: number
  refused: Record<string, number>
  seconds: number
  acceptedPerSecond: number
  p50: number
  p95: number
  p99: number
  max: number
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0)

export function summarise(results: PostResult[], seconds: number): LoadSummary {
  const accepted = results.filter((r) => r.status === 201).length
  const refused: Record<string, number> = {}
  for (const r of results) if (r.status !== 201) refused[String(r.status)] = (refused[String(r.status)] ?? 0) + 1
  const times = results.map((r) => r.ms).sort((a, b) => a - b)
  return {
    posted: results.length, accepted, refused, seconds,
    acceptedPerSecond: accepted / seconds,
    p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times.at(-1) ?? 0,
  }
}

/** Exactly the acknowledged enquiries are stored, each once: the references answered against those in the database. */
export function checkStored(results: PostResult[], storedReferences: string[]): { acknowledged: number; stored: number; missing: number; unexpected: number; duplicates: number } {
  const acknowledged = new Set(results.flatMap((r) => (r.status === 201 && r.reference ? [r.reference] : [])))
  const stored = new Set(storedReferences)
  return {
    acknowledged: acknowledged.size,
    stored: storedReferences.length,
    missing: [...acknowledged].filter((r) => !stored.has(r)).length,
    unexpected: [...stored].filter((r) => !acknowledged.has(r)).length,
    duplicates: storedReferences.length - stored.size,
  }
}
