import type { Access, FieldAccess, Where } from 'payload'

import { assignedMissionIds, isMinistryAdmin, isMinistryUser, isMissionEditor } from '../access/roles'
import { ACCOUNTS_SLUG } from './types'

/** Sign-ins, failed sign-ins and account changes: the administrators' business. */
const CONTENT_ONLY: Where = { collection: { not_equals: ACCOUNTS_SLUG } }

/**
 * Who reads the trail. Ministry administrators: all of it. Ministry editors, who review and
 * publish for the whole network: every change of content, no account events. A mission
 * editor: the changes of their own missions' content. Anonymous callers: nothing.
 */
export const readTrail: Access = ({ req: { user } }) => {
  if (isMinistryAdmin(user)) return true
  if (isMinistryUser(user)) return CONTENT_ONLY
  if (isMissionEditor(user)) {
    const missions = assignedMissionIds(user)
    if (missions.length === 0) return false
    return { and: [CONTENT_ONLY, { missions: { in: missions } }] }
  }
  return false
}

/** Client addresses are for investigating abuse: administrators only. */
export const readAddress: FieldAccess = ({ req: { user } }) => isMinistryAdmin(user)
