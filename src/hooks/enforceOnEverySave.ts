import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

export type SaveRule = {
  path: string
  check: (value: unknown, args: { data: Record<string, unknown>; id?: string | number | null; req: PayloadRequest }) => Promise<true | string>
}

/**
 * Payload skips field validation when a draft is saved. Rules that protect other documents
 * (one page per kind, one slug per mission) must hold for drafts too: otherwise a stray draft
 * duplicate is stored, and from then on the document it duplicates can no longer be saved.
 * Running on published saves too keeps one code path; the field validators stay for the
 * admin's inline messages. Empty values are left to the field's own `required`.
 */
export const enforceOnEverySave =
  (rules: SaveRule[]): CollectionBeforeValidateHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!data) return data
    const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
    const id = (originalDoc as { id?: string | number } | undefined)?.id
    const errors: { message: string; path: string }[] = []
    for (const { path, check } of rules) {
      const value = merged[path]
      if (value === null || value === undefined || value === '') continue
      const result = await check(value, { data: merged, id, req })
      if (result !== true) errors.push({ path, message: result })
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
    return data
  }
