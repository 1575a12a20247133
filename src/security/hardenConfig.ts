import type { CollectionConfig, Config } from 'payload'

import { csrfOrigins } from './origins'
import { forgotPasswordEndpoint, forgotPasswordMutation } from './passwordReset'
import { graphqlBoundsRule } from './graphqlBounds'
import { MAX_UPLOAD_BYTES } from './requestBody'
import { guardSignIn, trustDevice } from './signIn'

export type HardeningEnv = { CMS_PUBLIC_URL?: string; SITES_PUBLIC_URL?: string; PORT?: string }

/**
 * Population depth when a caller names none, for every caller (REST, GraphQL's rich text, and the
 * Local API). Payload's default, 2, made an anonymous `GET /api/missions?limit=100` 8.9 MB.
 */
export const DEFAULT_DEPTH = 1
/**
 * The most any caller is populated to, the Local API included (Payload silently clamps to it;
 * REST and GraphQL callers asking more are refused with 400 before, by src/security/apiGuard.ts
 * and graphqlBounds.ts). Payload's default, 10, let one anonymous URL take the server down.
 */
export const MAX_DEPTH = 2

/**
 * The hardening that belongs in Payload's configuration, applied over what createConfig builds:
 * depth defaults and ceiling, GraphQL bounds, introspection and playground off in production,
 * the CSRF allow-list with CORS closed, upload size, the admin's Open Graph image endpoint off,
 * and the users' sign-in and password-reset protections. The rest is in the API guard and the
 * HTTP server guards (docs/security.md).
 */
export function hardenConfig(config: Config, env: HardeningEnv): Config {
  const graphQL = config.graphQL ?? {}
  const ownMutations = graphQL.mutations
  const ownRules = graphQL.validationRules
  return {
    ...config,
    defaultDepth: DEFAULT_DEPTH,
    maxDepth: MAX_DEPTH,
    // CORS stays closed: no other origin may read an authenticated answer. The public reads
    // that other origins need are the generated sites and feeds (open CORS, src/server/).
    cors: [],
    csrf: csrfOrigins(env),
    upload: { ...config.upload, limits: { ...config.upload?.limits, fileSize: MAX_UPLOAD_BYTES } },
    admin: {
      ...config.admin,
      // The admin is not indexed, so needs no Open Graph images; the endpoint rendered one for
      // any text an anonymous caller sent.
      meta: { ...config.admin?.meta, defaultOGImageType: 'off' },
    },
    graphQL: {
      ...graphQL,
      disableIntrospectionInProduction: true,
      disablePlaygroundInProduction: true,
      mutations: (graphql, context) => ({ ...(ownMutations?.(graphql, context) ?? {}), ...forgotPasswordMutation(graphql, context) }),
      validationRules: (args) => [...(ownRules?.(args) ?? []), graphqlBoundsRule(args, DEFAULT_DEPTH)],
    },
    collections: config.collections?.map((collection) => (collection.slug === 'users' ? protectAccounts(collection, env) : collection)),
  }
}

const neverWritten = { create: () => false, update: () => false }
const RETIRED_LOCK_FIELDS: CollectionConfig['fields'] = [
  { name: 'loginAttempts', type: 'number', defaultValue: 0, hidden: true, access: neverWritten },
  { name: 'lockUntil', type: 'date', hidden: true, access: neverWritten },
]

function protectAccounts(users: CollectionConfig, env: HardeningEnv): CollectionConfig {
  const auth = typeof users.auth === 'object' ? users.auth : {}
  return {
    ...users,
    auth: {
      ...auth,
      // Replaced by per-client and per-browser limits (src/security/signIn.ts).
      maxLoginAttempts: 0,
      cookies: { ...auth.cookies, sameSite: 'Lax', secure: (env.CMS_PUBLIC_URL ?? '').trim().startsWith('https://') },
    },
    // Payload adds these two columns only while its lock is on. Kept, unused and hidden, so that
    // databases made before need no migration and schema push asks no data-loss question.
    fields: [...users.fields, ...RETIRED_LOCK_FIELDS],
    endpoints: [forgotPasswordEndpoint, ...(Array.isArray(users.endpoints) ? users.endpoints : [])],
    hooks: {
      ...users.hooks,
      beforeOperation: [...(users.hooks?.beforeOperation ?? []), guardSignIn],
      afterLogin: [...(users.hooks?.afterLogin ?? []), trustDevice],
    },
  }
}
