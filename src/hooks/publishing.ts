import type { RequestContext } from 'payload'

const RESTORING_AS_DRAFT = 'chancery.restoringAsDraft'

/**
 * Payload's "Restore as draft" runs the change hooks with the version's own `_status` (often
 * "published") and only makes the result a draft after them, so the hooks are told here.
 */
export function noteRestoreMode(context: RequestContext, operation: string, args: { draft?: unknown }): void {
  if (operation === 'restoreVersion') context[RESTORING_AS_DRAFT] = args.draft === true
}

/** Whether the save being made publishes the document. */
export function savesPublished(data: { _status?: unknown } | undefined, context: RequestContext): boolean {
  return data?._status === 'published' && context[RESTORING_AS_DRAFT] !== true
}
