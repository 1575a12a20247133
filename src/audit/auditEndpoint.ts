/**
 * GET /api/audit: the presence audit as JSON for a signed-in ministry user (the whole network)
 * or mission editor (their own missions). `?mission=SLUG` (repeatable) narrows it,
 * `?window=DAYS` sets the window of releases per month.
 */
import type { Endpoint, PayloadHandler } from 'payload'

import { parseWindowDays } from './options'
import { runAudit } from './runAudit'
import { auditScopeFor, AuditRequestError } from './scope'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

export const auditHandler: PayloadHandler = async (req) => {
  try {
    const scope = auditScopeFor(req.user)
    const params = req.searchParams ?? new URLSearchParams()
    const report = await runAudit(req.payload, {
      scope,
      user: req.user,
      now: new Date(),
      missions: params.getAll('mission').filter(Boolean),
      windowDays: parseWindowDays(params.get('window'), 'window'),
    })
    return Response.json(report, { headers: PRIVATE })
  } catch (error) {
    if (error instanceof AuditRequestError) {
      return Response.json({ errors: [{ message: error.message }] }, { status: error.status, headers: PRIVATE })
    }
    throw error
  }
}

export const auditEndpoint: Endpoint = { path: '/audit', method: 'get', handler: auditHandler }
