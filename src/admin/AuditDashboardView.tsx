/**
 * /admin/audit: the presence audit for signed-in staff. The scope comes from the signed-in user
 * on the server (ministry users: the network; mission editors: their own missions), never from
 * the page, so a mission editor cannot widen it by editing the address.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { loadAuditData } from '../audit/loadAuditData'
import { auditInScope, missionsInScope } from '../audit/runAudit'
import { auditScopeFor, AuditRequestError, type AuditScope } from '../audit/scope'
import type { AuditReport } from '../audit/types'
import { AdminFrame, requireSignIn } from './AdminFrame'
import { MissionFilter } from './MissionFilter'
import { AuditReportView } from './AuditReportView'
import './auditDashboard.css'

export async function AuditDashboardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  requireSignIn(req, '/audit')
  const requested = [searchParams?.mission].flat().filter((s): s is string => typeof s === 'string' && s !== '')

  let scope: AuditScope | null = null
  let report: AuditReport | null = null
  let choices: { slug: string; name: string }[] = []
  let refusal: string | null = null
  try {
    scope = auditScopeFor(req.user)
    const data = await loadAuditData(req.payload, { citizenData: { user: req.user }, scope })
    // Every mission in scope, for the filter, even when the report is narrowed to one.
    choices = missionsInScope(data, scope)
    report = auditInScope(data, { scope, now: new Date(), missions: requested })
  } catch (error) {
    if (!(error instanceof AuditRequestError)) throw error
    refusal = error.message
  }

  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <main className="audit-dashboard" aria-labelledby="audit-title">
        <h1 id="audit-title">Presence audit</h1>
        <MissionFilter id="audit-mission" choices={choices} selected={requested[0]} />
        {refusal !== null ? (
          <p role="alert" className="audit-dashboard__error">{refusal}</p>
        ) : (
          report && scope && <AuditReportView report={report} scopeNote={scopeNote(scope, report)} />
        )}
      </main>
    </AdminFrame>
  )
}

function scopeNote(scope: AuditScope, report: AuditReport): string {
  if (scope.kind === 'missions') return `Your missions only (${report.missions.length}).`
  return 'The whole network.'
}

