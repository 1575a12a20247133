import { Forbidden, ValidationError } from 'payload'
import type { CollectionBeforeDeleteHook, CollectionBeforeValidateHook } from 'payload'

import { assignedMissionIds, idOf, isMissionEditor } from '../../../src/access/roles'

/**
 * A mission editor's alert concerns their own missions and nothing else: not the whole
 * network, not a country (which would reach other missions there), not another mission.
 * Checked on every save, drafts included, against what the document will hold.
 */
export const keepMissionEditorsToOwnMissions: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  if (!isMissionEditor(req.user) || !data) return data
  const refuse = (path: string, message: string) => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  }
  if (typeof data !== 'object' || Array.isArray(data)) refuse('missions', 'The document must be an object of fields.')
  const fields = data as Record<string, unknown>
  const value = <T,>(field: string, fallback: T): T => (field in fields ? fields[field] : (originalDoc?.[field] ?? fallback)) as T
  if (value<unknown>('scope', 'selected') === 'network') refuse('scope', 'Only a ministry user can address an alert to the whole network.')
  const countries = value<unknown[] | null>('countries', [])
  if (Array.isArray(countries) && countries.length > 0) refuse('countries', 'A mission editor’s alert concerns their own missions; a ministry user addresses countries.')
  const missions = (value<unknown[] | null>('missions', []) ?? []).map(idOf)
  const allowed = assignedMissionIds(req.user)
  // An alert the ministry also addressed to other missions is not the editor's to narrow.
  if (originalDoc && !onlyOwn(originalDoc, allowed)) refuse('missions', 'This alert also concerns missions you are not assigned to; only a ministry user can change it.')
  if (missions.length === 0) refuse('missions', 'Choose one or more of the missions you are assigned to.')
  if (missions.some((id) => id === null || !allowed.includes(id))) refuse('missions', 'You can only address an alert to missions you are assigned to.')
  return data
}

const onlyOwn = (doc: Record<string, unknown>, allowed: string[]) => {
  const missions = ((doc.missions as unknown[] | null) ?? []).map(idOf)
  return doc.scope !== 'network' && !((doc.countries as unknown[] | null) ?? []).length && missions.every((id) => id !== null && allowed.includes(id))
}

/** Nor to delete: a mission editor deletes only a draft that concerns their own missions alone. */
export const keepMissionEditorsFromOthersAlerts: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!isMissionEditor(req.user)) return
  const doc = (await req.payload.findByID({ collection: collection.slug as 'alerts', id, depth: 0, req, overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null
  if (doc && !onlyOwn(doc, assignedMissionIds(req.user))) throw new Forbidden(req.t)
}
