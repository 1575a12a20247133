import { addDataAndFileToRequest, APIError, type Endpoint, type GraphQLExtension, type Payload, type PayloadRequest } from 'payload'

import { clientAddress } from '../citizen/allowedOrigins'
import { cmsPublicUrl } from '../citizen/publicUrls'
import { processWide } from './processWide'
import { FailureCounter } from './signIn'

/** Reset requests one client address may make per window; more are answered 429. */
export const RESET_REQUESTS_PER_CLIENT = 5
export const RESET_WINDOW_MS = 15 * 60 * 1000
/** One mail per address per this long, however many clients ask: nobody's inbox can be flooded. */
export const RESET_MAIL_INTERVAL_MS = 5 * 60 * 1000
/** Requests waiting for the worker; past this they are dropped (and the client was answered alike). */
const MAX_PENDING = 100
const MAX_EMAIL_LENGTH = 254

type ResetState = {
  clients: FailureCounter
  lastMail: Map<string, number>
  pending: string[]
  working: Promise<void> | null
  /** Tests wait for the worker to be idle; nothing else does. */
  idle: () => Promise<void>
}

const state = (): ResetState =>
  processWide('passwordReset', () => {
    const s: ResetState = {
      clients: new FailureCounter(RESET_REQUESTS_PER_CLIENT, RESET_WINDOW_MS),
      lastMail: new Map(),
      pending: [],
      working: null,
      idle: async () => {
        while (s.working) await s.working
      },
    }
    return s
  })

export const passwordResetsIdle = () => state().idle()

type Accepted = { ok: true } | { ok: false; status: number; message: string; retryAfter?: number }

/**
 * Takes a reset request and answers at once, the same way for an address that has an account
 * and one that has none: the lookup, the token and the mail happen after the answer, one request
 * at a time. Payload's own forgot-password wrote outside its transaction (reserving the address
 * for 15 s) while that transaction held SQLite's one write lock, so it waited 5 s for itself,
 * blocking the event loop, and failed with "database is locked" for every address; and it sent
 * the mail before committing, holding every other writer meanwhile.
 */
export function acceptResetRequest(payload: Payload, email: unknown, headers: Headers, now = Date.now()): Accepted {
  const address = typeof email === 'string' ? email.trim().toLowerCase() : ''
  if (!address) return { ok: false, status: 400, message: 'Missing email.' }
  if (address.length > MAX_EMAIL_LENGTH || !address.includes('@')) return { ok: false, status: 400, message: 'email must be an e-mail address.' }
  const s = state()
  const client = clientAddress(headers)
  const wait = s.clients.blocked(client, now)
  if (wait !== null) return { ok: false, status: 429, message: `Too many password reset requests from this address; try again in ${Math.ceil(wait / 60)} minutes.`, retryAfter: wait }
  s.clients.count(client, now)
  if (s.pending.length < MAX_PENDING && !s.pending.includes(address)) s.pending.push(address)
  if (!s.working) {
    s.working = work(payload, s).finally(() => {
      s.working = null
    })
  }
  return { ok: true }
}

async function work(payload: Payload, s: ResetState): Promise<void> {
  // Never in the request's own turn: the answer has gone before any of this starts.
  await new Promise((resolve) => setImmediate(resolve))
  for (let address = s.pending.shift(); address !== undefined; address = s.pending.shift()) {
    try {
      await sendReset(payload, address, s)
    } catch (error) {
      // Without the address: it is personal data, and the log is not the place for it.
      payload.logger.error({ err: error, msg: 'A password reset could not be prepared or sent.' })
    }
  }
}

async function sendReset(payload: Payload, address: string, s: ResetState): Promise<void> {
  const now = Date.now()
  const last = s.lastMail.get(address)
  if (last !== undefined && now - last < RESET_MAIL_INTERVAL_MS) return
  if (s.lastMail.size > 10_000) for (const [key, at] of s.lastMail) if (now - at >= RESET_MAIL_INTERVAL_MS) s.lastMail.delete(key)
  // disableEmail: Payload then neither reserves the address outside its transaction nor mails
  // inside it; the token is stored in one short transaction that takes its turn with the others.
  const token = await payload.forgotPassword({ collection: 'users', data: { email: address }, disableEmail: true })
  if (!token) return
  s.lastMail.set(address, now)
  const link = `${cmsPublicUrl(process.env)}${payload.config.routes.admin}${payload.config.admin.routes.reset}/${token}`
  await payload.sendEmail({
    to: address,
    subject: 'Reset your Chancery password',
    text: resetText(link),
    html: resetHtml(link),
  })
}

// The link is built from CMS_PUBLIC_URL, never from the request's Host header, which whoever asks
// for the reset controls: a reset mail must not send its token to an address an attacker chose.
const resetText = (link: string) =>
  `Someone (we hope you) asked to reset the password of your Chancery account.\n\nChoose a new password here within the hour:\n${link}\n\nIf you did not ask, ignore this message: your password stays as it is.\n`

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const resetHtml = (link: string) =>
  `<p>Someone (we hope you) asked to reset the password of your Chancery account.</p>\n<p>Choose a new password here within the hour:<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>\n<p>If you did not ask, ignore this message: your password stays as it is.</p>\n`

/** `POST /api/users/forgot-password`, in place of Payload's (a collection's own endpoints are matched first). */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    await addDataAndFileToRequest(req)
    const accepted = acceptResetRequest(req.payload, (req.data as { email?: unknown } | undefined)?.email, req.headers)
    if (!accepted.ok) {
      return Response.json(
        { errors: [{ message: accepted.message }] },
        { status: accepted.status, headers: { 'cache-control': 'no-store', ...(accepted.retryAfter ? { 'retry-after': String(accepted.retryAfter) } : {}) } },
      )
    }
    return Response.json({ message: req.t('general:success') }, { status: 200, headers: { 'cache-control': 'no-store' } })
  },
}

/** GraphQL's forgotPasswordUser, through the same path as REST. */
export const forgotPasswordMutation: GraphQLExtension = (graphQL) => ({
  forgotPasswordUser: {
    type: new graphQL.GraphQLNonNull(graphQL.GraphQLBoolean),
    args: { email: { type: graphQL.GraphQLString } },
    resolve: (_source: unknown, args: { email?: unknown }, context: { req: PayloadRequest }) => {
      const accepted = acceptResetRequest(context.req.payload, args.email, context.req.headers)
      if (!accepted.ok) throw new APIError(accepted.message, accepted.status, null, true)
      return true
    },
  },
})
