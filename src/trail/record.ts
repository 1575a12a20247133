import { randomUUID } from 'node:crypto'

import { commitTransaction, initTransaction, isolateObjectProperty, killTransaction, type CollectionSlug, type PayloadRequest } from 'payload'

import { roleOf } from '../access/roles'
import { clientAddress } from '../citizen/allowedOrigins'
import type { FieldChange, TrailAction, TrailChannel } from './types'
import { TRAIL_ACTIONS, TRAIL_CHANNELS, TRAIL_SLUG } from './types'

export type TrailEvent = {
  action: TrailAction
  /** The collection's or global's slug. */
  collection: string
  documentId?: string | null
  title?: string | null
  missions?: readonly string[]
  changes?: readonly FieldChange[]
  documentStatus?: string | null
  locale?: string | null
  /** Who, when nobody is signed in on the request: the address a failed sign-in tried. */
  email?: string | null
}

const TITLE_LENGTH = 300
const EMAIL_LENGTH = 254

/**
 * The request the trail reads and writes with: the same transaction as the save (so an entry
 * exists exactly when the save does), as the server's own code (no client input checks, which
 * would look up every mission again), and with its own context, locale and query, so that
 * nothing the Local API sets on a request leaks back into the editor's save.
 */
export function trailRequest(req: PayloadRequest): PayloadRequest {
  const own = isolateObjectProperty(req, ['payloadAPI', 'context', 'locale', 'fallbackLocale', 'query'])
  own.payloadAPI = 'local'
  own.context = {}
  own.query = {}
  return own
}

/**
 * The client's address as the sign-in limits see it (src/citizen/allowedOrigins.ts), for
 * requests that came from a client; the server's own work has none.
 */
export function addressOf(req: PayloadRequest): string | null {
  if (req.payloadAPI === 'local' || !req.headers) return null
  const address = clientAddress(req.headers)
  return address === 'unknown' ? null : address.slice(0, 64)
}

export const normalisedEmail = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim().toLowerCase().slice(0, EMAIL_LENGTH) : null

/** What the list shows as the entry's title: the action, the collection, and the document or account. */
export function summaryOf(entry: { action: string; collection: string; title?: string | null; documentId?: string | null; userEmail?: string | null }): string {
  const action = TRAIL_ACTIONS.find((a) => a.value === entry.action)?.label ?? entry.action
  const what = entry.title ?? entry.documentId ?? entry.userEmail ?? ''
  return `${action} · ${entry.collection}${what ? ` · ${what}` : ''}`.slice(0, 400)
}

/**
 * Appends one entry, as the signed-in user (if any) of the request, in the request's
 * transaction (or, with none open, in one of its own that takes its turn).
 *
 * Written through the database adapter, not Payload's create operation: the entry is the
 * server's own, fully formed, so the operation's validation and hooks have nothing to add, and
 * the adapter is told not to read the new row back. That keeps what a save pays for its entry
 * to one insert (with its changed fields and missions).
 */
export async function recordTrail(req: PayloadRequest, event: TrailEvent): Promise<void> {
  const user = req.user && (req.user as { collection?: string }).collection === 'users' ? (req.user as { id: unknown; email?: unknown }) : null
  const channel: TrailChannel = (TRAIL_CHANNELS as readonly string[]).includes(req.payloadAPI) ? (req.payloadAPI as TrailChannel) : 'local'
  const at = new Date().toISOString()
  const entry = {
    at,
    action: event.action,
    userId: user ? String(user.id) : null,
    userEmail: normalisedEmail(event.email) ?? normalisedEmail(user?.email),
    userRole: roleOf(req.user),
    collection: event.collection,
    documentId: event.documentId ?? null,
    title: event.title ? event.title.slice(0, TITLE_LENGTH) : null,
    missions: [...new Set(event.missions ?? [])],
    documentStatus: event.documentStatus ?? null,
    locale: event.locale ?? null,
    changes: (event.changes ?? []).map((change) => ({ id: randomUUID(), ...change })),
    channel,
    ip: addressOf(req),
    createdAt: at,
    updatedAt: at,
  }
  const own = await initTransaction(req)
  try {
    await req.payload.db.create({ collection: TRAIL_SLUG as CollectionSlug, data: { ...entry, summary: summaryOf(entry) }, req, returning: false })
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
