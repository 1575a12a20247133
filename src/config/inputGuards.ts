import type { Config, Plugin } from 'payload'

import { refuseMalformedGlobalInput, refuseMalformedInput, reportMalformedGlobalInput, reportMalformedInput } from '../hooks/refuseMalformedInput'

/**
 * Every collection and global, present and future, checks what API clients send before any
 * other hook sees it, and answers once the access rules have let the caller in
 * (src/hooks/refuseMalformedInput.ts): a plugin, so that a collection added later cannot be forgotten.
 */
export const inputGuards: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMalformedInput, ...(collection.hooks?.beforeOperation ?? [])],
      beforeValidate: [reportMalformedInput, ...(collection.hooks?.beforeValidate ?? [])],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [refuseMalformedGlobalInput, ...(global.hooks?.beforeOperation ?? [])],
      beforeValidate: [reportMalformedGlobalInput, ...(global.hooks?.beforeValidate ?? [])],
    },
  })),
})
