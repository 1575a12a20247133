import type { CollectionAfterChangeHook } from 'payload'

import { queueRebuild } from '../../../src/jobs/queueRebuild'

/**
 * What every site's nearest-office page and data/offices.json say about a mission
 * (src/content/officesView.ts): when any of it changes, every site is rebuilt, not only the
 * mission's own (its other fields show on its own site alone: missionSite in the hook before).
 */
const DIRECTORY_FIELDS = ['slug', 'name', 'type', 'status', 'city', 'hostCountry', 'offices', 'timeZone', 'siteLocales', 'defaultLocale', 'baseUrl'] as const

// The saved document comes back with its relations populated (an office's services), the one before with ids.
const asIds = (_key: string, value: unknown) =>
  value && typeof value === 'object' && 'id' in value && 'createdAt' in value ? (value as { id: unknown }).id : value

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null, asIds) === JSON.stringify(b ?? null, asIds)

export function directoryChanged(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): boolean {
  if (!before) return true
  return DIRECTORY_FIELDS.some((field) => !same(before[field], after[field]))
}

export const rebuildNetworkOnDirectoryChange: CollectionAfterChangeHook = async ({ context, doc, operation, previousDoc, req }) => {
  if ((context as { seeding?: unknown }).seeding) return doc
  if (!directoryChanged(operation === 'update' ? previousDoc : null, doc)) return doc
  await queueRebuild(req, 'all', `${operation} of missions ${doc.id}: the network's office directory changed`, { collection: 'missions', id: String(doc.id) })
  return doc
}
