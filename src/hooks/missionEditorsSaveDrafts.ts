import { APIError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { isMissionEditor } from '../access/roles'

/**
 * Review before publishing, in both directions: a mission editor's edits are draft saves
 * (the admin's "Save draft" sends `draft=true`). An update without it would overwrite or
 * unpublish live content, which is a ministry editor's call. Access rules cannot tell the
 * two apart (they see the same data), so the check sits on the operation.
 */
export const missionEditorsSaveDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const isWrite = operation === 'update' || operation === 'restoreVersion'
  if (isWrite && isMissionEditor(req.user) && (args as { draft?: boolean }).draft !== true) {
    throw new APIError(
      'Mission editors save drafts (add draft=true); a ministry editor publishes and unpublishes.',
      403,
      undefined,
      true,
    )
  }
  return args
}
