/**
 * Who sees which missions in the audit. Ministry users see the whole network; a mission editor
 * sees the missions assigned to them and nothing else, whatever they ask for. The admin view
 * and GET /api/audit both decide here, on the server, from the signed-in user.
 */
import type { PayloadRequest } from 'payload'

import { assignedMissionIds, isMinistryUser, isMissionEditor } from '../access/roles'

export type AuditScope = { kind: 'network' } | { kind: 'missions'; missionIds: string[] }

/** A request the audit refuses; `status` is the HTTP status to answer with. */
export class AuditRequestError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404, message: string) {
    super(message)
  }
}

export function auditScopeFor(user: PayloadRequest['user'] | null | undefined): AuditScope {
  if (!user) throw new AuditRequestError(401, 'Sign in to see the presence audit.')
  if (isMinistryUser(user)) return { kind: 'network' }
  if (isMissionEditor(user)) return { kind: 'missions', missionIds: assignedMissionIds(user) }
  throw new AuditRequestError(403, 'Your role does not include the presence audit.')
}

/**
 * The mission ids to audit: the scope, narrowed to the requested slugs. A slug nobody has is
 * a 404; a slug outside a mission editor's scope is a 403, so nobody mistakes it for a typo.
 */
export function missionIdsToAudit(
  scope: AuditScope,
  requestedSlugs: string[] | undefined,
  missions: { id: string; slug: string }[],
): string[] | undefined {
  const requested = requestedSlugs?.length ? requestedSlugs : null
  const ids = requested?.map((slug) => {
    const found = missions.find((m) => m.slug === slug)
    if (!found) throw new AuditRequestError(404, `mission: no mission has the slug "${slug}"`)
    if (scope.kind === 'missions' && !scope.missionIds.includes(found.id)) {
      throw new AuditRequestError(403, `mission: "${slug}" is not one of your missions`)
    }
    return found.id
  })
  if (ids) return ids
  return scope.kind === 'network' ? undefined : scope.missionIds
}
