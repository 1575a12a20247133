/** Links to the presence audit from the admin's navigation and dashboard, for staff who may see it. */
import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { isMinistryUser, isMissionEditor } from '../access/roles'

type Props = { payload: Payload; user?: PayloadRequest['user'] }

const auditPath = (payload: Payload) => `${payload.config.routes.admin.replace(/\/$/, '')}/audit`
const mayAudit = (user: Props['user']) => isMinistryUser(user) || isMissionEditor(user)

export function AuditNavLink({ payload, user }: Props) {
  if (!mayAudit(user)) return null
  return <a className="nav__link" href={auditPath(payload)} id="nav-audit"><span className="nav__link-label">Presence audit</span></a>
}

export function AuditDashboardLink({ payload, user }: Props) {
  if (!mayAudit(user)) return null
  return (
    <section className="audit-dashboard-link" aria-labelledby="audit-dashboard-link">
      <h2 id="audit-dashboard-link">Presence audit</h2>
      <p>
        Which missions publish, in which languages, on which platforms, and what each site is missing:{' '}
        <a href={auditPath(payload)}>open the presence audit</a>.
      </p>
    </section>
  )
}
