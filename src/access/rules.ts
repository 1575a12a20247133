import type { Access, FieldAccess, Where } from 'payload'

import { trustedMissionIds } from '../review/trust'
import { assignedMissionIds, idOf, isMinistryAdmin, isMinistryUser, isMissionEditor } from './roles'

const PUBLISHED: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true

export const ministryAdminOnly: Access = ({ req: { user } }) => isMinistryAdmin(user)

export const ministryUsers: Access = ({ req: { user } }) => isMinistryUser(user)

export const signedIn: Access = ({ req: { user } }) => Boolean(user)

export const signedInField: FieldAccess = ({ req: { user } }) => Boolean(user)

export const ministryAdminField: FieldAccess = ({ req: { user } }) => isMinistryAdmin(user)

export const ministryUsersField: FieldAccess = ({ req: { user } }) => isMinistryUser(user)

/**
 * Drafts are never public. Ministry users read everything; a mission editor reads
 * what is published plus every version of their own missions' content.
 */
export const publishedOrOwnMission =
  (missionField = 'mission'): Access =>
  ({ req: { user } }) => {
    if (isMinistryUser(user)) return true
    if (isMissionEditor(user)) {
      return { or: [PUBLISHED, { [missionField]: { in: assignedMissionIds(user) } }] }
    }
    return PUBLISHED
  }

/**
 * Alerts: as publishedOrOwnMission, but a published alert whose start is still ahead is scheduled,
 * under embargo until then: anonymous readers get it from that moment, as the sites do.
 */
export const startedOrOwnMission =
  (missionField = 'missions'): Access =>
  ({ req: { user } }) => {
    if (isMinistryUser(user)) return true
    const started: Where = { and: [PUBLISHED, { startsAt: { less_than_equal: new Date().toISOString() } }] }
    if (isMissionEditor(user)) return { or: [started, { [missionField]: { in: assignedMissionIds(user) } }] }
    return started
  }

/** Public content without drafts (missions, platforms): readable by all. Drafts-enabled content uses publishedOrOwnMission. */
export const publishedOnlyForAnonymous: Access = ({ req: { user } }) => {
  if (isMinistryUser(user) || isMissionEditor(user)) return true
  return PUBLISHED
}

/**
 * Create: ministry users always; a mission editor only for a mission assigned to them.
 * Without data (the admin asking whether to show "Create new") the answer is yes,
 * and the document's own mission is checked when it is submitted.
 */
export const createForOwnMission =
  (missionField = 'mission'): Access =>
  ({ req: { user }, data }) => {
    if (isMinistryUser(user)) return true
    if (!isMissionEditor(user)) return false
    // The admin asks with no data, or data without a mission yet, to decide whether to offer a
    // create form; enforceMissionScope still refuses a submitted document without one of the editor's missions.
    const mission = idOf((data as Record<string, unknown> | undefined)?.[missionField])
    return mission === null || assignedMissionIds(user).includes(mission)
  }

/**
 * Update: ministry users always; a mission editor only documents of their missions, and never
 * to publish them (the admin asks with `_status: 'published'` to decide whether to show "Publish"),
 * unless the collection lets trusted missions publish and the document's mission is trusted.
 */
export const updateOwnMission =
  (missionField = 'mission', { trustedPublishing = false } = {}): Access =>
  async ({ req, data }) => {
    const { user } = req
    if (isMinistryUser(user)) return true
    if (isMissionEditor(user)) {
      if ((data as { _status?: unknown } | undefined)?._status === 'published') {
        if (!trustedPublishing) return false
        const trusted = await trustedMissionIds(req)
        return trusted.length > 0 ? { [missionField]: { in: trusted } } : false
      }
      return { [missionField]: { in: assignedMissionIds(user) } }
    }
    return false
  }

/**
 * Delete: ministry users always; a mission editor only unpublished documents of their
 * missions, so that taking published content down goes through review like putting it up.
 */
export const deleteOwnMissionDraft =
  (missionField = 'mission'): Access =>
  ({ req: { user } }) => {
    if (isMinistryUser(user)) return true
    if (isMissionEditor(user)) {
      return { and: [{ [missionField]: { in: assignedMissionIds(user) } }, { _status: { not_equals: 'published' } }] }
    }
    return false
  }

/** Versions and drafts history: only people who may edit the document. Version rows keep fields under `version.`. */
export const readVersionsOwnMission =
  (missionField = 'mission'): Access =>
  ({ req: { user } }) => {
    if (isMinistryUser(user)) return true
    if (isMissionEditor(user)) return { [`version.${missionField}`]: { in: assignedMissionIds(user) } }
    return false
  }

/**
 * What citizens send a mission (enquiries, survey answers) holds personal data: its own
 * mission's editors and ministry users read it; nobody else, not even a count.
 */
export const ownMissionOnly =
  (missionField = 'mission'): Access =>
  ({ req: { user } }) => {
    if (isMinistryUser(user)) return true
    if (isMissionEditor(user)) return { [missionField]: { in: assignedMissionIds(user) } }
    return false
  }

/** Documents only the server's own public endpoints create (through the Local API): no API caller may. */
export const nobody: Access = () => false
