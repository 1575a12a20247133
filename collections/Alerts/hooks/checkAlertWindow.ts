import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

/**
 * An alert ends after it starts, and one addressed to chosen sites names at least one mission
 * or country: otherwise it would be published to nobody without anyone noticing.
 */
export const checkAlertWindow: CollectionBeforeValidateHook = ({ collection, data, originalDoc }) => {
  if (!data || typeof data !== 'object') return data
  const value = (field: string) => (field in data ? data[field] : originalDoc?.[field])
  const errors: { path: string; message: string }[] = []
  const starts = value('startsAt')
  const expires = value('expiresAt')
  if (starts && expires && !(new Date(String(expires)).getTime() > new Date(String(starts)).getTime())) {
    errors.push({ path: 'expiresAt', message: 'The expiry must come after the start.' })
  }
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  const missions = value('missions')
  const countries = value('countries')
  const none = (list: unknown) => !Array.isArray(list) || list.length === 0
  if (publishing && (value('scope') ?? 'selected') === 'selected' && none(missions) && none(countries)) {
    errors.push({ path: 'missions', message: 'Choose the missions or countries the alert concerns, or the whole network.' })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
