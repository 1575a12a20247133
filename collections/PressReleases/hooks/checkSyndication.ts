import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/access/roles'

/** Syndication is a ministry matter: a mission's own release stays on its own site. */
export const checkSyndication: CollectionBeforeValidateHook = ({ collection, data, originalDoc }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  if (idOf(merged.mission)) {
    data.syndication = 'none'
    data.syndicatedTo = []
    return data
  }
  if (merged.syndication === 'selected' && !(merged.syndicatedTo?.length > 0)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'syndicatedTo', message: 'Choose at least one mission, or syndicate the release to every mission.' }],
    })
  }
  if (merged.syndication !== 'selected' && 'syndication' in data) data.syndicatedTo = []
  return data
}
