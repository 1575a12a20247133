import type { FieldErrors } from './formFields'

/** A framework-free answer; the Next routes only pass the request in and this out. */
export type CitizenAnswer = { status: number; headers: Record<string, string>; body: string }

/** Nothing a citizen sends or receives is kept by a cache on the way. */
const PRIVATE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' }

/** The script's fetch runs on the site's origin: the answer names it so the browser lets the page read it. */
export function corsHeaders(origin: string | null): Record<string, string> {
  return origin ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'Retry-After', vary: 'Origin' } : { vary: 'Origin' }
}

export const json = (status: number, value: unknown, origin: string | null, extra: Record<string, string> = {}): CitizenAnswer => ({
  status,
  headers: { ...PRIVATE, ...corsHeaders(origin), 'content-type': 'application/json; charset=utf-8', ...extra },
  body: JSON.stringify(value),
})

export const page = (status: number, html: string, locale: string, extra: Record<string, string> = {}): CitizenAnswer => ({
  status,
  headers: { ...PRIVATE, 'content-type': 'text/html; charset=utf-8', 'content-language': locale, ...extra },
  body: html,
})

export const text = (status: number, message: string, extra: Record<string, string> = {}): CitizenAnswer => ({
  status,
  headers: { ...PRIVATE, 'content-type': 'text/plain; charset=utf-8', ...extra },
  body: `${message}\n`,
})

export const redirect = (location: string): CitizenAnswer => ({ status: 303, headers: { ...PRIVATE, location }, body: '' })

/** A refusal in the form the client asked for: JSON for the script, text for anything else. */
export function refusal(wantsJson: boolean, origin: string | null, status: number, error: string, message: string, extra: Record<string, string> = {}): CitizenAnswer {
  return wantsJson ? json(status, { ok: false, error, message }, origin, extra) : text(status, message, extra)
}

/** Field errors for the script: each field's code, which it words in the page's language. */
export const fieldErrors = (errors: FieldErrors, origin: string | null): CitizenAnswer =>
  json(400, { ok: false, error: 'invalid', errors }, origin)

export const wantsJson = (headers: Headers): boolean => /application\/json/i.test(headers.get('accept') ?? '')
