import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

/** A mission editor needs at least one mission; ministry-wide users hold none, so no rule can narrow them by accident. */
export const checkUserMissions: CollectionBeforeValidateHook = ({ collection, data, originalDoc }) => {
  if (!data) return data
  const role = data.role ?? originalDoc?.role
  const missions = 'missions' in data ? data.missions : originalDoc?.missions
  if (role === 'mission-editor' && !(Array.isArray(missions) && missions.length > 0)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'missions', message: 'A mission editor must be assigned at least one mission.' }],
    })
  }
  if (role !== 'mission-editor' && Array.isArray(missions) && missions.length > 0) data.missions = []
  return data
}

/** The account made on the admin's first-run screen administers the ministry; otherwise nobody could. */
export const firstUserIsAdministrator: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) {
    data.role = 'ministry-admin'
    data.missions = []
  }
  return data
}
