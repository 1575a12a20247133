/** Feed files a build may change: RSS and JSON feeds, including topic feeds and JSON Feed pages. */
export const isFeedPath = (sitePath: string) => /(^|\/)feed(-\d+)?\.(xml|json)$/.test(sitePath)

export type PingResult = { topic: string; status: number | null; error?: string }

/**
 * Tells a WebSub hub that feeds changed (the publisher's "publish" ping), one request per
 * feed so one refusal does not hide the others. Failures are reported, never thrown: a hub
 * that is down must not fail a build whose files are already written.
 */
export async function pingHub(hubUrl: string, topics: string[], fetchImpl: typeof fetch = fetch): Promise<PingResult[]> {
  const results: PingResult[] = []
  for (const topic of topics) {
    try {
      const response = await fetchImpl(hubUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }).toString(),
        signal: AbortSignal.timeout(10_000),
      })
      results.push({ topic, status: response.status })
    } catch (error) {
      results.push({ topic, status: null, error: error instanceof Error ? error.message : String(error) })
    }
  }
  return results
}
