import type { Config, Plugin } from 'payload'

import { reviewFields } from './reviewFields'
import { applyReview, notifyReview } from './reviewHooks'
import { REVIEWED } from './reviewQueue'

/**
 * Review before publication on every collection listed in REVIEWED: the fields in the sidebar,
 * the transitions, the e-mails. A plugin, so a reviewed collection added later is one line.
 * Its hooks run after the collection's own (scope and publish checks come first).
 */
export const reviewWorkflow: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    const reviewed = REVIEWED[collection.slug]
    if (!reviewed) return collection
    return {
      ...collection,
      admin: {
        ...collection.admin,
        defaultColumns: collection.admin?.defaultColumns ? [...collection.admin.defaultColumns, 'reviewState'] : undefined,
      },
      fields: [...collection.fields, ...reviewFields()],
      hooks: {
        ...collection.hooks,
        beforeChange: [...(collection.hooks?.beforeChange ?? []), applyReview(reviewed.missionField)],
        afterChange: [...(collection.hooks?.afterChange ?? []), notifyReview],
      },
    }
  }),
})
