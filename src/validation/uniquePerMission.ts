import type { CollectionSlug, Validate, Where } from 'payload'

import { idOf } from '../access/roles'
import { checkSlug } from './slug'

/**
 * Slugs are unique within one mission (ministry-wide documents form their own scope),
 * so two consulates can each have a "passports" page.
 */
export function uniqueSlugPerMission(collection: CollectionSlug, missionField = 'mission'): Validate {
  return async (value, { data, id, req }) => {
    const format = checkSlug(value)
    if (format !== true) return format
    const mission = idOf((data as Record<string, unknown> | undefined)?.[missionField])
    const where: Where = {
      and: [
        { slug: { equals: value } },
        mission ? { [missionField]: { equals: mission } } : { [missionField]: { exists: false } },
        ...(id ? [{ id: { not_equals: id } }] : []),
      ],
    }
    const { totalDocs } = await req.payload.count({ collection, where, req })
    return totalDocs > 0
      ? `"${value}" is already used by another document of ${mission ? 'this mission' : 'the ministry'}; choose another slug`
      : true
  }
}
