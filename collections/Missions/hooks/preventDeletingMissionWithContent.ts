import { APIError } from 'payload'
import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

const OWNED: { collection: CollectionSlug; field: string }[] = [
  { collection: 'press-releases', field: 'mission' },
  { collection: 'mission-pages', field: 'mission' },
  { collection: 'social-accounts', field: 'mission' },
  { collection: 'missions', field: 'parent' },
]

/** A mission with a history is closed, not deleted: its releases stay on record and its URLs keep resolving. */
export const preventDeletingMissionWithContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const { collection, field } of OWNED) {
    const { totalDocs } = await req.payload.count({ collection, where: { [field]: { equals: id } }, req })
    if (totalDocs > 0) {
      throw new APIError(
        `This mission still has ${totalDocs} document(s) in ${collection}. Set its status to "Closed" instead of deleting it, so its history stays on record.`,
        409,
        undefined,
        true,
      )
    }
  }
}
