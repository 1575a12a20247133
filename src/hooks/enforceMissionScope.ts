import { APIError, ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import { assignedMissionIds, idOf, isMissionEditor } from '../access/roles'
import { publishesDirectly } from '../review/trust'
import { savesPublished } from './publishing'

/**
 * A mission editor may only put a document under a mission assigned to them, and may
 * not move it elsewhere. Access rules decide which documents they can open; this
 * decides what they can write into them, on every path (drafts and autosave included,
 * which skip field validation).
 */
export const enforceMissionScope =
  (missionField = 'mission', { required = true } = {}): CollectionBeforeValidateHook =>
  ({ collection, data, originalDoc, req }) => {
    if (!isMissionEditor(req.user) || !data) return data
    // A list's own properties do not survive the save: a default mission set on [] left a ministry-wide document.
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new ValidationError({ collection: collection.slug, errors: [{ message: 'The document must be an object of fields.', path: missionField }] })
    }
    const submitted = missionField in data ? idOf(data[missionField]) : idOf(originalDoc?.[missionField])
    const allowed = assignedMissionIds(req.user)
    if ((submitted === null && required) || (submitted !== null && !allowed.includes(submitted))) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            message:
              submitted === null
                ? 'Choose one of the missions you are assigned to.'
                : 'You can only file content under a mission you are assigned to.',
            path: missionField,
          },
        ],
      })
    }
    return data
  }

/**
 * Review before publishing: mission editors save drafts; a ministry user publishes, or the
 * mission's own editors where a ministry administrator trusts the mission (src/review/trust.ts).
 */
export const draftsOnlyForMissionEditors: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (isMissionEditor(req.user) && savesPublished(data, req.context)) {
    const mission = idOf(data.mission !== undefined ? data.mission : originalDoc?.mission)
    if (await publishesDirectly(req, collection.slug, mission)) return data
    throw new APIError(
      'Mission editors cannot publish. Save the document as a draft and ask a ministry editor to review and publish it.',
      403,
      undefined,
      true,
    )
  }
  return data
}
