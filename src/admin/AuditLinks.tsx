/**
 * Links to the presence audit and the survey results from the admin's navigation and
 * dashboard, for staff who may see them. One component per slot, so both views hang off the
 * slots the config already names.
 */
import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { isMinistryUser, isMissionEditor } from '../access/roles'

type Props = { payload: Payload; user?: PayloadRequest['user'] }

const adminPath = (payload: Payload, view: 'audit' | 'survey') => `${payload.config.routes.admin.replace(/\/$/, '')}/${view}`
const mayAudit = (user: Props['user']) => isMinistryUser(user) || isMissionEditor(user)

export function AuditNavLink({ payload, user }: Props) {
  if (!mayAudit(user)) return null
  return (
    <>
      <a className="nav__link" href={adminPath(payload, 'audit')} id="nav-audit"><span className="nav__link-label">Presence audit</span></a>
      <a className="nav__link" href={adminPath(payload, 'survey')} id="nav-survey"><span className="nav__link-label">Survey results</span></a>
    </>
  )
}

export function AuditDashboardLink({ payload, user }: Props) {
  if (!mayAudit(user)) return null
  return (
    <section className="audit-dashboard-link" aria-labelledby="audit-dashboard-link">
      <h2 id="audit-dashboard-link">Presence audit</h2>
      <p>
        Which missions publish, in which languages, on which platforms, whether they answer within the charter’s promise,
        and what each site is missing: <a href={adminPath(payload, 'audit')}>open the presence audit</a>. How citizens
        rated each mission and service: <a href={adminPath(payload, 'survey')} id="dashboard-survey-link">open the survey results</a>.
      </p>
    </section>
  )
}
