import type { Payload } from 'payload'

import { PreviewNotFoundError, PreviewUnauthorizedError, renderPreview, type PreviewRequest } from './renderPreview'

export type PreviewAnswer = { status: number; headers: Record<string, string>; body: string }

const PRIVATE = {
  // A draft must never be kept by a shared cache, nor by the browser after sign-out.
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
  // Served on the admin's origin with its session cookie: the draft's HTML runs sandboxed,
  // without scripts or same-origin rights, so nothing in it can act as the signed-in officer.
  'content-security-policy': "sandbox allow-popups allow-popups-to-escape-sandbox; script-src 'none'; object-src 'none'",
  'x-content-type-options': 'nosniff',
}

const text = (status: number, body: string): PreviewAnswer => ({
  status, headers: { ...PRIVATE, 'content-type': 'text/plain; charset=utf-8' }, body,
})

/** A framework-free answer to a preview request; the Next route only authenticates and forwards it. */
export async function answerPreview(payload: Payload, request: PreviewRequest): Promise<PreviewAnswer> {
  try {
    const preview = await renderPreview(payload, request)
    return { status: 200, headers: { ...PRIVATE, 'content-type': 'text/html; charset=utf-8', 'content-language': preview.locale }, body: preview.html }
  } catch (error) {
    if (error instanceof PreviewUnauthorizedError) return text(401, 'Sign in to the admin to preview drafts.\n')
    if (error instanceof PreviewNotFoundError) return text(404, 'Not found.\n')
    throw error
  }
}
