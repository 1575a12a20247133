import type { Access } from 'payload'

import { isMinistryUser } from '../../src/access/roles'

/**
 * Advice is the ministry's word: drafts (a scheduled level change among them) stay with
 * ministry users until published. Mission editors, like the public, read what is published.
 */
export const publishedUnlessMinistry: Access = ({ req: { user } }) => (isMinistryUser(user) ? true : { _status: { equals: 'published' } })
