import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import type { TokenRefusal } from './types'

/**
 * The manage link's token: a nonce stored on the booking and the server's signature of
 * booking id + nonce. Anyone holding the link may cancel or move that one booking, no account
 * needed. Each change stores a new nonce, so a link works once: an older one is still correctly
 * signed but names a nonce the booking no longer has ("used", 410), while a forged or altered
 * one fails the signature ("invalid", 404).
 */

const NONCE = /^[A-Za-z0-9_-]{16,64}$/
const SIGNATURE_LENGTH = 43

export const newNonce = (): string => randomBytes(16).toString('base64url')

const sign = (secret: string, bookingId: string, nonce: string) =>
  createHmac('sha256', secret).update(`booking:${bookingId}:${nonce}`).digest('base64url')

export function manageToken(secret: string, bookingId: string, nonce: string): string {
  return `${nonce}.${sign(secret, bookingId, nonce)}`
}

/** The nonce a token names, when the server signed it for this booking; null for anything else. */
export function signedNonce(secret: string, bookingId: string, token: unknown): string | null {
  if (typeof token !== 'string') return null
  const [nonce, signature, extra] = token.split('.')
  if (extra !== undefined || !nonce || !signature || !NONCE.test(nonce) || signature.length !== SIGNATURE_LENGTH) return null
  const expected = Buffer.from(sign(secret, bookingId, nonce))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null
}

/** A token against the booking's current nonce. */
export function checkManageToken(secret: string, bookingId: string, token: unknown, currentNonce: string | null | undefined): true | TokenRefusal {
  const nonce = signedNonce(secret, bookingId, token)
  if (!nonce) return 'token-invalid'
  return nonce === currentNonce ? true : 'token-used'
}

/** The manage page's address, served by the CMS (its public address: src/citizen/publicUrls.ts). */
export function manageLink(cmsPublicUrl: string, bookingId: string, token: string): string {
  const base = cmsPublicUrl.replace(/\/+$/, '')
  return `${base}/citizen/appointments/manage?booking=${encodeURIComponent(bookingId)}&token=${encodeURIComponent(token)}`
}
