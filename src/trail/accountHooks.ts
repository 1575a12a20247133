import { AuthenticationError } from 'payload'
import type {
  AfterErrorHook, CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest,
} from 'payload'

import { changedFields } from './changes'
import { isSeeding, missionsOf } from './contentHooks'
import { normalisedEmail, recordTrail } from './record'
import { ACCOUNTS_SLUG } from './types'

type Doc = Record<string, unknown>

/** What an account change records: who may do what, never the name, address or password. */
const ROLE_FIELDS = ['role', 'missions'] as const

/** The addresses tried by the sign-ins of this request that have not succeeded (yet), in order. */
const ATTEMPTS = 'chancery:trail:signInAttempts'

const attemptsOf = (req: PayloadRequest): string[] => {
  const context = req.context as Record<string, unknown>
  return ((context[ATTEMPTS] as string[] | undefined) ??= [])
}

/**
 * Before Payload checks a password sent over REST or GraphQL, after the sign-in limits let the
 * attempt through (src/security/signIn.ts runs first): the address tried is noted, never the
 * password, so that a failure can be recorded once Payload refuses it.
 */
export const noteSignInAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const email = normalisedEmail((args as { data?: { email?: unknown } }).data?.email)
  if (email) attemptsOf(req).push(email)
  return args
}

/** A sign-in: the user, from where. Sign-ins by the server's own code (tests, scripts) are not people signing in. */
export const recordSignIn: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  if (req.payloadAPI === 'local') return user
  const doc = user as Doc
  const attempts = attemptsOf(req)
  const index = attempts.indexOf(normalisedEmail(doc.email) ?? '')
  if (index >= 0) attempts.splice(index, 1)
  await recordTrail(req, {
    action: 'sign-in',
    collection: ACCOUNTS_SLUG,
    documentId: String(doc.id),
    title: normalisedEmail(doc.email),
    missions: missionsOf(collection, [doc]),
  })
  return user
}

/**
 * Payload's answer to a wrong address or password during a noted attempt. By status, not by
 * class name: the production build renames classes. Within the login, 401 is only that (or a
 * locked account, which is a failed sign-in too); the limits answer 429, a missing field 400.
 */
const isWrongPassword = (error: unknown): boolean => {
  const cause = ((error as { originalError?: unknown } | null)?.originalError ?? error) as { status?: unknown } | null
  return cause instanceof AuthenticationError || cause?.status === 401
}

/**
 * Payload answers a wrong address or password by throwing before its sign-in transaction
 * starts, so no hook of the login sees it: the error hook that answers REST and GraphQL alike
 * records it, with the address tried, as its own small write (there is no save to share one with).
 */
export const recordFailedSignIn: AfterErrorHook = async ({ error, req }) => {
  if (!req?.context || !isWrongPassword(error)) return
  const email = attemptsOf(req).shift()
  if (!email) return
  try {
    await recordTrail(req, { action: 'sign-in-failed', collection: ACCOUNTS_SLUG, email, title: email })
  } catch (cause) {
    // The caller still gets Payload's 401; a failure to write the entry is the operator's to see.
    req.payload.logger.error({ err: cause, msg: 'audit trail: a failed sign-in could not be recorded' })
  }
}

/**
 * A new account, and a change of an account's role or missions: what it may do, before and
 * after. Other changes of an account (name, address, password) are not recorded.
 */
export const recordAccountChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (isSeeding(req.context)) return doc
  const before = operation === 'create' ? null : (previousDoc as Doc)
  const changes = changedFields(collection.fields, before, doc as Doc, { keepValues: true, only: ROLE_FIELDS })
  if (operation === 'update' && changes.length === 0) return doc
  await recordTrail(req, {
    action: operation === 'create' ? 'create' : 'role-change',
    collection: ACCOUNTS_SLUG,
    documentId: String(doc.id),
    title: normalisedEmail((doc as Doc).email),
    missions: missionsOf(collection, [before, doc as Doc]),
    changes,
  })
  return doc
}

export const recordAccountDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (isSeeding(req.context)) return doc
  const stored = (doc ?? {}) as Doc
  await recordTrail(req, {
    action: 'delete',
    collection: ACCOUNTS_SLUG,
    documentId: String(id ?? stored.id),
    title: normalisedEmail(stored.email),
    missions: missionsOf(collection, [stored]),
  })
  return doc
}
