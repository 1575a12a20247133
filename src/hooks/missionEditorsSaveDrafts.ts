import { APIError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { idOf, isMissionEditor } from '../access/roles'
import { publishesDirectly, TRUSTED_PUBLISHING } from '../review/trust'
import { noteRestoreMode } from './publishing'

/**
 * Review before publishing, in both directions: a mission editor's edits are draft saves
 * (the admin's "Save draft" sends `draft=true`). An update without it would overwrite or
 * unpublish live content, which is a ministry editor's call. Access rules cannot tell the
 * two apart (they see the same data), so the check sits on the operation.
 */
export const missionEditorsSaveDrafts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  noteRestoreMode(req.context, operation, args as { draft?: unknown })
  const isWrite = operation === 'update' || operation === 'restoreVersion'
  if (isWrite && isMissionEditor(req.user) && (args as { draft?: boolean }).draft !== true) {
    if (await trustedDocument(args as { id?: unknown }, collection.slug, req)) return args
    throw new APIError(
      'Mission editors save drafts (add draft=true); a ministry editor publishes and unpublishes.',
      403,
      undefined,
      true,
    )
  }
  return args
}

/** A save of one document whose mission is trusted: its editors publish and unpublish it themselves. */
async function trustedDocument(args: { id?: unknown }, collection: string, req: Parameters<CollectionBeforeOperationHook>[0]['req']): Promise<boolean> {
  const id = idOf(args.id)
  if (!id || !TRUSTED_PUBLISHING.has(collection)) return false
  const doc = await req.payload.findByID({ collection: collection as 'press-releases', id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })
  return publishesDirectly(req, collection, idOf((doc as { mission?: unknown } | null)?.mission))
}
