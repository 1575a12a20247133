import { Forbidden } from 'payload'
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook } from 'payload'

const MESSAGE = 'Audit trail entries are never changed or deleted.'

/** Payload's Forbidden (a 403, logged as information, not as a server error), saying why. */
const refuse = (): never => {
  const error = new Forbidden()
  error.message = MESSAGE
  throw error
}

/**
 * Append-only below the access rules too: the rules refuse every API caller, and these hooks
 * refuse the server's own code (the Local API with access control off), so no path through
 * Payload edits or removes an entry.
 */
export const refuseRewriteOperation: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') refuse()
  return args
}

export const refuseRewrite: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') refuse()
  return data
}

export const refuseDelete: CollectionBeforeDeleteHook = () => refuse()
