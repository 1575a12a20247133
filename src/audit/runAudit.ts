import type { Payload } from 'payload'

import { auditNetwork } from './auditNetwork'
import { loadAuditData } from './loadAuditData'
import { missionIdsToAudit, type AuditScope } from './scope'
import type { AuditData, AuditReport } from './types'

export type RunAuditOptions = {
  scope: AuditScope
  now: Date
  /** Narrow to these missions (slugs), within the scope. */
  missions?: string[]
  windowDays?: number
  attentionCount?: number
}

/** Reads the published network and audits the missions in scope. */
export async function runAudit(payload: Payload, options: RunAuditOptions): Promise<AuditReport> {
  return auditInScope(await loadAuditData(payload), options)
}

export function auditInScope(data: AuditData, options: RunAuditOptions): AuditReport {
  const missionIds = missionIdsToAudit(options.scope, options.missions, data.missions)
  return auditNetwork(data, { now: options.now, windowDays: options.windowDays, attentionCount: options.attentionCount, missionIds })
}

/** The open missions a scope may audit, by slug: what a filter can offer. */
export function missionsInScope(data: AuditData, scope: AuditScope): { slug: string; name: string }[] {
  return data.missions
    .filter((m) => m.status === 'open' && (scope.kind === 'network' || scope.missionIds.includes(m.id)))
    .map((m) => ({ slug: m.slug, name: m.name }))
    .sort((a, b) => a.slug.localeCompare(b.slug))
}
