import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { auditTrailCollection } from '../../collections/AuditTrail'
import {
  noteSignInAttempt, recordAccountChange, recordAccountDelete, recordFailedSignIn, recordSignIn,
} from './accountHooks'
import { noteGlobal, noteSave, recordDelete, recordGlobal, recordSave } from './contentHooks'
import { ACCOUNTS_SLUG, TRAIL_SLUG, type TrailSubject } from './types'

const labelOf = (entity: { slug: string; labels?: { singular?: unknown }; label?: unknown }): string => {
  const label = entity.labels?.singular ?? entity.label
  if (typeof label === 'string') return label
  const words = entity.slug.replace(/[-_]+/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Payload's own collections (jobs, preferences, locks, migrations) are bookkeeping, not content. */
const recorded = (collection: CollectionConfig) => collection.slug !== TRAIL_SLUG && !collection.slug.startsWith('payload-')

function withContentHooks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      // Last, after the other hooks have shaped the save; the writes share its transaction, so a
      // save that fails later leaves no entry behind.
      beforeOperation: [...(hooks.beforeOperation ?? []), noteSave],
      afterChange: [...(hooks.afterChange ?? []), recordSave],
      afterDelete: [...(hooks.afterDelete ?? []), recordDelete],
    },
  }
}

function withAccountHooks(users: CollectionConfig): CollectionConfig {
  const hooks = users.hooks ?? {}
  return {
    ...users,
    hooks: {
      ...hooks,
      // After the sign-in limits (src/security/signIn.ts): an attempt they refuse never reaches a password check.
      beforeOperation: [...(hooks.beforeOperation ?? []), noteSignInAttempt],
      afterLogin: [...(hooks.afterLogin ?? []), recordSignIn],
      afterChange: [...(hooks.afterChange ?? []), recordAccountChange],
      afterDelete: [...(hooks.afterDelete ?? []), recordAccountDelete],
    },
  }
}

function withGlobalHooks(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return {
    ...global,
    hooks: { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), noteGlobal], afterChange: [...(hooks.afterChange ?? []), recordGlobal] },
  }
}

/**
 * The audit trail (docs/audit-trail.md): adds the append-only `audit-trail` collection and
 * records into it every change of every collection and global the configuration holds when
 * the plugin runs (so it is listed last), every sign-in and failed sign-in, and every change of
 * an account's role. Citizens' personal data stays out (src/trail/types.ts).
 */
export const auditTrail: Plugin = (config: Config): Config => {
  const collections = config.collections ?? []
  const globals = config.globals ?? []
  const subjects: TrailSubject[] = [
    ...collections.filter(recorded).map((c) => ({ value: c.slug, label: labelOf(c) })),
    ...globals.map((g) => ({ value: g.slug, label: `${labelOf(g)} (settings)` })),
  ]
  return {
    ...config,
    collections: [
      ...collections.map((c) => (!recorded(c) ? c : c.slug === ACCOUNTS_SLUG ? withAccountHooks(c) : withContentHooks(c))),
      auditTrailCollection(subjects),
    ],
    globals: globals.map(withGlobalHooks),
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), recordFailedSignIn] },
  }
}
