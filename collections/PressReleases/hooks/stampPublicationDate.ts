import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication fixes the date feeds and pages show; later edits keep it. */
export const stampPublicationDate: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
