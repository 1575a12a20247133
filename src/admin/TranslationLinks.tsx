/** The link to what needs translating, in the admin's navigation, for the staff who translate. */
import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { isMinistryUser, isMissionEditor } from '../access/roles'

type Props = { payload: Payload; user?: PayloadRequest['user'] }

export function TranslationsNavLink({ payload, user }: Props) {
  if (!isMinistryUser(user) && !isMissionEditor(user)) return null
  const href = `${payload.config.routes.admin.replace(/\/$/, '')}/translations`
  return <a className="nav__link" href={href} id="nav-translations"><span className="nav__link-label">Translations</span></a>
}
