import type { RelationshipField } from 'payload'

import { assignedMissionIds, isMissionEditor } from '../../src/access/roles'

/**
 * The mission a document belongs to. In the admin a mission editor only sees
 * their own missions to choose from, and the first one is preselected.
 */
export function missionOwnerField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'mission',
    type: 'relationship',
    relationTo: 'missions',
    index: true,
    admin: { position: 'sidebar' },
    filterOptions: ({ req }) =>
      isMissionEditor(req.user) ? { id: { in: assignedMissionIds(req.user) } } : true,
    defaultValue: ({ user }: { user?: unknown }) =>
      isMissionEditor(user as never) ? assignedMissionIds(user as never)[0] : undefined,
    ...overrides,
  } as RelationshipField
}
