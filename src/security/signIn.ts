import { createHmac, timingSafeEqual } from 'node:crypto'

import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { clientAddress } from '../citizen/allowedOrigins'
import { processWide } from './processWide'

/** Failed sign-ins are counted in windows of this length. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000
export const SIGN_IN_LIMITS = {
  /** From one client address, whatever the accounts: guessing across many accounts. */
  perClient: 20,
  /** Against one account, from every browser it was never signed in from: guessing one password. */
  perAccount: 10,
  /** From one browser the account was signed in from before (its device cookie). */
  perDevice: 10,
} as const

export const DEVICE_COOKIE = 'chancery-device'
const DEVICE_COOKIE_DAYS = 365

/**
 * Fixed-window failure counters with a refund: an attempt is counted before the password is
 * checked (so parallel guesses cannot all slip under the limit) and given back if it succeeds.
 */
export class FailureCounter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Seconds until the key may try again, or null while it is under the limit. */
  blocked(key: string, now: number): number | null {
    const window = this.current(key, now)
    if (!window || window.count < this.limit) return null
    return Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000))
  }

  count(key: string, now: number): void {
    let window = this.current(key, now)
    if (!window) {
      if (this.windows.size > 100_000) this.sweep(now)
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    window.count += 1
  }

  refund(key: string, now: number): void {
    const window = this.current(key, now)
    if (window && window.count > 0) window.count -= 1
  }

  private current(key: string, now: number) {
    const window = this.windows.get(key)
    return window && now - window.start < this.windowMs ? window : undefined
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key)
  }
}

type Counters = { clients: FailureCounter; accounts: FailureCounter; devices: FailureCounter }

export const signInCounters = (): Counters =>
  processWide('signIn', () => ({
    clients: new FailureCounter(SIGN_IN_LIMITS.perClient, SIGN_IN_WINDOW_MS),
    accounts: new FailureCounter(SIGN_IN_LIMITS.perAccount, SIGN_IN_WINDOW_MS),
    devices: new FailureCounter(SIGN_IN_LIMITS.perDevice, SIGN_IN_WINDOW_MS),
  }))

/** The account, as the cookie names it: a keyed hash, so the cookie does not carry the address. */
function accountTag(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`account:${email}`).digest('base64url').slice(0, 22)
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`device:${body}`).digest('base64url')
}

/** A device cookie's value: which account signed in here, when, signed with the server's secret. */
export function deviceCookieValue(secret: string, email: string, issuedAt: number): string {
  const body = `${accountTag(secret, email)}.${issuedAt.toString(36)}`
  return `${body}.${sign(secret, body)}`
}

/** Whether the request carries a valid device cookie for this account. */
export function isTrustedDevice(secret: string, email: string, cookieHeader: string | null, now: number): string | null {
  const value = readCookie(cookieHeader, DEVICE_COOKIE)
  if (!value) return null
  const [tag, issued, signature] = value.split('.')
  if (!tag || !issued || !signature) return null
  const expected = Buffer.from(sign(secret, `${tag}.${issued}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  if (tag !== accountTag(secret, email)) return null
  const issuedAt = parseInt(issued, 36)
  if (!Number.isFinite(issuedAt) || now - issuedAt > DEVICE_COOKIE_DAYS * 24 * 3600 * 1000) return null
  return value
}

function readCookie(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return null
}

const normalisedEmail = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '')

type Attempt = { client: string; account: string | null; device: string | null }
const ATTEMPT = 'chancery.signInAttempt'

/**
 * Before Payload checks a password (REST and GraphQL alike): refuse, with 429 and Retry-After,
 * a client over its limit, and an account under guessing from browsers it never signed in from.
 * A browser that did sign in before keeps its own allowance, so guessing from elsewhere cannot
 * lock an editor out of their own browser. Payload's own lock (maxLoginAttempts) is off: it
 * locked the account for everyone, which made ten wrong passwords a way to lock anyone out,
 * and it wrote to the database on every failure.
 */
export const guardSignIn: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const now = Date.now()
  const counters = signInCounters()
  const email = normalisedEmail((args as { data?: { email?: unknown } }).data?.email)
  const client = clientAddress(req.headers)
  const device = email ? isTrustedDevice(req.payload.secret, email, req.headers.get('cookie'), now) : null
  const refuse = (seconds: number, message: string): never => {
    const headers = new Headers(req.responseHeaders ?? undefined)
    headers.set('retry-after', String(seconds))
    req.responseHeaders = headers
    throw new APIError(message, 429, { retryAfter: seconds }, true)
  }
  const clientWait = counters.clients.blocked(client, now)
  if (clientWait !== null) refuse(clientWait, `Too many failed sign-ins from this address; try again in ${minutes(clientWait)}.`)
  const account = email ? `account:${email}` : null
  if (device) {
    const deviceWait = counters.devices.blocked(device, now)
    if (deviceWait !== null) refuse(deviceWait, `Too many failed sign-ins from this browser; try again in ${minutes(deviceWait)}.`)
  } else if (account) {
    const accountWait = counters.accounts.blocked(account, now)
    if (accountWait !== null) {
      refuse(accountWait, `Too many failed sign-ins to this account from new browsers; try again in ${minutes(accountWait)}, or from a browser you have signed in with before.`)
    }
  }
  counters.clients.count(client, now)
  if (device) counters.devices.count(device, now)
  else if (account) counters.accounts.count(account, now)
  req.context[ATTEMPT] = { client, account: device ? null : account, device } satisfies Attempt
  return args
}

/** A correct password: the attempt is not a failure, and this browser is now one the account trusts. */
export const trustDevice: CollectionAfterLoginHook = ({ req, user }) => {
  const attempt = req.context[ATTEMPT] as Attempt | undefined
  if (!attempt) return user
  const now = Date.now()
  const counters = signInCounters()
  counters.clients.refund(attempt.client, now)
  if (attempt.device) counters.devices.refund(attempt.device, now)
  if (attempt.account) counters.accounts.refund(attempt.account, now)
  const email = normalisedEmail((user as { email?: unknown }).email)
  if (email) {
    const headers = new Headers(req.responseHeaders ?? undefined)
    headers.append('set-cookie', deviceCookie(deviceCookieValue(req.payload.secret, email, now), isHttps(req)))
    req.responseHeaders = headers
  }
  return user
}

function deviceCookie(value: string, secure: boolean): string {
  // Sent only to the sign-in endpoint's folder, never readable by scripts, never cross-site.
  return `${DEVICE_COOKIE}=${value}; Path=/api/users; Max-Age=${DEVICE_COOKIE_DAYS * 24 * 3600}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`
}

export function isHttps(req: Pick<PayloadRequest, 'headers' | 'url'>): boolean {
  const forwarded = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim()
  if (forwarded) return forwarded === 'https'
  return (req.url ?? '').startsWith('https:')
}

const minutes = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`)
