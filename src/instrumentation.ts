/**
 * Next calls register() once as the server starts, under `next dev` and `next start` alike,
 * before any request: the one place that runs with the server rather than with a route.
 */
export async function register(): Promise<void> {
  // Payload needs Node; the edge runtime, where Next also loads this file, has no use for it.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startJobRunner } = await import('./jobs/startJobRunner')
  // Not awaited: /sites/ needs no Payload, so the server answers while Payload connects.
  startJobRunner(async () => (await import('@payload-config')).default).catch((error: unknown) => {
    console.error('Could not start the jobs queue with the server; queued site rebuilds will wait until /api or /admin is opened.', error)
  })
}
