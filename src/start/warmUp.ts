/**
 * `next dev` compiles a route on its first request: the admin alone takes a quarter of a minute
 * on two cores. `npm start` asks for it as soon as the server listens, so the compile runs while
 * the demo network is seeded, and the person opening the admin finds it ready.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type WarmUpResult = { path: string; status: number; seconds: number } | { path: string; error: string; seconds: number }

/**
 * Requests `path` until the server answers without a server error (a refused connection means it
 * is not listening yet), following redirects as a browser does. Never throws: a warm-up that fails
 * says why, and the start goes on.
 */
export async function warmUp(base: string, path: string, timeoutMs: number, isRunning: () => boolean = () => true): Promise<WarmUpResult> {
  const started = Date.now()
  const seconds = () => (Date.now() - started) / 1000
  let lastError = 'no answer'
  while (Date.now() - started < timeoutMs && isRunning()) {
    try {
      const res = await fetch(`${base}${path}`, { redirect: 'follow', signal: AbortSignal.timeout(Math.max(1000, timeoutMs - (Date.now() - started))) })
      await res.arrayBuffer()
      if (res.status < 500) return { path, status: res.status, seconds: seconds() }
      lastError = `HTTP ${res.status}`
      await sleep(1000)
    } catch (error) {
      lastError = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message
      await sleep(100)
    }
  }
  return { path, error: lastError, seconds: seconds() }
}
