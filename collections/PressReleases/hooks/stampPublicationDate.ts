import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first publication fixes the date feeds and pages show; later edits keep it, even
 * one that sends an empty date, so a published release never loses its date or is re-dated.
 */
export const stampPublicationDate: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.publishedAt) return data
  if (originalDoc?.publishedAt) data.publishedAt = originalDoc.publishedAt
  else if (data._status === 'published') data.publishedAt = new Date().toISOString()
  return data
}
