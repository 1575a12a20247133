import type { Access, CollectionConfig } from 'payload'

import { isMinistryAdmin, roleOf } from '../../src/access/roles'
import { ministryAdminField, ministryAdminOnly } from '../../src/access/rules'
import { ROLE_OPTIONS } from '../../src/access/roles'
import { checkUserMissions, firstUserIsAdministrator } from './hooks/checkUserMissions'

const selfOrAdmin: Access = ({ req: { user } }) => {
  if (isMinistryAdmin(user)) return true
  return user ? { id: { equals: user.id } } : false
}

/** Editors of the network. Roles and mission assignments are set by a ministry administrator only. */
export const Users: CollectionConfig = {
  slug: 'users',
  // Sign-in limits, the forgot-password endpoint and cookie flags: src/security/hardenConfig.ts.
  auth: { tokenExpiration: 60 * 60 * 8 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'missions'], group: 'Administration' },
  access: {
    admin: ({ req: { user } }) => roleOf(user) !== null,
    read: selfOrAdmin,
    create: ministryAdminOnly,
    update: selfOrAdmin,
    delete: ministryAdminOnly,
  },
  hooks: {
    beforeValidate: [firstUserIsAdministrator, checkUserMissions],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role', type: 'select', required: true, defaultValue: 'mission-editor', options: ROLE_OPTIONS,
      access: { create: ministryAdminField, update: ministryAdminField },
      saveToJWT: true,
    },
    {
      name: 'missions', type: 'relationship', relationTo: 'missions', hasMany: true,
      access: { create: ministryAdminField, update: ministryAdminField },
      saveToJWT: true,
      admin: {
        description: 'Mission editors only: the missions whose content they edit. Ministry users hold none.',
        condition: (data) => data?.role === 'mission-editor',
      },
    },
  ],
}
