import type { CollectionSlug, PayloadRequest, Validate, Where } from 'payload'

import { idOf } from '../access/roles'
import { checkSlug } from './slug'

type Scope = {
  collection: CollectionSlug
  field: string
  value: unknown
  data: Record<string, unknown> | undefined
  id?: string | number | null
  req: PayloadRequest
  missionField?: string
}

/**
 * True when no other document of the same mission (or, without a mission, no other
 * ministry-wide document) holds this value; otherwise the reason.
 */
export async function checkUniqueInMission({ collection, field, value, data, id, req, missionField = 'mission' }: Scope): Promise<true | string> {
  const mission = idOf(data?.[missionField])
  const where: Where = {
    and: [
      { [field]: { equals: value } },
      mission ? { [missionField]: { equals: mission } } : { [missionField]: { exists: false } },
      ...(id ? [{ id: { not_equals: id } }] : []),
    ],
  }
  const { totalDocs } = await req.payload.count({ collection, where, req })
  return totalDocs > 0 ? `"${String(value)}" is already used by another document of ${mission ? 'this mission' : 'the ministry'}; choose another ${field}` : true
}

/**
 * Slugs are unique within one mission (ministry-wide documents form their own scope),
 * so two consulates can each have a "passports" page.
 */
export function uniqueSlugPerMission(collection: CollectionSlug, missionField = 'mission'): Validate {
  return async (value, { data, id, req }) => {
    const format = checkSlug(value)
    if (format !== true) return format
    return checkUniqueInMission({ collection, field: 'slug', value, data: data as Record<string, unknown>, id, req, missionField })
  }
}
