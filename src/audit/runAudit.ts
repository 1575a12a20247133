import type { Payload, PayloadRequest } from 'payload'

import { auditNetwork } from './auditNetwork'
import { loadAuditData, type CitizenDataReader } from './loadAuditData'
import { missionIdsToAudit, type AuditScope } from './scope'
import type { AuditData, AuditReport } from './types'

export type RunAuditOptions = {
  scope: AuditScope
  /**
   * The signed-in user the scope was taken from: their access rules read the enquiries and
   * survey answers. Without one the caller is the operator at the terminal (`npm run audit`),
   * who holds the database; a scope of missions without a user reads no citizens' data.
   */
  user?: PayloadRequest['user'] | null
  now: Date
  /** Narrow to these missions (slugs), within the scope. */
  missions?: string[]
  windowDays?: number
  attentionCount?: number
}

/** Reads the published network and audits the missions in scope. */
export async function runAudit(payload: Payload, options: RunAuditOptions): Promise<AuditReport> {
  return auditInScope(await loadAuditData(payload, { citizenData: citizenDataReader(options), scope: options.scope, now: options.now }), options)
}

export function citizenDataReader(options: Pick<RunAuditOptions, 'scope' | 'user'>): CitizenDataReader | undefined {
  if (options.user) return { user: options.user }
  return options.scope.kind === 'network' ? 'operator' : undefined
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
