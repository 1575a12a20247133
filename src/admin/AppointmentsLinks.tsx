/**
 * The link to the day's appointments in the admin's navigation, for the staff who handle them;
 * beside the audit's links (AuditLinks.tsx), in the same slot.
 */
import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { isMinistryUser, isMissionEditor } from '../access/roles'

type Props = { payload: Payload; user?: PayloadRequest['user'] }

export function AppointmentsNavLink({ payload, user }: Props) {
  if (!isMinistryUser(user) && !isMissionEditor(user)) return null
  const href = `${payload.config.routes.admin.replace(/\/$/, '')}/appointments`
  return <a className="nav__link" href={href} id="nav-appointments"><span className="nav__link-label">Appointments</span></a>
}
