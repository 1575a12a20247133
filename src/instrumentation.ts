/**
 * Next calls register() once as the server starts, under `next dev` and `next start` alike,
 * before any request: the one place that runs with the server rather than with a route.
 */
export async function register(): Promise<void> {
  // Payload needs Node; the edge runtime, where Next also loads this file, has no use for it.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Before the first request: refused methods, the client's address, security headers.
  const { installHttpGuards } = await import('./security/httpServer')
  installHttpGuards()
  // Under next dev the first request that opens Payload starts the jobs runner
  // (src/jobs/startJobRunnerInDevServer.ts): importing the configuration here would make
  // Turbopack compile the whole server before it routes the first request.
  if (process.env.NODE_ENV !== 'production') return
  const loadConfig = async () => (await import('@payload-config')).default
  const { startJobRunner } = await import('./jobs/startJobRunner')
  // Not awaited: /sites/ needs no Payload, so the server answers while Payload connects.
  const running = startJobRunner(loadConfig).then(async (payload) => {
    // The production server (scripts/serve.ts) lets the jobs in progress end when it stops.
    if (payload && process.env.NODE_ENV === 'production') {
      const { offerJobsStopper, stoppableJobs } = await import('./jobs/stopJobs')
      offerJobsStopper(stoppableJobs(payload))
    }
    return payload
  }).catch((error: unknown) => {
    console.error('Could not start the jobs queue with the server; queued site rebuilds will wait until /api or /admin is opened.', error)
    return null
  })
  // Only the production server (scripts/serve.ts) takes the fast path.
  const [{ citizenFastPath, offerFastPath }, { answerEnquiryPost, answerSurveyPost }, { answerAppointmentPost, answerAppointmentManagePost }, { getPayload }] = await Promise.all([
    import('./server/fastPath'), import('./citizen/citizenServer'), import('./appointments/flow/appointmentServer'), import('payload'),
  ])
  // The jobs runner's instance, or else the one Payload's cache gives the routes: one instance,
  // so every write of this process takes its turn in one queue (src/config/sqliteWrites.ts).
  const payload = async () => (await running) ?? getPayload({ config: await loadConfig() })
  offerFastPath(citizenFastPath(payload, {
    '/citizen/enquiries': answerEnquiryPost,
    '/citizen/survey': answerSurveyPost,
    '/citizen/appointments': answerAppointmentPost,
    '/citizen/appointments/manage': answerAppointmentManagePost,
  }))
}
